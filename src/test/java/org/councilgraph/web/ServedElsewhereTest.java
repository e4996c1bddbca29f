package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store loaded for one address and served at another (another port, as behind a proxy or when 3030
 * is taken): without {@code --base-uri} the things keep their IRIs and pages link relative to the
 * request; with it every answer is rewritten to the new base. Either way the council page answers
 * 200 and its links resolve.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServedElsewhereTest {
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    static String loadBase;
    static Path db;

    @BeforeAll
    static void load() throws IOException {
        loadBase = "http://localhost:" + freePort() + "/"; // nothing will listen there
        Path dir = Files.createTempDirectory("councilgraph-elsewhere-");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("stockton-on-tees_cabinet-2018-02-15_decision-record.txt"), TestSite.PAPER, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("history.trig"), TestSite.history(loadBase), StandardCharsets.UTF_8);
        db = dir.resolve("db");
        int rc = Main.commandLine().execute("load", docs.toString(), dir.resolve("history.trig").toString(), "--db", db.toString(), "--base-uri", loadBase);
        assertEquals(0, rc);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    static FusekiServer serve(int port, String publicBase) {
        return WebServer.build(PublishedDataset.open(db, Duration.ofSeconds(5), publicBase),
                new ServerConfig(port, publicBase, Duration.ofSeconds(5), 1000)).start();
    }

    static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sparql(String origin, String query) throws Exception {
        return get(origin + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json").body();
    }

    /** Every link of the page to this server answers 200. */
    static Set<String> assertLinksResolve(String pageUrl, String html) throws Exception {
        Set<String> internal = new TreeSet<>();
        Matcher m = HREF.matcher(html);
        URI page = URI.create(pageUrl);
        String origin = page.getScheme() + "://" + page.getAuthority() + "/";
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            URI target = page.resolve(href);
            if (!target.toString().startsWith(origin)) continue;
            internal.add(target.toString());
        }
        for (String url : internal) assertEquals(200, get(url).statusCode(), url + " linked from " + pageUrl);
        return internal;
    }

    @Test
    void the_store_records_the_base_it_was_loaded_with() {
        assertEquals(Optional.of(loadBase), PublishedDataset.loadedBase(db));
    }

    @Test
    void without_a_base_pages_link_relative_to_the_request_and_things_keep_their_IRIs() throws Exception {
        int port = freePort();
        FusekiServer server = serve(port, null);
        try {
            String origin = "http://localhost:" + port + "/";
            HttpResponse<String> redirect = get(origin + "id/council/" + TestSite.GSS);
            assertEquals(303, redirect.statusCode());
            String page = URI.create(origin + "id/").resolve(redirect.headers().firstValue("Location").orElseThrow()).toString();
            HttpResponse<String> html = get(page, "Accept", WebServerTest.CHROME_ACCEPT);
            assertEquals(200, html.statusCode());
            assertFalse(html.body().contains("href=\"" + loadBase), "no link to the address the store was loaded for");
            assertTrue(assertLinksResolve(page, html.body()).size() > 10);
            // the things' names do not move: the SPARQL endpoint and the data still speak the loaded base
            assertTrue(sparql(origin, "SELECT ?c { ?c a <https://w3id.org/councilgraph/def#Council> }").contains(loadBase + "id/council/" + TestSite.GSS));
            assertTrue(get(page + ".ttl").body().contains("<" + loadBase + "id/council/" + TestSite.GSS + ">"));
            // and the descriptions that need absolute URLs name the address asked
            assertTrue(get(origin + "sparql", "Accept", "text/turtle").body().contains("<" + origin + "sparql>"));
            assertTrue(get(origin + "sitemap.xml").body().contains("<loc>" + origin + "doc/council/" + TestSite.GSS + "</loc>"));
        } finally {
            server.stop();
        }
    }

    @Test
    void with_another_base_every_answer_is_rewritten_to_it() throws Exception {
        int port = freePort();
        String origin = "http://localhost:" + port + "/";
        FusekiServer server = serve(port, origin);
        try {
            String council = origin + "id/council/" + TestSite.GSS;
            HttpResponse<String> redirect = get(council);
            assertEquals(origin + "doc/council/" + TestSite.GSS, redirect.headers().firstValue("Location").orElseThrow());
            String page = redirect.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> html = get(page, "Accept", WebServerTest.CHROME_ACCEPT);
            assertEquals(200, html.statusCode());
            assertTrue(html.body().contains("href=\"" + origin + "doc/council/" + TestSite.GSS + "/inspection/ilacs/2019-11-04\""));
            assertTrue(assertLinksResolve(page, html.body()).size() > 10);
            String ttl = get(page + ".ttl").body();
            assertTrue(ttl.contains("<" + council + ">"));
            String json = sparql(origin, "SELECT ?i WHERE { ?i <https://w3id.org/councilgraph/def#council> <" + council + "> "
                    + "FILTER(STRSTARTS(STR(?i), \"" + origin + "id/\")) }");
            assertTrue(json.contains(council + "/inspection/ilacs/2019-11-04"), json);
            String describe = get(origin + "sparql?query=" + URLEncoder.encode("DESCRIBE <" + council + ">", StandardCharsets.UTF_8), "Accept", "application/n-triples").body();
            assertTrue(describe.contains("<" + council + ">"), describe);
            String dump = new String(new GZIPInputStream(new ByteArrayInputStream(
                    http.send(HttpRequest.newBuilder(URI.create(origin + "dump.nq.gz")).build(), HttpResponse.BodyHandlers.ofByteArray()).body())).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(dump.contains("<" + council + ">"));
            for (String answer : new String[]{html.body(), ttl, json, describe, dump}) {
                assertFalse(answer.contains(loadBase), "the loaded base leaks into an answer");
            }
        } finally {
            server.stop();
        }
    }
}
