package org.councilgraph.bench;

import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.DocumentReaders;
import org.councilgraph.document.Manifests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bench tool: reads every paper of a corpus as {@code convert} does (the same files, sidecars and
 * readers, on every core, one pass in a fresh JVM) and does nothing else. Its time is the part of
 * {@code convert} that no extraction rule, mapping or validation can remove: the floor under the
 * convert figure of bench/run. Usage: {@code ReadingFloor CORPUS_DIR}; prints the seconds, then each
 * format's share of the reading threads' time.
 */
public final class ReadingFloor {
    private ReadingFloor() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        InputFiles.Expansion expansion = InputFiles.expand(List.of(corpus), DocumentConverter::isDocument);
        Manifests manifests = new Manifests();
        DocumentReaders readers = new DocumentReaders();
        Map<String, LongAdder> nanosByFormat = new TreeMap<>();
        for (Path p : expansion.documents()) nanosByFormat.putIfAbsent(extension(p), new LongAdder());

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> reads = new ArrayList<>();
        for (Path p : expansion.documents()) {
            var sidecar = manifests.sidecarFor(p, expansion.rootOf(p));
            reads.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    readers.read(p, sidecar);
                } catch (DocumentException e) {
                    // convert would stop here; the floor counts the time spent all the same
                }
                nanosByFormat.get(extension(p)).add(System.nanoTime() - t0);
                return null;
            }));
        }
        for (Future<?> f : reads) f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        double threadSeconds = nanosByFormat.values().stream().mapToLong(LongAdder::sum).sum() / 1e9;
        StringBuilder shares = new StringBuilder();
        nanosByFormat.forEach((format, nanos) -> shares.append(String.format(" %s %.0f%%", format, 100 * nanos.sum() / 1e9 / threadSeconds)));
        System.out.printf("%.3f seconds, %d papers on %d threads; reading time by format:%s%n",
                seconds, expansion.documents().size(), threads, shares);
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
