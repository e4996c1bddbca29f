package org.councilgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.councilgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Loading into a real TDB2 store: one graph per document, replacement, all-or-nothing batches. */
class DocumentStoreTest {
    @TempDir Path tmp;

    private static int cli(String... args) {
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private long quads(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }

    private List<Node> graphs(Path db) {
        return DocumentStore.open(db).documentGraphs();
    }

    @Test
    void aChangedDocumentReplacesItsGraphAndReloadingChangesNothing() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path db = tmp.resolve("db");
        Path f = Files.writeString(docs.resolve("minutes.txt"), "Cabinet Meeting 15 February 2018\n\nAGREED that the report be noted.\n");
        assertEquals(0, cli("load", docs.toString(), "--db", db.toString()));
        List<Node> first = graphs(db);
        assertEquals(1, first.size());
        long before = quads(db);

        assertEquals(0, cli("load", docs.toString(), "--db", db.toString()));
        assertEquals(first, graphs(db));
        assertEquals(before, quads(db));

        Files.writeString(f, "Cabinet Meeting 15 February 2018\n\nAGREED that the report be approved.\n");
        assertEquals(0, cli("load", docs.toString(), "--db", db.toString()));
        List<Node> after = graphs(db);
        assertEquals(1, after.size(), "the old graph is gone");
        assertNotEquals(first, after);
    }

    /** Per-document transactions (the semantics): the good files load, the bad one is reported, exit non-zero. */
    @Test
    void aBatchWithABadDocumentLoadsTheGoodOnesAndFails() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs2"));
        Path db = tmp.resolve("db2");
        Files.writeString(docs.resolve("a.txt"), "AGREED that the report be noted.\n");
        assertEquals(0, cli("load", docs.toString(), "--db", db.toString()));
        assertEquals(1, graphs(db).size());
        Files.writeString(docs.resolve("b.txt"), "RESOLVED that the plan be approved.\n");
        Files.write(docs.resolve("c.txt"), new byte[]{(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        assertNotEquals(0, cli("load", docs.toString(), "--db", db.toString()));
        assertEquals(2, graphs(db).size(), "a and b are loaded, c is not");
    }

    @Test
    void rdfFilesAreLoadedAsTheyAre() throws Exception {
        Path db = tmp.resolve("db3");
        Path ttl = Files.writeString(tmp.resolve("extra.ttl"), "<http://example.org/a> <http://example.org/p> \"x\" .\n");
        assertEquals(0, cli("load", ttl.toString(), "--db", db.toString()));
        assertEquals(1, graphs(db).size());
    }
}
