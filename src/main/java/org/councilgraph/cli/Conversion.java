package org.councilgraph.cli;

import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Manifests;
import org.councilgraph.document.Sidecar;
import org.councilgraph.rdf.Iris;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Converts every document of the inputs, all or nothing: the first bad document stops the run. */
final class Conversion {
    private Conversion() {}

    static List<DocumentConverter.Converted> convertAll(List<Path> inputs, Iris iris, long maxBytes, Predicate<Path> alsoAccept,
                                                        List<Path> asIs, PrintWriter err) throws DocumentException {
        InputFiles.Expansion expansion = InputFiles.expand(inputs, p -> DocumentConverter.isDocument(p) || alsoAccept.test(p));
        for (Path skipped : expansion.skipped()) err.println("skipped " + skipped + ": not a supported document type");
        DocumentConverter converter = new DocumentConverter(iris, maxBytes);
        Manifests manifests = new Manifests();
        List<DocumentConverter.Converted> out = new ArrayList<>();
        for (Path p : expansion.documents()) {
            if (!DocumentConverter.isDocument(p)) {
                asIs.add(p);
                continue;
            }
            try {
                Sidecar sidecar = manifests.sidecarFor(p, expansion.rootOf(p));
                out.add(converter.convert(p, converter.readers().bytes(p), sidecar));
            } catch (DocumentConverter.ShapeViolation v) {
                err.println(v.reportText());
                throw v;
            }
        }
        return out;
    }
}
