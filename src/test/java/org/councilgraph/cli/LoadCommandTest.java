package org.councilgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.councilgraph.document.Fixtures;
import org.councilgraph.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** {@code load} over folders: bad files reported one line each, unchanged files skipped, manifests, pruning, readers. */
class LoadCommandTest {
    static final String MINUTES = "Cabinet Meeting 15 February 2018\n\nRESOLVED that the report be noted.\n";
    @TempDir Path tmp;

    private static List<Node> graphs(Path db) { return DocumentStore.open(db).documentGraphs(); }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Fixtures.pdf(MINUTES)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] imageOnlyPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 300, 400);
                cs.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheRestOfTheBatchIsLoaded() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a-good.txt"), MINUTES);
        Files.write(docs.resolve("b-good.docx"), Fixtures.docx(MINUTES));
        Files.write(docs.resolve("c-good.pdf"), Fixtures.pdf(MINUTES));
        byte[] corrupt = new byte[20_000];
        new Random(7).nextBytes(corrupt);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, corrupt, 0, 9);
        Files.write(docs.resolve("corrupt.pdf"), corrupt);
        Files.write(docs.resolve("encrypted.pdf"), encryptedPdf());
        Files.write(docs.resolve("scanned.pdf"), imageOnlyPdf());
        try (RandomAccessFile big = new RandomAccessFile(docs.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Files.writeString(docs.resolve("notes.xlsx"), "not a document we read");
        Path db = tmp.resolve("db"), report = tmp.resolve("report.json");

        CliRun run = CliRun.of("load", docs.toString(), "--db", db.toString(), "--report", report.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(3, graphs(db).size(), "the three good files are loaded: " + run.err());
        List<String> failed = Arrays.stream(run.err().split("\\R")).filter(l -> l.startsWith("failed ")).toList();
        assertEquals(4, failed.size(), run.err());
        assertTrue(failed.get(0).contains("corrupt.pdf") && failed.get(0).contains("PDF"), failed.get(0));
        assertTrue(failed.get(1).contains("encrypted.pdf") && failed.get(1).contains("password"), failed.get(1));
        assertTrue(failed.get(2).contains("huge.txt") && failed.get(2).contains("too large") && failed.get(2).contains("--max-file-size"), failed.get(2));
        assertTrue(failed.get(3).contains("scanned.pdf") && failed.get(3).contains("no text layer"), failed.get(3));
        assertTrue(run.err().contains("skipped " + docs.resolve("notes.xlsx")), run.err());

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertEquals(3, json.at("/summary/loaded").asInt());
        assertEquals(4, json.at("/summary/failed").asInt());
        assertEquals(1, json.at("/summary/skipped").asInt());
        assertTrue(json.at("/summary/facts/Decision").asInt() >= 3, json.toString());

        CliRun raised = CliRun.of("load", docs.resolve("huge.txt").toString(), "--db", db.toString(), "--max-file-size", "60MB");
        assertFalse(raised.err().contains("too large"), raised.err());
    }

    @Test
    void failFastStopsAtTheFirstBadFile() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("ff"));
        Files.write(docs.resolve("a-bad.pdf"), "%PDF-1.4 garbage".getBytes());
        Files.writeString(docs.resolve("b-good.txt"), MINUTES);
        CliRun run = CliRun.of("load", docs.toString(), "--db", tmp.resolve("ffdb").toString(), "--fail-fast");
        assertEquals(1, run.exit());
        assertEquals(0, graphs(tmp.resolve("ffdb")).size(), run.err());
    }

    @Test
    void loadingAgainReportsUnchangedAndAChangedFileReplacesItsGraph() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("inc"));
        Files.writeString(docs.resolve("a.txt"), MINUTES);
        Files.write(docs.resolve("b.pdf"), Fixtures.pdf(MINUTES.replace("noted", "approved")));
        Path db = tmp.resolve("incdb"), report = tmp.resolve("inc.csv");
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString()).exit());
        List<Node> first = graphs(db);
        CliRun again = CliRun.of("load", docs.toString(), "--db", db.toString(), "--report", report.toString());
        assertEquals(0, again.exit());
        assertTrue(again.err().contains("0 loaded, 2 unchanged"), again.err());
        assertEquals(2, Files.readAllLines(report).stream().filter(l -> l.contains(",unchanged,")).count());
        assertEquals(first, graphs(db));

        Files.writeString(docs.resolve("a.txt"), MINUTES.replace("noted", "deferred"));
        CliRun changed = CliRun.of("load", docs.toString(), "--db", db.toString());
        assertTrue(changed.err().contains("1 loaded, 1 unchanged"), changed.err());
        assertEquals(2, graphs(db).size(), "the old graph of a.txt is gone");
        assertNotEquals(first, graphs(db));
    }

    @Test
    void aManifestGivesMetadataAndASidecarWinsOverIt() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("man/sub"));
        Files.writeString(docs.resolve("a.txt"), "RESOLVED that the report be noted.\n");
        Files.writeString(docs.resolve("b.txt"), "RESOLVED that the plan be approved.\n");
        Files.writeString(docs.resolve("manifest.csv"), "file,committee,meetingDate,council\n"
                + "a.txt,Cabinet,2018-02-15,E06000004\nb.txt,Cabinet,2018-02-15,E06000004\n");
        Files.writeString(docs.resolve("b.meta.json"), "{\"committee\": \"Children's Services Select Committee\"}");
        Path out = tmp.resolve("man.nq");
        CliRun run = CliRun.of("convert", tmp.resolve("man").toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        String nq = Files.readString(out);
        assertTrue(nq.contains("\"Cabinet\""), "a's committee from the manifest");
        assertTrue(nq.contains("Children's Services Select Committee"), "b's sidecar wins");
        assertTrue(nq.contains("2018-02-15"), "b keeps the manifest's date");

        Files.writeString(docs.resolve("manifest.csv"), "file,committe\na.txt,Cabinet\n");
        CliRun bad = CliRun.of("convert", docs.toString(), "-o", tmp.resolve("bad.nq").toString());
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("manifest.csv") && bad.err().contains("committe"), bad.err());
    }

    @Test
    void pruneRemovesTheGraphsOfFilesNoLongerPresent() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("pr"));
        Files.writeString(docs.resolve("a.txt"), MINUTES);
        Path gone = Files.writeString(docs.resolve("b.txt"), "RESOLVED that the plan be approved.\n");
        Path db = tmp.resolve("prdb");
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString()).exit());
        assertEquals(2, graphs(db).size());
        Files.delete(gone);
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString()).exit());
        assertEquals(2, graphs(db).size(), "without --prune nothing is removed");
        CliRun run = CliRun.of("load", docs.toString(), "--db", db.toString(), "--prune");
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("pruned " + gone.toAbsolutePath()), run.err());
        assertEquals(1, graphs(db).size());
    }

    @Test
    void aReaderQueryingDuringALoadNeverSeesHalfADocument() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("rd"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(docs.resolve("m" + i + ".txt"), "Cabinet Meeting 15 February 2018\n\nItem " + i + ": Report " + i + "\n\n"
                    + "RESOLVED that the report " + i + " be noted.\n\nRESOLVED that the plan " + i + " be approved.\n");
        }
        Path db = tmp.resolve("rddb");
        assertEquals(0, CliRun.of("load", docs.resolve("m0.txt").toString(), "--db", db.toString()).exit());
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        long perGraph = Txn.calculateRead(dsg, () -> dsg.stream().filter(q -> !q.getGraph().equals(DocumentStore.REGISTER)
                && q.getGraph().getURI().contains("/id/document/")).count());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                Txn.executeRead(dsg, () -> {
                    List<Node> gs = new ArrayList<>();
                    dsg.listGraphNodes().forEachRemaining(gs::add);
                    for (Node g : gs) {
                        if (g.equals(DocumentStore.REGISTER) || !g.getURI().contains("/id/document/")) continue;
                        long n = dsg.stream(g, Node.ANY, Node.ANY, Node.ANY).count();
                        if (n != perGraph) torn.set(g + " has " + n + " quads, expected " + perGraph);
                    }
                });
                reads.incrementAndGet();
            }
        });
        reader.start();
        CliRun run = CliRun.of("load", docs.toString(), "--db", db.toString());
        stop.set(true);
        reader.join();
        assertEquals(0, run.exit(), run.err());
        assertEquals(40, graphs(db).size());
        assertTrue(reads.get() > 1, "the reader ran during the load");
        assertNull(torn.get());
    }
}
