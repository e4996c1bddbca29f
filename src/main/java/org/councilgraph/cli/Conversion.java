package org.councilgraph.cli;

import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.convert.InOrderPool;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Manifests;
import org.councilgraph.document.Sidecar;
import org.councilgraph.rdf.Iris;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Converts every document of the inputs, all or nothing: the first bad document (in input order)
 * stops the run. Documents are converted on every core, each thread with its own converter, and
 * handed on one by one in input order as soon as each is ready (a reorder buffer a few documents
 * per thread wide), so the result is the same as one after the other and memory holds only the
 * documents in flight.
 */
final class Conversion {
    /** Documents converted ahead of the one awaited, per thread: enough to keep the cores busy. */
    private static final int AHEAD_PER_THREAD = 2;

    /** Where converted documents go, in input order. */
    interface Sink {
        void accept(DocumentConverter.Converted c) throws IOException;
    }

    private Conversion() {}

    /** Converts the inputs' documents, handing each to {@code sink} in input order; returns how many. */
    static int convertEach(List<Path> inputs, Iris iris, long maxBytes, PrintWriter err, Sink sink) throws DocumentException, IOException {
        InputFiles.Expansion expansion = InputFiles.expand(inputs, DocumentConverter::isDocument);
        for (Path skipped : expansion.skipped()) err.println("skipped " + skipped + ": not a supported document type");
        ThreadLocal<DocumentConverter> converters = ThreadLocal.withInitial(() -> new DocumentConverter(iris, maxBytes));
        Manifests manifests = new Manifests();
        int count = 0;
        try (InOrderPool<DocumentConverter.Converted> pool = new InOrderPool<>("convert", AHEAD_PER_THREAD)) {
            for (Path p : expansion.documents()) {
                Sidecar sidecar;
                try {
                    sidecar = manifests.sidecarFor(p, expansion.rootOf(p));
                } catch (DocumentException e) {
                    while (!pool.isEmpty()) { sink.accept(next(pool, err)); count++; } // an earlier bad document is reported first
                    throw e;
                }
                pool.submit(() -> {
                    DocumentConverter converter = converters.get();
                    return converter.convert(p, converter.readers().bytes(p), sidecar);
                });
                if (pool.full()) { sink.accept(next(pool, err)); count++; }
            }
            while (!pool.isEmpty()) { sink.accept(next(pool, err)); count++; }
        }
        return count;
    }

    /** The oldest pending conversion's result, or its failure as it would have been thrown serially. */
    private static DocumentConverter.Converted next(InOrderPool<DocumentConverter.Converted> pool, PrintWriter err) throws DocumentException {
        InOrderPool.Outcome<DocumentConverter.Converted> o = pool.next();
        if (!o.failed()) return o.value();
        Throwable cause = o.failure();
        if (cause instanceof DocumentConverter.ShapeViolation v) err.println(v.reportText());
        if (cause instanceof DocumentException d) throw d;
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error x) throw x;
        throw new IllegalStateException(cause);
    }
}
