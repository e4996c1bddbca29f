package org.councilgraph.extract;

import org.councilgraph.document.DocumentException;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.model.DocumentFacts;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.util.List;
import java.util.Optional;

/**
 * Reads the facts of one document: resolves its council, then runs the extractors in order
 * (later ones may read what earlier ones found), then leaves out what was read up to where a text stops
 * mid-sentence ({@link CutOffEnding}). Stateless and safe to share.
 */
public final class ExtractionPipeline {
    private final CouncilRegistry registry;
    private final CouncilResolver councils;
    private final List<Extractor> extractors;

    public ExtractionPipeline(CouncilRegistry registry, List<Extractor> extractors) {
        this.registry = registry;
        this.councils = new CouncilResolver(registry);
        this.extractors = List.copyOf(extractors);
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

    public DocumentFacts extract(SourceDocument doc) throws DocumentException {
        Optional<Council> council = councils.resolve(doc);
        ExtractionContext ctx = new ExtractionContext(doc, registry, council.orElse(null));
        for (Extractor e : extractors) {
            try {
                e.extract(ctx);
            } catch (RuntimeException ex) {
                throw new DocumentException(doc.path(), "extractor '" + e.id() + "' failed: " + ex, ex);
            }
        }
        return new DocumentFacts(doc, council.map(Council::gss), CutOffEnding.withoutCutOff(ctx.facts(), doc.text()));
    }
}
