package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.councilgraph.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The council pages built from the summaries a server makes when it opens its store are the pages its queries give,
 * byte for byte: a real store of the sample papers in examples/ and the official extract in examples/official/, served
 * twice at once (summaries made and read, and none), under the base it was loaded with and under another.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CouncilSummariesTest {
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir static Path tmp;
    static String base;
    static Path db;
    static final List<FusekiServer> servers = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        base = "http://localhost:" + freePort() + "/";
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        try (var files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, docs.resolve(f.getFileName()));
        }
        db = tmp.resolve("db");
        assertEquals(0, Main.commandLine().execute("load", docs.toString(), "--db", db.toString(), "--base-uri", base));
        assertEquals(0, Main.commandLine().execute("import", "examples/official", "--db", db.toString(), "--base-uri", base));
    }

    @AfterAll
    static void stop() { servers.forEach(FusekiServer::stop); }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    record Served(String url, CouncilSummaries summaries) {}

    /** A server on the store, under {@code publicBase}, making and reading summaries or not. */
    static Served serve(String publicBase, boolean summaries) throws IOException {
        int port = freePort();
        FusekiServer s = WebServer.build(PublishedDataset.open(db, Duration.ofSeconds(20), publicBase),
                new ServerConfig(port, publicBase, Duration.ofSeconds(20), 10_000, 0, "127.0.0.1", summaries)).start();
        servers.add(s);
        return new Served("http://127.0.0.1:" + port + "/", (CouncilSummaries) s.getServletContext().getAttribute(CouncilSummaries.ATTRIBUTE));
    }

    /** A summary server whose summaries are all made (waiting at most a minute). */
    static Served summarised(String publicBase) throws Exception {
        Served s = serve(publicBase, true);
        assertTrue(s.summaries().awaitBuilt(Duration.ofSeconds(60)), "the council summaries were not made within 60 s");
        return s;
    }

    static byte[] get(String url, String accept) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    static String html(String url) throws Exception { return new String(get(url, "text/html"), StandardCharsets.UTF_8); }

    static List<String> councils(String server) throws Exception {
        String csv = new String(get(server + "sparql?query=" + URLEncoder.encode(
                "SELECT ?c { ?c a <https://w3id.org/councilgraph/def#Council> } ORDER BY ?c", StandardCharsets.UTF_8), "text/csv"), StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String page(String server, String council) {
        return server + "doc/" + council.substring(council.indexOf("/id/") + 4);
    }

    /** Every council's page, HTML and (for the first {@code rdf} councils) each RDF syntax, the same from both servers; the summaries hold every council. */
    static void assertSamePages(Served summarised, Served live, int rdf) throws Exception {
        List<String> all = councils(live.url());
        assertTrue(all.size() > 100, "the reference graph names every council: " + all.size());
        assertEquals(all.size(), summarised.summaries().readyCount(), "a summary for every council");
        assertEquals(0, live.summaries().readyCount(), "the live server makes none");
        for (String c : all) {
            assertArrayEquals(get(page(live.url(), c), "text/html"), get(page(summarised.url(), c), "text/html"), c);
            for (Representation r : all.indexOf(c) < rdf ? Representation.rdf() : List.<Representation>of()) {
                assertArrayEquals(get(page(live.url(), c), r.mediaType()), get(page(summarised.url(), c), r.mediaType()), c + " " + r);
            }
        }
    }

    @Test
    void council_pages_from_the_summaries_are_those_from_the_queries() throws Exception {
        assertSamePages(summarised(base), serve(base, false), Integer.MAX_VALUE);
    }

    @Test
    void a_store_published_at_another_base_gives_the_same_pages_from_its_summaries() throws Exception {
        String elsewhere = "http://example.org/councilgraph/";
        Served summarised = summarised(elsewhere);
        assertTrue(html(page(summarised.url(), elsewhere + "id/council/E06000001")).contains(elsewhere + "id/council/E06000001"));
        assertSamePages(summarised, serve(elsewhere, false), 10);
    }

    @Test
    void a_council_page_with_its_summary_ready_runs_none_of_its_queries() throws Exception {
        Served summarised = summarised(base), live = serve(base, false);
        String hartlepool = page(summarised.url(), base + "id/council/E06000001");
        // a statement only this test writes (no server writes, and no other process could while they hold the store):
        // the pages that run their queries show it, the page read from its summary, made before, cannot
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        Node marker = NodeFactory.createURI("urn:x-test:summary-marker");
        Txn.executeWrite(dsg, () -> dsg.add(marker, NodeFactory.createURI(base + "id/council/E06000001"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"), NodeFactory.createLiteralString("written after the summaries")));
        try {
            assertTrue(html(page(live.url(), base + "id/council/E06000001")).contains("written after the summaries"), "the live page reads the store");
            assertFalse(html(hartlepool).contains("written after the summaries"), "the summarised page ran its queries");
            assertTrue(html(hartlepool).contains("Hartlepool"));
        } finally {
            Txn.executeWrite(dsg, () -> dsg.deleteAny(marker, Node.ANY, Node.ANY, Node.ANY));
        }
    }
}
