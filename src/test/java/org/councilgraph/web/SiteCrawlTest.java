package org.councilgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follows every internal link of every HTML page from {@code /} over real HTTP, as a browser would
 * ({@code a}, {@code link}, {@code script} and {@code img}; redirects followed), and fails on any that does
 * not end in 200; then checks every download link of the SPARQL page for each kind of query.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiteCrawlTest {
    static final int PAGE_CAP = 1500;
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static TestSite site;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        site = TestSite.start(Duration.ofSeconds(10), 1000);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    static HttpResponse<String> get(String url) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", BROWSER_ACCEPT).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_internal_link_from_the_home_page_answers_200() throws Exception {
        Map<String, String> foundOn = new LinkedHashMap<>();   // link → the page it was first seen on
        Deque<String> queue = new ArrayDeque<>(List.of(site.base()));
        foundOn.put(site.base(), "(start)");
        List<String> broken = new ArrayList<>();
        int fetched = 0, pages = 0;
        while (!queue.isEmpty() && pages < PAGE_CAP) {
            String url = queue.poll();
            HttpResponse<String> r = get(url);
            fetched++;
            if (r.statusCode() != 200) { broken.add(r.statusCode() + " " + url + "  (linked from " + foundOn.get(url) + ")"); continue; }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
            pages++;
            for (String link : links(Jsoup.parse(r.body(), url))) {
                if (link.startsWith(site.base()) && foundOn.putIfAbsent(link, url) == null) queue.add(link);
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " broken internal links of " + fetched + ":\n" + String.join("\n", broken));
        assertTrue(pages < PAGE_CAP, "the crawl stopped at the page cap; raise it");
        assertTrue(pages > 20 && fetched > 100, "the crawl saw only " + pages + " pages and " + fetched + " links");
        for (String expected : List.of("def.ttl", "def.jsonld", "def.nt", "def.rdf", "static/yasgui/yasgui.min.js", "static/yasgui/yasgui.min.css", "query?canned=decisions")) {
            assertTrue(foundOn.containsKey(site.url(expected)), "the crawl should reach " + expected);
        }
    }

    /** Every link, stylesheet, script and image a page points at, absolute and without fragment. */
    static List<String> links(Document page) {
        List<String> out = new ArrayList<>();
        for (Element e : page.select("a[href], link[href]")) out.add(e.absUrl("href"));
        for (Element e : page.select("script[src], img[src]")) out.add(e.absUrl("src"));
        return out.stream().filter(s -> !s.isEmpty()).map(s -> s.replaceFirst("#.*$", "")).toList();
    }

    @Test
    void every_download_link_of_the_SPARQL_page_answers_200_in_its_format() throws Exception {
        String council = "<" + site.base() + "id/council/" + TestSite.GSS + ">";
        Map<String, Integer> queries = Map.of(
                "SELECT ?c WHERE { ?c a <https://w3id.org/councilgraph/def#Council> }", 4,
                "ASK { ?c a <https://w3id.org/councilgraph/def#Council> }", 4,
                "CONSTRUCT { ?c ?p ?o } WHERE { ?c a <https://w3id.org/councilgraph/def#Council> ; ?p ?o }", 4,
                "DESCRIBE " + council, 4);
        for (Map.Entry<String, Integer> q : queries.entrySet()) {
            Document page = Jsoup.parse(get(site.url("query?query=" + URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8))).body(), site.base());
            List<Element> downloads = page.select("#downloads a[href]");
            assertEquals(q.getValue(), downloads.size(), q.getKey());
            for (Element a : downloads) {
                HttpResponse<String> r = get(a.absUrl("href"));
                String what = a.text() + " of " + q.getKey();
                assertEquals(200, r.statusCode(), what + ": " + r.body());
                assertTrue(!r.body().isBlank(), what);
                Lang lang = RDFLanguages.contentTypeToLang(r.headers().firstValue("Content-Type").orElse(""));
                if (!q.getKey().startsWith("SELECT") && !q.getKey().startsWith("ASK")) {
                    assertTrue(lang != null && RDFLanguages.isTriples(lang), what + " came as " + r.headers().firstValue("Content-Type"));
                    Graph g = GraphFactory.createDefaultGraph();
                    RDFParser.fromString(r.body(), lang).parse(g);
                    assertTrue(g.size() > 3, what);
                }
            }
        }
    }
}
