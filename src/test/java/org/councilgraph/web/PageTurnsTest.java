package org.councilgraph.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real server whose pages have one turn between them, held by the test: a page of a thing and a comparison each
 * wait for it, are refused with 503 and {@code Retry-After} when it does not come, and are served once it is free.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageTurnsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final PageAdmission ONE_TURN = new PageAdmission(1, Duration.ofMillis(300));
    private static PapersServer served;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        served = PapersServer.start(Map.of("report", Map.entry("Children's services performance report\n\n"
                + "The number of children looked after at 31 March 2024 was 321.\n", LocalDate.of(2024, 5, 10))), ONE_TURN);
        base = served.base();
    }

    @AfterAll
    static void stop() { if (served != null) served.stop(); }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_and_comparisons_wait_for_a_turn_and_are_refused_when_none_comes() throws Exception {
        CountDownLatch holding = new CountDownLatch(1), done = new CountDownLatch(1);
        Thread holder = new Thread(() -> ONE_TURN.render(() -> {
            holding.countDown();
            try { done.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            return null;
        }));
        holder.start();
        assertTrue(holding.await(10, java.util.concurrent.TimeUnit.SECONDS));
        try {
            for (String path : new String[]{"compare/ilacs", "compare/indicator?indicator=children-in-care&format=csv", "compare/cross-check",
                    "doc/council/E06000001"}) {
                HttpResponse<String> r = get(path);
                assertEquals(503, r.statusCode(), path);
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(""), path);
                assertTrue(r.body().contains("Many pages are being prepared"), path);
            }
        } finally {
            done.countDown();
            holder.join();
        }
        assertEquals(200, get("compare/ilacs").statusCode(), "served once the turn is free");
        HttpResponse<String> csv = get("compare/indicator?indicator=children-in-care&format=csv");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"children-in-care.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(200, get("doc/council/E06000001").statusCode());
        assertEquals(404, get("compare/nothing").statusCode(), "no such comparison takes no turn to say so");
    }
}
