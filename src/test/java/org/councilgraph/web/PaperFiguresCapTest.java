package org.councilgraph.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A council whose papers state one measure more often than a chart shows: 45 yearly reports, each giving the
 * children looked after on 31 March of its year. The council page draws the latest 40 and links to a query for all.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaperFiguresCapTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int FIRST_YEAR = 1981, LAST_YEAR = 2025;
    private static PapersServer served;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Map<String, Map.Entry<String, LocalDate>> papers = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            papers.put("report-" + year, Map.entry("Children's services performance report\n\n"
                    + "The number of children looked after at 31 March " + year + " was " + (400 + year - FIRST_YEAR) + ".\n", LocalDate.of(year, 5, 10)));
        }
        served = PapersServer.start(papers, PageAdmission.perCore());
        base = served.base();
    }

    @AfterAll
    static void stop() { if (served != null) served.stop(); }

    private static String get(String path, String accept) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void the_chart_draws_the_latest_40_figures_and_says_how_many_there_are() throws Exception {
        String page = get("doc/council/E06000001", "text/html");
        assertEquals(TimeCharts.MAX_PAPER_POINTS, count(page, "class=\"paper-point\""));
        assertTrue(page.contains("31 March 2025: 444"), "the latest figure");
        assertTrue(page.contains("31 March 1986: 405"), "the oldest of the latest 40");
        assertFalse(page.contains("31 March 1985: 404"), "an older one is not drawn");
        assertTrue(page.contains("The chart shows the latest 40 of the 45 figures stated in papers for this measure"), "the note");
    }

    @Test
    void the_link_opens_a_query_that_finds_all_45() throws Exception {
        String page = get("doc/council/E06000001", "text/html");
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\">all 45 on the SPARQL page</a>").matcher(page);
        assertTrue(link.find(), "the link");
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.startsWith(base + "query?query="), href);
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "the SPARQL page opens");

        String query = URLDecoder.decode(href.substring((base + "query?query=").length()), StandardCharsets.UTF_8);
        List<String> rows = get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv").lines().toList();
        assertEquals(1 + LAST_YEAR - FIRST_YEAR + 1, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(1).startsWith("http://reference.data.gov.uk/id/day/2025-03-31,444"), rows.get(1));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
