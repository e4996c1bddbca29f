package org.councilgraph.extract;

import org.councilgraph.document.SourceDocument;
import org.councilgraph.model.Evidence;
import org.councilgraph.model.Fact;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the extractors of one document share: the document, its layout, the council it is about and
 * the facts found so far. A context made with the public constructor holds every fact added to it. The
 * {@link ExtractionPipeline} gives each extractor a context of its own ({@link #after}) that adds to its
 * own list and reads the facts of the extractors before it, so that extractors which read no facts can
 * run at the same time without sharing anything mutable; the document's facts are the lists in
 * pipeline order, as if the extractors had run one after another. Not shared between threads otherwise.
 */
public final class ExtractionContext {
    private final SourceDocument document;
    private final TextLayout layout;
    private final CouncilRegistry registry;
    private final Council council;
    private final List<Fact> facts = new ArrayList<>();
    /** The contexts of the extractors before this one, in pipeline order: read only once they are done. */
    private final List<ExtractionContext> earlier;
    /** Whether the facts found so far may be read: not by an extractor that declares it reads none. */
    private final boolean readable;

    public ExtractionContext(SourceDocument document, CouncilRegistry registry, Council council) {
        this.document = document;
        this.layout = new TextLayout(document.text());
        this.registry = registry;
        this.council = council;
        this.earlier = List.of();
        this.readable = true;
    }

    private ExtractionContext(ExtractionContext shared, List<ExtractionContext> earlier, boolean readable) {
        this.document = shared.document;
        this.layout = shared.layout;
        this.registry = shared.registry;
        this.council = shared.council;
        this.earlier = List.copyOf(earlier);
        this.readable = readable;
    }

    /**
     * A context for {@code extractor}, which runs after those of {@code earlier}: same document, facts of
     * its own; the earlier facts are readable only if the extractor {@linkplain Extractor#readsFacts says so}.
     */
    ExtractionContext forExtractor(Extractor extractor, List<ExtractionContext> earlier) {
        return extractor.readsFacts() ? new ExtractionContext(this, earlier, true) : new ExtractionContext(this, List.of(), false);
    }

    private void checkReadable() {
        if (!readable) throw new IllegalStateException("an extractor that reads facts must say so (Extractor.readsFacts)");
    }

    public SourceDocument document() { return document; }
    public String text() { return document.text(); }
    public TextLayout layout() { return layout; }
    public CouncilRegistry registry() { return registry; }
    public Optional<Council> council() { return Optional.ofNullable(council); }

    public void add(Fact fact) { facts.add(fact); }

    public void replace(Fact old, Fact replacement) {
        checkReadable();
        for (ExtractionContext e : earlier) {
            int i = e.facts.indexOf(old);
            if (i >= 0) { e.facts.set(i, replacement); return; }
        }
        int i = facts.indexOf(old);
        if (i < 0) throw new IllegalArgumentException("not found: " + old);
        facts.set(i, replacement);
    }

    /** The facts added to this context (not those of the extractors before it). */
    List<Fact> own() { return facts; }

    /** Every fact found so far: the earlier extractors' then this context's, in the order they were added. */
    public List<Fact> facts() {
        checkReadable();
        List<Fact> all = new ArrayList<>();
        for (ExtractionContext e : earlier) all.addAll(e.facts);
        all.addAll(facts);
        return List.copyOf(all);
    }

    public <T extends Fact> List<T> found(Class<T> kind) {
        checkReadable();
        List<T> out = new ArrayList<>();
        for (ExtractionContext e : earlier) addKind(e.facts, kind, out);
        addKind(facts, kind, out);
        return List.copyOf(out);
    }

    private static <T extends Fact> void addKind(List<Fact> facts, Class<T> kind, List<T> out) {
        for (Fact f : facts) if (kind.isInstance(f)) out.add(kind.cast(f));
    }

    /** Evidence for {@code text[start,end)}, recorded as read by {@code extractor}. */
    public Evidence evidence(int start, int end, Extractor extractor) {
        return Evidence.of(document.text(), start, end, extractor.id());
    }

    /**
     * Evidence for {@code text[start,end)}, recorded as read by one named rule of {@code extractor}:
     * the rule id is {@code extractor/rule} (e.g. {@code inspection/took-place-range}), so that
     * {@code convert --explain} can say which rule produced a fact.
     */
    public Evidence evidence(int start, int end, Extractor extractor, String rule) {
        return Evidence.of(document.text(), start, end, extractor.id() + "/" + rule);
    }
}
