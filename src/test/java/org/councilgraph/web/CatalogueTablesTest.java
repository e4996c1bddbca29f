package org.councilgraph.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query catalogue answered from tables computed when the server opened its store: over real HTTP,
 * each canned query's answer is the same bytes as the same query run live, in every result format; a
 * query that differs in any way runs live.
 */
class CatalogueTablesTest {
    static TestSite site;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final CannedQueries CANNED = CannedQueries.load();

    @BeforeAll
    static void start() throws Exception { site = TestSite.start(Duration.ofSeconds(10), 10_000); }

    @AfterAll
    static void stop() { if (site != null) site.close(); }

    static HttpResponse<byte[]> post(String query, String accept) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(site.url("sparql"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    static Optional<String> table(HttpResponse<byte[]> r) { return r.headers().firstValue(CappedQueryService.TABLE_HEADER); }

    /** The tables are built on a background thread as the server starts; wait (bounded) for the last one. */
    static void awaitTables() throws Exception {
        var last = CANNED.all().get(CANNED.all().size() - 1);
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (table(post(last.text(), "text/csv")).isEmpty()) {
            if (System.nanoTime() > until) throw new AssertionError("the catalogue tables were not built within 60 s");
            Thread.sleep(200);
        }
    }

    @Test
    void every_canned_query_is_answered_from_its_table_with_the_bytes_the_live_query_gives() throws Exception {
        awaitTables();
        assertTrue(CANNED.all().size() >= 10, "the catalogue: " + CANNED.all().size());
        for (var c : CANNED.all()) {
            for (String accept : new String[] {"text/csv", "application/sparql-results+json", "application/sparql-results+xml"}) {
                HttpResponse<byte[]> fromTable = post(c.text(), accept);
                // OFFSET 0 asks for the same rows, but is not the canned query: it runs live
                HttpResponse<byte[]> live = post(c.text() + "\nOFFSET 0", accept);
                assertEquals(200, fromTable.statusCode(), c.name());
                assertEquals(200, live.statusCode(), c.name());
                assertEquals(Optional.of(c.name()), table(fromTable), c.name() + " answered from its table");
                assertFalse(table(live).isPresent(), c.name() + " with OFFSET 0 runs live");
                assertEquals(new String(live.body(), StandardCharsets.UTF_8), new String(fromTable.body(), StandardCharsets.UTF_8),
                        c.name() + " " + accept);
                assertEquals(live.headers().firstValue(CappedQueryService.CAP_HEADER), fromTable.headers().firstValue(CappedQueryService.CAP_HEADER));
            }
        }
    }

    @Test
    void a_canned_query_naming_a_graph_through_the_protocol_runs_live() throws Exception {
        awaitTables();
        var c = CANNED.byName("documents").orElseThrow();
        HttpRequest r = HttpRequest.newBuilder(URI.create(site.url("sparql?default-graph-uri=urn:x-example:none"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(c.text(), StandardCharsets.UTF_8)).build();
        HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, resp.statusCode());
        assertFalse(table(resp).isPresent());
        assertEquals(1, new String(resp.body(), StandardCharsets.UTF_8).strip().split("\\R").length, "only the header row: the graph is empty");
    }
}
