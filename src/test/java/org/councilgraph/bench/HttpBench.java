package org.councilgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Bench tool: an HTTP load driver for the benchmark command (bench/run), so that it needs nothing
 * beyond Java. Two modes, each printing one line of figures:
 * <ul>
 *   <li>{@code load URL ACCEPT CONNECTIONS SECONDS [WARMUP_SECONDS]}: that many connections each requesting
 *   the URL back to back for the given time, after a warm-up of the same requests at the same concurrency
 *   (default {@value #DEFAULT_WARMUP_SECONDS} s: the server's JIT compiler is still busy on its hot paths
 *   for seconds after they start, a fifth of its CPU, which a long-running server does not pay); prints
 *   requests/s, p50 and p99 in ms and the count of answers other than 200.</li>
 *   <li>{@code queries SPARQL_URL QUERY_DIR REPEAT}: every {@code .rq} file of the folder run
 *   REPEAT times in turn through the endpoint; prints each query's p95 in ms, then the worst; answers
 *   other than 200 (503: past the server's query timeout) are counted beside the query's p95.</li>
 * </ul>
 */
public final class HttpBench {
    static final double DEFAULT_WARMUP_SECONDS = 30;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        if ((args.length == 5 || args.length == 6) && args[0].equals("load")) {
            double warmup = args.length == 6 ? Double.parseDouble(args[5]) : DEFAULT_WARMUP_SECONDS;
            load(URI.create(args[1]), args[2], Integer.parseInt(args[3]), Double.parseDouble(args[4]), warmup);
        } else if (args.length == 4 && args[0].equals("queries")) {
            queries(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
        } else {
            throw new IllegalArgumentException("usage: load URL ACCEPT CONNECTIONS SECONDS [WARMUP_SECONDS] | queries SPARQL_URL QUERY_DIR REPEAT");
        }
    }

    static void load(URI url, String accept, int connections, double seconds, double warmupSeconds) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
        run(request, connections, warmupSeconds, new AtomicLong()); // warm-up: the server's JIT, its caches, the connections
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long[] latencies = run(request, connections, seconds, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "rps %.1f p50 %.1f p99 %.1f requests %d non200 %d%n", latencies.length / elapsed,
                percentile(latencies, 50), percentile(latencies, 99), latencies.length, errors.get());
    }

    /** Latencies in ns of every request made by the connections until the time is up. */
    private static long[] run(HttpRequest request, int connections, double seconds, AtomicLong errors) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<List<Long>>> workers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                workers.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        mine.add(System.nanoTime() - t);
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> w : workers) all.addAll(w.get());
            return all.stream().mapToLong(Long::longValue).toArray();
        } finally {
            pool.shutdownNow();
        }
    }

    static void queries(String endpoint, Path dir, int repeat) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        double worst = 0;
        String worstName = "";
        StringBuilder line = new StringBuilder();
        for (Path f : files) {
            String body = "query=" + URLEncoder.encode(Files.readString(f), StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "text/csv")
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            CLIENT.send(request, HttpResponse.BodyHandlers.discarding()); // warm-up
            long[] times = new long[repeat];
            int failed = 0, status = 200;
            for (int i = 0; i < repeat; i++) {
                long t = System.nanoTime();
                HttpResponse<Void> r = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                times[i] = System.nanoTime() - t;
                if (r.statusCode() != 200) { failed++; status = r.statusCode(); } // a query past the server's timeout: 503
            }
            Arrays.sort(times);
            double p95 = percentile(times, 95);
            String name = f.getFileName().toString().replaceFirst("\\.rq$", "");
            line.append(String.format(Locale.ROOT, "%s %.0f%s ", name, p95, failed == 0 ? "" : "(" + failed + "×HTTP " + status + ")"));
            if (p95 > worst) {
                worst = p95;
                worstName = name;
            }
        }
        System.out.printf(Locale.ROOT, "worst %.1f %s | %s%n", worst, worstName, line.toString().strip());
    }

    /** The p-th percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
