package org.councilgraph.extract;

import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.model.Fact;
import org.councilgraph.refdata.CouncilRegistry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Builds in-memory documents and runs single extractors over them, for rule tests. */
final class Docs {
    private Docs() {}

    static SourceDocument doc(String text) {
        return doc(text, Sidecar.EMPTY);
    }

    static SourceDocument doc(String text, Sidecar sidecar) {
        return new SourceDocument(Path.of("test.txt"), text, TextDocumentReader.sha256(text.getBytes(StandardCharsets.UTF_8)), "text/plain", sidecar);
    }

    /**
     * Runs {@code extractors} in order over {@code text} and returns the facts of {@code kind}, having
     * checked that every fact's quote stands verbatim at its offsets.
     */
    static <T extends Fact> List<T> run(String text, Class<T> kind, Extractor... extractors) {
        ExtractionContext ctx = new ExtractionContext(doc(text), CouncilRegistry.standard(), null);
        for (Extractor e : extractors) e.extract(ctx);
        for (Fact f : ctx.facts()) {
            for (var ev : f.evidence()) {
                if (!text.substring(ev.start(), ev.end()).equals(ev.quote())) throw new AssertionError("quote not at its offsets: " + ev);
            }
        }
        return ctx.found(kind);
    }
}
