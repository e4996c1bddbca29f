package org.councilgraph.extract;

import org.councilgraph.document.DocumentException;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.model.DocumentFacts;
import org.councilgraph.model.Fact;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads the facts of one document: resolves its council, then runs the extractors in order
 * (later ones may read what earlier ones found), then leaves out what was read up to where a text stops
 * mid-sentence ({@link CutOffEnding}). Stateless and safe to share.
 *
 * <p>A long document's extractors run on every core: each has a context of its own, one that reads
 * facts starts when all before it are done, and the facts are gathered in pipeline order, so the result
 * is the same as one extractor after another (a failure too: the first failing extractor in order is
 * reported). Short documents, by far the most, are read on the caller's thread alone.
 */
public final class ExtractionPipeline {
    /** Text length from which a document's extractors run in parallel: below it the hand-off is not worth it. */
    static final int PARALLEL_FROM_CHARS = 200_000;

    private final CouncilRegistry registry;
    private final CouncilResolver councils;
    private final List<Extractor> extractors;
    private final boolean parallel;

    public ExtractionPipeline(CouncilRegistry registry, List<Extractor> extractors) {
        this(registry, extractors, true);
    }

    private ExtractionPipeline(CouncilRegistry registry, List<Extractor> extractors, boolean parallel) {
        this.registry = registry;
        this.councils = new CouncilResolver(registry);
        this.extractors = List.copyOf(extractors);
        this.parallel = parallel;
    }

    /** The standard pipeline: every extractor the project has, in dependency order. */
    public static ExtractionPipeline standard() {
        return new ExtractionPipeline(CouncilRegistry.standard(), List.of(
                new MeetingExtractor(),
                new AgendaItemExtractor(),
                new DecisionExtractor(),
                new PeopleExtractor(),
                new InspectionExtractor(),
                new JudgementExtractor(),
                new ImprovementAreaExtractor(),
                new IndicatorExtractor(),
                new PriorityExtractor(),
                new QuestionExtractor(),
                new OrganisationExtractor()));
    }

    /** The same pipeline, every document read on the caller's thread alone (to measure the rules' own cost). */
    public ExtractionPipeline serial() {
        return new ExtractionPipeline(registry, extractors, false);
    }

    public DocumentFacts extract(SourceDocument doc) throws DocumentException {
        Optional<Council> council = councils.resolve(doc);
        ExtractionContext shared = new ExtractionContext(doc, registry, council.orElse(null));
        List<ExtractionContext> contexts = new ArrayList<>();
        for (Extractor e : extractors) contexts.add(shared.forExtractor(e, contexts));
        if (parallel && doc.text().length() >= PARALLEL_FROM_CHARS && Workers.CORES > 1) {
            runInParallel(doc, contexts);
        } else {
            for (int i = 0; i < extractors.size(); i++) {
                try {
                    extractors.get(i).extract(contexts.get(i));
                } catch (RuntimeException ex) {
                    throw failed(doc, extractors.get(i), ex);
                }
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (ExtractionContext c : contexts) facts.addAll(c.own());
        return new DocumentFacts(doc, council.map(Council::gss), CutOffEnding.withoutCutOff(List.copyOf(facts), doc.text()));
    }

    private void runInParallel(SourceDocument doc, List<ExtractionContext> contexts) throws DocumentException {
        CompletableFuture<?>[] done = new CompletableFuture<?>[extractors.size()];
        for (int i = 0; i < done.length; i++) {
            Extractor e = extractors.get(i);
            ExtractionContext ctx = contexts.get(i);
            Runnable run = () -> e.extract(ctx);
            done[i] = e.readsFacts()
                    ? CompletableFuture.allOf(Arrays.copyOf(done, i)).thenRunAsync(run, Workers.POOL)
                    : CompletableFuture.runAsync(run, Workers.POOL);
        }
        // every task ends before the document does (an extractor keeps state between documents)
        CompletableFuture.allOf(done).exceptionally(x -> null).join();
        for (int i = 0; i < done.length; i++) {
            if (!done[i].isCompletedExceptionally()) continue;
            Throwable cause = done[i].handle((v, x) -> x).join();
            if (cause instanceof CompletionException && cause.getCause() != null) cause = cause.getCause();
            if (cause instanceof RuntimeException r) throw failed(doc, extractors.get(i), r);
            if (cause instanceof Error x) throw x;
            throw new IllegalStateException(cause);
        }
    }

    private static DocumentException failed(SourceDocument doc, Extractor e, RuntimeException ex) {
        return new DocumentException(doc.path(), "extractor '" + e.id() + "' failed: " + ex, ex);
    }

    /** Threads for the extractors of long documents, one per core, shared by every pipeline. */
    private static final class Workers {
        static final int CORES = Runtime.getRuntime().availableProcessors();
        static final ExecutorService POOL = Executors.newFixedThreadPool(CORES, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
    }
}
