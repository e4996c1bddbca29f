package org.councilgraph.extract;

import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.model.Fact;
import org.councilgraph.refdata.CouncilRegistry;

import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Runs the inspection rules over a text written for a test. */
final class InspectionTestSupport {
    private InspectionTestSupport() {}

    static <T extends Fact> List<T> run(String text, Class<T> kind) {
        SourceDocument doc = Docs.doc(text);
        ExtractionContext ctx = new ExtractionContext(doc, CouncilRegistry.standard(), null);
        for (Extractor e : List.of(new InspectionExtractor(), new JudgementExtractor(), new ImprovementAreaExtractor())) e.extract(ctx);
        for (Fact f : ctx.facts())
            f.evidence().forEach(ev -> {
                if (!text.substring(ev.start(), ev.end()).equals(ev.quote())) throw new AssertionError("evidence not verbatim: " + ev);
            });
        return ctx.found(kind);
    }
}
