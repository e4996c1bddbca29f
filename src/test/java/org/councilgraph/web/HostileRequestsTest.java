package org.councilgraph.web;

import org.councilgraph.support.ConnectionCounter;
import org.councilgraph.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

import org.apache.jena.fuseki.main.FusekiServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attacks a stranger can make on a public endpoint, each against a real server with a bound on its
 * time: requests to other hosts through SERVICE, reading the private register, huge paths and bodies,
 * credentialed cross-origin reads, TRACE, JSONP, script IRIs as links.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(120)
class HostileRequestsTest {
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    static FusekiServer server;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        int port = freePort();
        base = "http://localhost:" + port + "/";
        Path dir = Files.createTempDirectory("councilgraph-hostile-");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("stockton-on-tees_cabinet-2018-02-15_decision-record.txt"), TestSite.PAPER);
        Path trig = Files.writeString(dir.resolve("history.trig"), TestSite.history(base));
        Path links = Files.writeString(dir.resolve("links.ttl"), """
                <%sid/council/%s> <http://www.w3.org/2002/07/owl#sameAs> <javascript:alert(1)> ;
                    <http://www.w3.org/2000/01/rdf-schema#seeAlso> <data:text/html,boom> , <https://example.org/fine> .
                """.formatted(base, TestSite.GSS));
        Path db = dir.resolve("db");
        int rc = Main.commandLine().execute("load", docs.toString(), trig.toString(), links.toString(), "--db", db.toString(), "--base-uri", base);
        if (rc != 0) throw new IllegalStateException("load failed: " + rc);
        server = WebServer.build(PublishedDataset.open(db, Duration.ofSeconds(2)), new ServerConfig(port, base, Duration.ofSeconds(2), 100)).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String path) { return HttpRequest.newBuilder(URI.create(base + path)); }

    static HttpResponse<String> query(String q, String accept) throws Exception {
        return send(request("sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).header("Accept", accept));
    }

    @Test
    void a_SERVICE_query_makes_no_request_to_another_host() throws Exception {
        try (ConnectionCounter listener = new ConnectionCounter(1500)) {
            String target = "http://127.0.0.1:" + listener.port() + "/sparql";
            HttpResponse<String> named = query("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }", "text/csv");
            HttpResponse<String> variable = query("SELECT * { VALUES ?e { <" + target + "> } SERVICE ?e { ?s ?p ?o } }", "text/csv");
            HttpResponse<String> form = send(request("sparql").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK { SERVICE SILENT <" + target + "> { ?s ?p ?o } }", StandardCharsets.UTF_8))));
            assertEquals(0, listener.connections(), "the server connected to " + target);
            assertFalse(named.statusCode() == 200 && named.body().lines().count() > 1, named.body());
            assertFalse(variable.statusCode() == 200 && variable.body().lines().count() > 1, variable.body());
            assertTrue(form.statusCode() >= 200, form.body());
        }
    }

    @Test
    void the_register_is_out_of_reach_of_FROM_FROM_NAMED_GRAPH_and_protocol_graphs() throws Exception {
        String register = "urn:x-councilgraph:register";
        assertEquals("n\n0", query("SELECT (COUNT(*) AS ?n) FROM <" + register + "> WHERE { ?s ?p ?o }", "text/csv").body().strip().replace("\r", ""));
        assertEquals("n\n0", query("SELECT (COUNT(*) AS ?n) FROM NAMED <" + register + "> WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv").body().strip().replace("\r", ""));
        assertEquals("n\n0", query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + register + "> { ?s ?p ?o } }", "text/csv").body().strip().replace("\r", ""));
        String viaProtocol = send(request("sparql?default-graph-uri=" + URLEncoder.encode(register, StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)).header("Accept", "text/csv")).body();
        assertEquals("n\n0", viaProtocol.strip().replace("\r", ""));
        String named = send(request("sparql?named-graph-uri=" + URLEncoder.encode(register, StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)).header("Accept", "text/csv")).body();
        assertEquals("n\n0", named.strip().replace("\r", ""));
        assertFalse(query("CONSTRUCT { ?s ?p ?o } FROM <" + register + "> WHERE { ?s ?p ?o }", "application/n-triples").body().contains("file:"));
        String page = send(request("query?query=" + URLEncoder.encode("SELECT ?s ?o FROM <" + register + "> WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).body();
        assertFalse(page.contains("file:/"), "the SPARQL page showed the register");
        // an ordinary FROM still works
        String doc = base + "id/document/fixture-ilacs";
        assertFalse(query("SELECT (COUNT(*) AS ?n) FROM <" + doc + "> WHERE { ?s ?p ?o }", "text/csv").body().contains("\n0"));
    }

    @Test
    void a_100_KB_doc_path_is_answered_within_a_second() throws Exception {
        for (int size : new int[]{100_000, 15_000}) {
            String path = "doc/council/" + "a".repeat(size);
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(request(path).header("Accept", "text/html"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(r.statusCode() == 404 || r.statusCode() == 414, size + " gave " + r.statusCode());
            assertTrue(seconds < 1, size + " characters took " + seconds + " s");
        }
        assertEquals(414, send(request("doc/council/" + "a".repeat(100_000))).statusCode());
    }

    @Test
    void a_huge_junk_body_is_refused_at_once_and_a_junk_query_is_not_echoed() throws Exception {
        String junk = "x".repeat(5_000_000);
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> big = send(request("sparql").header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(junk)));
            assertEquals(413, big.statusCode());
            assertTrue(big.body().length() < 500, "answer of " + big.body().length() + " characters");
        } catch (java.io.IOException closedWhileSending) {
            // the server answered 413 and closed the connection before the client finished sending: refused too
        }
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "a 5 MB body took too long");
        String smaller = "{ SELECT " + "?x ".repeat(20_000) + " junk junk junk";
        HttpResponse<String> bad = send(request("sparql").header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(smaller)));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().length() < 1000, "a parse error echoed " + bad.body().length() + " characters");
    }

    @Test
    void CORS_is_open_without_credentials_and_offers_only_reads() throws Exception {
        for (String origin : new String[]{"null", "https://evil.example"}) {
            HttpResponse<String> r = send(request("sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)).header("Origin", origin));
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
            assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains(CappedQueryService.CAP_HEADER));
        }
        for (String method : new String[]{"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> p = send(request("sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example").header("Access-Control-Request-Method", method));
            String allowed = p.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertFalse(allowed.contains(method), method + " offered: " + allowed);
            assertTrue(p.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        }
    }

    @Test
    void TRACE_and_other_methods_are_refused() throws Exception {
        for (String method : new String[]{"TRACE", "PUT", "DELETE", "PATCH"}) {
            for (String path : new String[]{"sparql", "", "doc/council/" + TestSite.GSS}) {
                HttpResponse<String> r = send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).header("X-Probe", "secret-cookie"));
                assertEquals(405, r.statusCode(), method + " /" + path);
                assertFalse(r.body().contains("secret-cookie"));
            }
        }
    }

    @Test
    void JSONP_callbacks_and_stylesheets_are_not_passed_through() throws Exception {
        String ask = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> jsonp = send(request("sparql?query=" + ask + "&callback=steal").header("Accept", "application/sparql-results+json"));
        assertEquals(400, jsonp.statusCode());
        assertFalse(jsonp.body().contains("steal("));
        HttpResponse<String> xsl = send(request("sparql?query=" + ask + "&stylesheet=" + URLEncoder.encode("https://evil.example/x.xsl", StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+xml"));
        assertEquals(400, xsl.statusCode());
        HttpResponse<String> form = send(request("sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + ask + "&callback=steal")));
        assertEquals(400, form.statusCode());
    }

    @Test
    void only_http_and_https_IRIs_become_links_on_pages() throws Exception {
        String page = send(request("doc/council/" + TestSite.GSS).header("Accept", "text/html")).body();
        assertTrue(page.contains("href=\"https://example.org/fine\""), "an https IRI is still a link");
        assertFalse(page.contains("href=\"javascript:"), "javascript: IRI became a link");
        assertFalse(page.contains("href=\"data:"), "data: IRI became a link");
    }
}
