package org.councilgraph.cli;

import org.councilgraph.support.ConnectionCounter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.councilgraph.query.QueryRunner;
import org.councilgraph.store.DocumentStore;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A load never loses a paper: renames and copies survive pruning, metadata is part of identity, any failure is one line. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(300)
class LoadRobustnessTest {
    static final String MINUTES = "Cabinet Meeting 15 February 2018\n\nRESOLVED that the report be noted.\n\nRESOLVED that the plan be approved.\n";
    @TempDir Path tmp;

    static long decisions(Path db) {
        var dsg = QueryRunner.open(db);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/councilgraph/def#Decision> }").build()) {
                return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    static List<org.apache.jena.graph.Node> graphs(Path db) { return DocumentStore.open(db).documentGraphs(); }

    @Test
    void pruning_after_a_rename_keeps_the_papers_facts_and_later_loads_keep_them_too() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path a = Files.writeString(docs.resolve("a.txt"), MINUTES);
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString()).exit());
        assertEquals(2, decisions(db));
        Files.move(a, docs.resolve("b.txt"));
        CliRun pruned = CliRun.of("load", docs.toString(), "--db", db.toString(), "--prune");
        assertEquals(0, pruned.exit(), pruned.err());
        assertTrue(pruned.err().contains("pruned " + a.toAbsolutePath()), pruned.err());
        assertEquals(2, decisions(db), "the renamed file's facts are still there");
        CliRun again = CliRun.of("load", docs.toString(), "--db", db.toString(), "--prune");
        assertTrue(again.err().contains("1 unchanged"), again.err());
        assertEquals(2, decisions(db));
        assertEquals(1, graphs(db).size());
    }

    @Test
    void pruning_one_of_two_identical_files_keeps_the_graph_the_other_needs() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("copies"));
        Files.writeString(docs.resolve("a.txt"), MINUTES);
        Path copy = Files.writeString(docs.resolve("copy-of-a.txt"), MINUTES);
        Path db = tmp.resolve("copydb");
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString()).exit());
        Files.delete(copy);
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString(), "--prune").exit());
        assertEquals(2, decisions(db));
    }

    @Test
    void the_same_bytes_with_other_metadata_are_another_document() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("meta"));
        for (String[] f : new String[][]{{"stockton", "E06000004"}, {"halton", "E06000006"}}) {
            Files.writeString(docs.resolve(f[0] + ".txt"), MINUTES);
            Files.writeString(docs.resolve(f[0] + ".meta.json"), "{\"council\": \"" + f[1] + "\"}");
        }
        Path db = tmp.resolve("metadb");
        CliRun run = CliRun.of("load", docs.toString(), "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, graphs(db).size(), "two councils' copies of one paper are two graphs");
        assertEquals(4, decisions(db));
    }

    @Test
    void a_JSON_LD_file_with_a_remote_context_is_refused_without_a_request() throws Exception {
        try (ConnectionCounter listener = new ConnectionCounter(1000)) {
            Path file = Files.writeString(tmp.resolve("remote.jsonld"), "{\"@context\": \"http://127.0.0.1:" + listener.port()
                    + "/context.jsonld\", \"@id\": \"http://example.org/x\", \"name\": \"x\"}");
            CliRun run = CliRun.of("load", file.toString(), "--db", tmp.resolve("jsondb").toString());
            assertEquals(0, listener.connections(), "load fetched the remote context");
            assertEquals(1, run.exit(), run.err());
            assertEquals(1, run.err().lines().filter(l -> l.startsWith("failed ") && l.contains("remote.jsonld")).count(), run.err());
        }
    }

    @Test
    void compact_gives_back_the_space_of_replaced_graphs_and_keeps_the_data() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("grow"));
        for (int i = 0; i < 20; i++) Files.writeString(docs.resolve("p" + i + ".txt"), MINUTES.replace("plan", "plan " + i));
        Path db = tmp.resolve("growdb");
        for (int i = 0; i < 4; i++) assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString(), "--force").exit());
        long decisions = decisions(db);
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
        long before = diskKilobytes(db);
        CliRun run = CliRun.of("compact", "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("Data-0002"), run.err());
        assertFalse(Files.exists(db.resolve("Data-0001")), "the old generation is deleted");
        long after = diskKilobytes(db);
        assertTrue(after < before / 2, "before " + before + " KB on disk, after " + after);
        assertEquals(decisions, decisions(db));
    }

    /** Space used on disk (TDB2's files are sparse: their lengths stay the same), as du counts it. */
    static long diskKilobytes(Path dir) throws Exception {
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    /** The classpath the packaged program has: this project's classes and its libraries, without the tests'. */
    static String mainClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("test-classes")).reduce((x, y) -> x + java.io.File.pathSeparator + y).orElseThrow();
    }

    static Process load(Path log, String heap, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java, heap, "-cp", mainClasspath(), Main.class.getName(), "load"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void a_batch_with_a_deep_page_a_zip_bomb_and_a_heap_filling_docx_loads_the_rest_reports_and_exits_1() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("batch"));
        Files.writeString(docs.resolve("a-deep.html"), "<html><body>" + "<div><ul><li>".repeat(3000) + "RESOLVED that the report be noted."
                + "</li></ul></div>".repeat(3000) + "</body></html>");
        Files.write(docs.resolve("b-bomb.docx"), docx(paragraphs(1_200_000, false)));
        Files.write(docs.resolve("c-heavy.docx"), docx(paragraphs(210_000, true)));
        Files.writeString(docs.resolve("d-good.txt"), MINUTES);
        Path db = tmp.resolve("batchdb"), report = tmp.resolve("report.json"), log = tmp.resolve("load.log");
        Process p = load(log, "-Xmx96m", docs.toString(), "--db", db.toString(), "--report", report.toString());
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "load did not finish");
        String out = Files.readString(log);
        assertEquals(1, p.exitValue(), out);
        List<String> failed = out.lines().filter(l -> l.startsWith("failed ")).toList();
        assertEquals(2, failed.size(), out);
        assertTrue(failed.get(0).contains("b-bomb.docx") && failed.get(0).contains("expands to more than"), failed.get(0));
        assertTrue(failed.get(1).contains("c-heavy.docx") && failed.get(1).contains("out of memory"), failed.get(1));
        assertTrue(out.contains("summary: 4 document(s) read"), out);
        assertFalse(out.contains("\tat "), "a stack trace was printed:\n" + out);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, json.at("/summary/loaded").asInt(), json.toString());
        assertEquals(2, json.at("/summary/failed").asInt(), json.toString());
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
        assertTrue(decisions(db) >= 2);
    }

    /** A paper of the same shape for every {@code i} (same number of statements). */
    static String paper(int i) {
        String n = String.format("%03d", i);
        return "Cabinet Meeting 15 February 2018\n\nItem " + n + ": Report " + n + "\n\nRESOLVED that the report " + n
                + " be noted.\n\nRESOLVED that the plan " + n + " be approved.\n";
    }

    /** Each document graph's number of quads, by graph; and the register's view: file to graph, file to fingerprint. */
    record StoreView(Map<String, Long> quadsPerGraph, Map<String, String> loadedAs, Map<String, String> fingerprints) {}

    static StoreView view(Path db) {
        var dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            return Txn.calculateRead(dsg, () -> {
                Map<String, Long> perGraph = new TreeMap<>();
                Map<String, String> loadedAs = new TreeMap<>(), fingerprints = new TreeMap<>();
                dsg.find().forEachRemaining(q -> {
                    if (q.getGraph().equals(DocumentStore.REGISTER)) {
                        if (q.getPredicate().getURI().endsWith("#loadedAs")) loadedAs.put(q.getSubject().getURI(), q.getObject().getURI());
                        if (q.getPredicate().getURI().endsWith("#fingerprint")) fingerprints.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
                    } else if (q.getGraph().getURI().contains("/id/document/")) {
                        perGraph.merge(q.getGraph().getURI(), 1L, Long::sum);
                    }
                });
                return new StoreView(perGraph, loadedAs, fingerprints);
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Whole papers only: every graph as large as a paper alone, every graph registered with a fingerprint and every registered file's graph there. */
    static void assertWholePapersOnly(StoreView v, long quadsPerPaper) {
        v.quadsPerGraph().forEach((g, n) -> assertEquals(quadsPerPaper, n, g + " is not whole"));
        assertEquals(v.quadsPerGraph().keySet(), new java.util.TreeSet<>(v.loadedAs().values()), "graphs and register agree");
        assertEquals(v.loadedAs().keySet(), v.fingerprints().keySet(), "each registered file has its fingerprint");
    }

    @Test
    void a_load_killed_mid_batch_leaves_only_whole_papers_and_the_next_load_stores_the_rest() throws Exception {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(one.resolve("m000.txt"), paper(0));
        assertEquals(0, CliRun.of("load", one.toString(), "--db", tmp.resolve("onedb").toString()).exit());
        long quadsPerPaper = view(tmp.resolve("onedb")).quadsPerGraph().values().iterator().next();

        int papers = 400;
        Path docs = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < papers; i++) Files.writeString(docs.resolve(String.format("m%03d.txt", i)), paper(i));
        Path db = tmp.resolve("killdb"), log = tmp.resolve("kill.log");
        Process p = load(log, "-Xmx256m", docs.toString(), "--db", db.toString(), "--batch-size", "8", "--progress", "plain");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(200);
        // the plain progress line after the first hundred papers: several batches of 8 committed, one open
        var hundred = java.util.regex.Pattern.compile("progress: 1\\d\\d/" + papers);
        while (p.isAlive() && !hundred.matcher(Files.readString(log)).find() && System.nanoTime() < deadline) Thread.sleep(10);
        assertTrue(p.isAlive(), "the load ended before it was killed:\n" + Files.readString(log));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));

        StoreView killed = view(db);
        assertWholePapersOnly(killed, quadsPerPaper);
        int kept = killed.quadsPerGraph().size();
        assertTrue(kept >= 8 && kept < papers, "killed after some batches were committed and before the end: " + kept + " papers kept");

        CliRun again = CliRun.of("load", docs.toString(), "--db", db.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains((papers - kept) + " loaded, " + kept + " unchanged"), again.err());
        StoreView whole = view(db);
        assertWholePapersOnly(whole, quadsPerPaper);
        assertEquals(papers, whole.quadsPerGraph().size());
    }

    @Test
    void bad_papers_among_good_ones_in_one_batch_stay_out_and_the_good_ones_go_in() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(docs.resolve("a-good.txt"), paper(1));
        Files.write(docs.resolve("b-bad.txt"), new byte[0]);
        Files.writeString(docs.resolve("c-good.txt"), paper(2));
        Files.write(docs.resolve("d-bad.pdf"), "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(docs.resolve("e-good.txt"), paper(3));
        Path db = tmp.resolve("mixeddb"), report = tmp.resolve("mixed.csv");
        CliRun run = CliRun.of("load", docs.toString(), "--db", db.toString(), "--batch-size", "100", "--report", report.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("3 loaded, 0 unchanged, 2 failed"), run.err());
        List<String> rows = Files.readAllLines(report).subList(1, 6);
        List<String> expected = List.of("a-good.txt\",loaded", "b-bad.txt\",failed", "c-good.txt\",loaded", "d-bad.pdf\",failed", "e-good.txt\",loaded");
        for (int i = 0; i < 5; i++) assertTrue(rows.get(i).contains(expected.get(i)), "report rows in input order: " + rows);
        StoreView v = view(db);
        assertEquals(3, v.quadsPerGraph().size());
        assertEquals(3, v.fingerprints().size(), "only the stored papers are registered");
        assertTrue(v.fingerprints().keySet().stream().allMatch(k -> k.contains("-good.txt")), v.fingerprints().toString());

        CliRun again = CliRun.of("load", docs.toString(), "--db", db.toString(), "--batch-size", "100");
        assertTrue(again.err().contains("0 loaded, 3 unchanged, 2 failed"), again.err());
    }

    @Test
    void RDF_files_opening_the_load_of_a_new_store_are_bulk_loaded_and_a_bad_one_among_them_stays_out() throws Exception {
        Path files = Files.createDirectories(tmp.resolve("rdf"));
        Files.writeString(files.resolve("a.nq"), "<http://example.org/a> <http://example.org/p> \"a\" <http://example.org/g1> .\n"
                + "<http://example.org/b> <http://example.org/p> \"b\" <http://example.org/g1> .\n");
        Files.writeString(files.resolve("b.ttl"), "<http://example.org/c> <http://example.org/p> \"c\" .\n");
        Files.writeString(files.resolve("c.txt"), paper(7));
        Path db = tmp.resolve("bulkdb");
        // a staging folder left by a bulk load killed part way is cleared, not mistaken for the store
        Files.createDirectories(tmp.resolve(".bulkdb.loading/Data-0001"));
        CliRun run = CliRun.of("load", files.toString(), "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("3 loaded"), run.err());
        assertFalse(Files.exists(tmp.resolve(".bulkdb.loading")), "no staging folder is left");
        assertEquals(1, view(db).quadsPerGraph().size(), "the paper after the RDF files is stored as usual");
        var dsg = QueryRunner.open(db);
        long statements = Txn.calculateRead(dsg, () -> dsg.stream().filter(q -> q.getObject().isLiteral()
                && List.of("a", "b", "c").contains(q.getObject().getLiteralLexicalForm())).count());
        assertEquals(3, statements, "both files' statements, the Turtle file's in a graph named after it");
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));

        Path bad = Files.createDirectories(tmp.resolve("rdf-bad"));
        Files.writeString(bad.resolve("a.nq"), "<http://example.org/a> <http://example.org/p> \"a\" <http://example.org/g1> .\n");
        Files.writeString(bad.resolve("b.nq"), "<http://example.org/b> <http://example.org/p> \"b\" <http://example.org/g2> .\nthis is not N-Quads\n");
        Path baddb = tmp.resolve("bulkbaddb");
        CliRun partly = CliRun.of("load", bad.toString(), "--db", baddb.toString());
        assertEquals(1, partly.exit(), partly.err());
        assertEquals(1, partly.err().lines().filter(l -> l.startsWith("failed ") && l.contains("b.nq") && l.contains("not valid")).count(), partly.err());
        assertTrue(partly.err().contains("1 loaded, 0 unchanged, 1 failed"), partly.err());
        var dsgBad = DatabaseMgr.connectDatasetGraph(baddb.toString());
        try {
            assertEquals(List.of(1L, 0L), Txn.calculateRead(dsgBad, () -> List.of(
                    dsgBad.stream(NodeFactory.createURI("http://example.org/g1"), Node.ANY, Node.ANY, Node.ANY).count(),
                    dsgBad.stream(NodeFactory.createURI("http://example.org/g2"), Node.ANY, Node.ANY, Node.ANY).count())),
                    "the good file whole, nothing of the bad one");
        } finally {
            TDBInternal.expel(dsgBad);
        }
    }

    @Test
    void a_corrupt_PDF_gets_one_line_and_no_log_lines() throws Exception {
        byte[] corrupt = new byte[30_000];
        new Random(11).nextBytes(corrupt);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, corrupt, 0, 9);
        Path pdf = Files.write(tmp.resolve("corrupt.pdf"), corrupt);
        Path log = tmp.resolve("pdf.log");
        Process p = load(log, "-Xmx256m", pdf.toString(), "--db", tmp.resolve("pdfdb").toString(), "--progress", "none");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(log);
        assertEquals(1, p.exitValue(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("failed ") && lines.get(0).contains("corrupt.pdf"), String.join("\n", lines));
        assertTrue(lines.stream().allMatch(l -> l.startsWith("failed ") || l.startsWith("summary:") || l.startsWith("loaded ")),
                "lines besides the file's own:\n" + String.join("\n", lines));
    }

    /** A document.xml of {@code n} paragraphs: the same words (compresses a thousandfold) or random letters (a few times). */
    static String paragraphs(int n, boolean random) {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (int i = 0; i < n; i++) {
            sb.append("<w:p><w:r><w:t>");
            if (random) for (int c = 0; c < 60; c++) sb.append((char) ('a' + r.nextInt(26)));
            else sb.append("RESOLVED that the report be noted.");
            sb.append("</w:t></w:r></w:p>");
        }
        return sb.append("</w:body></w:document>").toString();
    }

    static byte[] docx(String documentXml) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", documentXml);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
