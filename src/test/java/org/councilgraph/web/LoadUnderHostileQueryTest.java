package org.councilgraph.web;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 32 clients, each on its own connection, ask for health, a council page, a thing's data and a small
 * query for a few seconds while one hostile query runs: every one of their requests succeeds.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class LoadUnderHostileQueryTest {
    static final int CLIENTS = 32;
    static final Duration RUN = Duration.ofSeconds(6);

    @Test
    void normal_requests_all_succeed_while_a_hostile_query_runs() throws Exception {
        try (TestSite site = TestSite.start(Duration.ofSeconds(10), 10_000)) {
            HttpClient hostileClient = HttpClient.newHttpClient();
            String hostile = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?a";
            CompletableFuture<HttpResponse<String>> inFlight = hostileClient.sendAsync(HttpRequest.newBuilder(URI.create(site.url("sparql?query="
                    + URLEncoder.encode(hostile, StandardCharsets.UTF_8)))).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            List<String> paths = List.of("$/ping", "doc/council/" + TestSite.GSS, "doc/council/" + TestSite.GSS + ".ttl",
                    "sparql?query=" + URLEncoder.encode("ASK { ?s a <https://w3id.org/councilgraph/def#Council> }", StandardCharsets.UTF_8));
            Map<String, Integer> errors = new ConcurrentHashMap<>();
            AtomicInteger ok = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long end = System.nanoTime() + RUN.toNanos();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                clients.add(pool.submit(() -> {
                    HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(); // a connection of its own
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String path = paths.get(i % paths.size());
                        try {
                            HttpResponse<String> r = own.send(HttpRequest.newBuilder(URI.create(site.url(path))).timeout(Duration.ofSeconds(10))
                                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) ok.incrementAndGet();
                            else errors.merge(path + " -> " + r.statusCode(), 1, Integer::sum);
                        } catch (Exception e) {
                            errors.merge(path + " -> " + e, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) f.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            boolean hostileStillRunning = !inFlight.isDone();
            System.out.printf("under a hostile query: %d requests ok, errors %s, hostile query still running at the end: %s%n", ok.get(), errors, hostileStillRunning);
            assertEquals(Map.of(), errors);
            assertTrue(ok.get() > CLIENTS, "only " + ok.get() + " requests answered");
            int hostileStatus = inFlight.get(60, TimeUnit.SECONDS).statusCode();
            assertTrue(hostileStatus == 200 || hostileStatus == 503, "hostile query gave " + hostileStatus);
        }
    }
}
