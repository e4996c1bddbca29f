package org.councilgraph.cli;

import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Manifests;
import org.councilgraph.document.Sidecar;
import org.councilgraph.rdf.Iris;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Converts every document of the inputs, all or nothing: the first bad document (in input order)
 * stops the run. Documents are converted on every core, each thread with its own converter, and
 * collected in input order, so the result is the same as one after the other.
 */
final class Conversion {
    /** Documents converted ahead of the one awaited, per thread: enough to keep the cores busy. */
    private static final int AHEAD_PER_THREAD = 4;

    private Conversion() {}

    static List<DocumentConverter.Converted> convertAll(List<Path> inputs, Iris iris, long maxBytes, Predicate<Path> alsoAccept,
                                                        List<Path> asIs, PrintWriter err) throws DocumentException {
        InputFiles.Expansion expansion = InputFiles.expand(inputs, p -> DocumentConverter.isDocument(p) || alsoAccept.test(p));
        for (Path skipped : expansion.skipped()) err.println("skipped " + skipped + ": not a supported document type");
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ThreadLocal<DocumentConverter> converters = ThreadLocal.withInitial(() -> new DocumentConverter(iris, maxBytes));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "convert");
            t.setDaemon(true);
            return t;
        });
        Manifests manifests = new Manifests();
        List<DocumentConverter.Converted> out = new ArrayList<>();
        Deque<Future<DocumentConverter.Converted>> pending = new ArrayDeque<>();
        try {
            for (Path p : expansion.documents()) {
                if (!DocumentConverter.isDocument(p)) {
                    asIs.add(p);
                    continue;
                }
                Sidecar sidecar;
                try {
                    sidecar = manifests.sidecarFor(p, expansion.rootOf(p));
                } catch (DocumentException e) {
                    while (!pending.isEmpty()) out.add(next(pending, err)); // an earlier bad document is reported first
                    throw e;
                }
                pending.add(pool.submit(() -> {
                    DocumentConverter converter = converters.get();
                    return converter.convert(p, converter.readers().bytes(p), sidecar);
                }));
                if (pending.size() >= threads * AHEAD_PER_THREAD) out.add(next(pending, err));
            }
            while (!pending.isEmpty()) out.add(next(pending, err));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The oldest pending conversion's result, or its failure as it would have been thrown serially. */
    private static DocumentConverter.Converted next(Deque<Future<DocumentConverter.Converted>> pending, PrintWriter err)
            throws DocumentException {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentConverter.ShapeViolation v) err.println(v.reportText());
            if (cause instanceof DocumentException d) throw d;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error x) throw x;
            throw new IllegalStateException(cause);
        }
    }
}
