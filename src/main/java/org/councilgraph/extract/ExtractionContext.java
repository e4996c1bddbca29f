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
 * the facts found so far. One context per document; not shared between threads.
 */
public final class ExtractionContext {
    private final SourceDocument document;
    private final TextLayout layout;
    private final CouncilRegistry registry;
    private final Council council;
    private final List<Fact> facts = new ArrayList<>();

    public ExtractionContext(SourceDocument document, CouncilRegistry registry, Council council) {
        this.document = document;
        this.layout = new TextLayout(document.text());
        this.registry = registry;
        this.council = council;
    }

    public SourceDocument document() { return document; }
    public String text() { return document.text(); }
    public TextLayout layout() { return layout; }
    public CouncilRegistry registry() { return registry; }
    public Optional<Council> council() { return Optional.ofNullable(council); }

    public void add(Fact fact) { facts.add(fact); }

    public void replace(Fact old, Fact replacement) {
        int i = facts.indexOf(old);
        if (i < 0) throw new IllegalArgumentException("not found: " + old);
        facts.set(i, replacement);
    }

    public List<Fact> facts() { return List.copyOf(facts); }

    public <T extends Fact> List<T> found(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
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
