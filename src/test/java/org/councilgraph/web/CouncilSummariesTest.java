package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.councilgraph.cli.Main;
import org.councilgraph.store.DocumentStore;
import org.councilgraph.summary.RowCodec;
import org.councilgraph.summary.SummaryGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The council pages read from the store's summaries are the pages its queries give, byte for byte: a real store of the
 * sample papers in examples/ and the official extract in examples/official/, served twice on one store (summaries read,
 * and never read), after an import, a load, a prune, and a write the summaries were not remade after. The summary graph
 * is as private as the register.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CouncilSummariesTest {
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir static Path tmp;
    static String base;
    static Path db, docs;
    static final List<FusekiServer> servers = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        base = "http://localhost:" + freePort() + "/";
        docs = Files.createDirectories(tmp.resolve("docs"));
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

    /** A server on the store, under {@code publicBase}, reading summaries or not. */
    static String serve(String publicBase, boolean summaries) throws IOException {
        int port = freePort();
        FusekiServer s = WebServer.build(PublishedDataset.open(db, Duration.ofSeconds(20), publicBase),
                new ServerConfig(port, publicBase, Duration.ofSeconds(20), 10_000, 0, "127.0.0.1", summaries)).start();
        servers.add(s);
        return "http://127.0.0.1:" + port + "/";
    }

    static byte[] get(String url, String accept) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    static List<String> councils(String server) throws Exception {
        String csv = new String(get(server + "sparql?query=" + URLEncoder.encode(
                "SELECT ?c { ?c a <https://w3id.org/councilgraph/def#Council> } ORDER BY ?c", StandardCharsets.UTF_8), "text/csv"), StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String page(String server, String council) {
        return server + "doc/" + council.substring(council.indexOf("/id/") + 4);
    }

    /**
     * Every council's page (or, unless {@code everyCouncil}, those of the sample papers' councils and ten more), HTML
     * and, when {@code everyCouncil}, each RDF syntax for five of them, the same from both servers.
     */
    static int assertSamePages(String summarised, String live, boolean everyCouncil) throws Exception {
        List<String> all = councils(live);
        assertTrue(all.size() > 100, "the reference graph names every council: " + all.size());
        List<String> councils = everyCouncil ? all : all.stream()
                .filter(c -> all.indexOf(c) < 10 || c.matches(".*/E0600000[146]$")).toList();
        for (String c : councils) {
            assertArrayEquals(get(page(live, c), "text/html"), get(page(summarised, c), "text/html"), c);
        }
        if (everyCouncil) {
            for (String c : councils.subList(0, 5)) {
                for (Representation r : Representation.rdf()) assertArrayEquals(get(page(live, c), r.mediaType()), get(page(summarised, c), r.mediaType()), c + " " + r);
            }
        }
        return councils.size();
    }

    static DatasetGraph dsg() { return DatabaseMgr.connectDatasetGraph(db.toString()); }

    static Node council(String gss) { return NodeFactory.createURI(base + "id/council/" + gss); }

    @Test
    void council_pages_from_the_summaries_are_those_from_the_queries_after_import_load_prune_and_an_unsummarised_write() throws Exception {
        String summarised = serve(base, true), live = serve(base, false);
        DatasetGraph dsg = dsg();
        assertTrue(Txn.calculateRead(dsg, () -> SummaryGraph.current(dsg)));
        int councils = assertSamePages(summarised, live, true);
        Txn.executeRead(dsg, () -> assertEquals(councils, dsg.stream(DocumentStore.SUMMARY, Node.ANY, Node.ANY, Node.ANY).count() - 1));
        String stockton = page(live, base + "id/council/E06000004");
        String before = new String(get(stockton, "text/html"), StandardCharsets.UTF_8);

        // a load: a new paper about Stockton-on-Tees
        Files.writeString(docs.resolve("stockton-on-tees_cabinet-2018-02-15_decision-record.txt"), TestSite.PAPER);
        assertEquals(0, Main.commandLine().execute("load", docs.toString(), "--db", db.toString(), "--base-uri", base));
        assertTrue(Txn.calculateRead(dsg, () -> SummaryGraph.current(dsg)));
        String after = new String(get(page(summarised, base + "id/council/E06000004"), "text/html"), StandardCharsets.UTF_8);
        assertNotEquals(before, after);
        assertTrue(after.contains("continued performance in respect of schools"), "the new decision is on the summarised page");
        assertSamePages(summarised, live, false);

        // a prune: the paper goes again
        Files.delete(docs.resolve("stockton-on-tees_cabinet-2018-02-15_decision-record.txt"));
        assertEquals(0, Main.commandLine().execute("load", docs.toString(), "--db", db.toString(), "--base-uri", base, "--prune"));
        assertEquals(before, new String(get(page(summarised, base + "id/council/E06000004"), "text/html"), StandardCharsets.UTF_8));
        assertSamePages(summarised, live, false);

        // a write with no summaries made after it (a load killed before): the summaries are stale and not read
        Path paper = Files.writeString(tmp.resolve("hartlepool_cabinet_decision.txt"), TestSite.PAPER.replace("Stockton-on-Tees", "Hartlepool"));
        assertEquals(0, Main.commandLine().execute("load", paper.toString(), "--db", tmp.resolve("other").toString(), "--base-uri", base));
        DatasetGraph other = DatabaseMgr.connectDatasetGraph(tmp.resolve("other").toString());
        DocumentStore store = DocumentStore.open(db);
        Txn.executeRead(other, () -> other.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().contains("/id/document/")) store.store(new DocumentStore.Entry(null, g, other.getGraph(g)), null);
        }));
        assertFalse(Txn.calculateRead(dsg, () -> SummaryGraph.current(dsg)));
        assertTrue(new String(get(page(summarised, base + "id/council/E06000001"), "text/html"), StandardCharsets.UTF_8).contains("continued performance"));
        assertSamePages(summarised, live, false);
        assertTrue(CouncilSummaries.refresh(db) > 100);
        assertEquals(-1, CouncilSummaries.refresh(db), "current summaries are not made again");
        assertSamePages(summarised, live, false);
    }

    @Test
    void a_store_published_at_another_base_reads_its_summaries_rewritten() throws Exception {
        String elsewhere = "http://example.org/councilgraph/";
        assertSamePages(serve(elsewhere, true), serve(elsewhere, false), false);
    }

    @Test
    void the_page_is_read_from_the_summary_when_it_is_current() throws Exception {
        String summarised = serve(base, true);
        DatasetGraph dsg = dsg();
        Node hartlepool = council("E06000001");
        // Hartlepool's summary replaced by Halton's rows: the page that comes back is built from them
        Txn.executeWrite(dsg, () -> {
            String halton = SummaryGraph.rows(dsg, council("E06000006")).orElseThrow();
            Map<Node, String> all = new java.util.LinkedHashMap<>();
            dsg.find(DocumentStore.SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getSubject().equals(DocumentStore.SUMMARY)) all.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
            });
            all.put(hartlepool, halton);
            SummaryGraph.replace(dsg, all);
        });
        try {
            String html = new String(get(page(summarised, hartlepool.getURI()), "text/html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("Halton"), "Hartlepool's page was built from the summary it was given");
        } finally {
            Txn.executeWrite(dsg, () -> SummaryGraph.invalidate(dsg));
            CouncilSummaries.refresh(db);
        }
        assertFalse(RowCodec.decode(Txn.calculateRead(dsg, () -> SummaryGraph.rows(dsg, hartlepool).orElseThrow())).isEmpty());
    }

    @Test
    void the_summary_graph_is_out_of_reach_of_queries_the_dump_and_DESCRIBE() throws Exception {
        String server = serve(base, true);
        String summary = DocumentStore.SUMMARY.getURI();
        for (String q : List.of("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + summary + "> { ?s ?p ?o } }",
                "SELECT (COUNT(*) AS ?n) FROM <" + summary + "> WHERE { ?s ?p ?o }",
                "SELECT (COUNT(*) AS ?n) FROM NAMED <" + summary + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/councilgraph/def#pageRows> ?o }")) {
            String csv = new String(get(server + "sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv"), StandardCharsets.UTF_8);
            assertEquals("n\n0", csv.strip().replace("\r", ""), q);
        }
        String graphs = new String(get(server + "sparql?query=" + URLEncoder.encode("SELECT DISTINCT ?g { GRAPH ?g { } }", StandardCharsets.UTF_8), "text/csv"), StandardCharsets.UTF_8);
        assertFalse(graphs.contains(summary), graphs);
        String describe = new String(get(server + "sparql?query=" + URLEncoder.encode("DESCRIBE <" + council("E06000001").getURI() + ">", StandardCharsets.UTF_8),
                "application/n-triples"), StandardCharsets.UTF_8);
        assertTrue(describe.contains("gssCode"));
        assertFalse(describe.contains("pageRows"), "DESCRIBE shows the summary");
        String dump = new String(new GZIPInputStream(new ByteArrayInputStream(get(server + "dump.nq.gz", "*/*"))).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(dump.contains(summary) || dump.contains("pageRows"), "the dump holds the summary");
    }

    @Test
    void summarise_remakes_them_only_when_stale_or_forced_and_no_file_may_write_a_private_graph() throws Exception {
        java.io.StringWriter err = new java.io.StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        assertEquals(0, cl.execute("summarise", "--db", db.toString()));
        assertTrue(err.toString().contains("are current"), err.toString());
        assertEquals(0, cl.execute("summarise", "--db", db.toString(), "--force"));
        assertTrue(err.toString().contains("summarised the pages of"), err.toString());

        Path forged = Files.writeString(tmp.resolve("forged.nq"), "<" + base + "id/council/E06000001> <https://w3id.org/councilgraph/def#pageRows> \"x\" <"
                + DocumentStore.SUMMARY.getURI() + "> .\n");
        err.getBuffer().setLength(0);
        assertEquals(1, cl.execute("load", forged.toString(), "--db", db.toString(), "--base-uri", base));
        assertTrue(err.toString().contains("forged.nq") && err.toString().contains("bookkeeping"), err.toString());
        DatasetGraph dsg = dsg();
        assertTrue(Txn.calculateRead(dsg, () -> SummaryGraph.current(dsg)), "a failed file changes nothing");
        assertFalse(Txn.calculateRead(dsg, () -> SummaryGraph.rows(dsg, council("E06000001")).orElseThrow()).equals("x"));
    }
}
