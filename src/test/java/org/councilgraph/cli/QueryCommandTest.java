package org.councilgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The canned queries run over a file and over a store and give the same rows. */
class QueryCommandTest {
    @TempDir Path tmp;

    private static String capture(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, CliRun.of(args).exit());
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void decisionsReadTheSameFromAFileAndFromAStore() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("cabinet.txt"), "Cabinet Meeting 15 February 2018\n\nRESOLVED that the Sufficiency Strategy be approved.\n");
        Files.writeString(docs.resolve("cabinet.meta.json"), "{\"council\": \"E06000004\", \"documentType\": \"decision-record\"}");
        Path nq = tmp.resolve("out.nq");
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.of("convert", docs.toString(), "-o", nq.toString()).exit());
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString()).exit());
        String fromFile = capture("query", "queries/decisions.rq", "--data", nq.toString(), "--format", "csv");
        String fromStore = capture("query", "queries/decisions.rq", "--data", db.toString(), "--format", "csv");
        assertEquals(fromFile, fromStore);
        assertTrue(fromFile.startsWith("document,council_code,committee,meeting_date,decision_text"), fromFile);
        assertTrue(fromFile.contains("E06000004,Cabinet,2018-02-15,the Sufficiency Strategy be approved"), fromFile);
    }

    @Test
    void theStoresPrivateRegisterIsNotVisibleToQueries() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("reg"));
        Files.writeString(docs.resolve("a.txt"), "AGREED that the report be noted.\n");
        Path db = tmp.resolve("regdb");
        assertEquals(0, CliRun.of("load", docs.toString(), "--db", db.toString()).exit());
        Path q = Files.writeString(tmp.resolve("reg.rq"), "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH <urn:x-councilgraph:register> { ?s ?p ?o } } UNION { ?s <https://w3id.org/councilgraph/def#loadedAs> ?o } }");
        String csv = capture("query", q.toString(), "--data", db.toString(), "--format", "csv");
        assertEquals("n\r\n0\r\n", csv.replace("\n", "\r\n").replace("\r\r", "\r"));
    }

    @Test
    void everyCannedQueryRunsAndHasAHeader() throws Exception {
        Path nq = Files.writeString(tmp.resolve("empty.nq"), "");
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String text = Files.readString(q);
                assertTrue(text.startsWith("# title:"), q + " opens with a # title: header");
                assertTrue(text.contains("# columns:"), q + " lists its columns");
                String columns = text.lines().filter(l -> l.startsWith("# columns:")).findFirst().orElseThrow()
                        .substring("# columns:".length()).strip();
                String csv = capture("query", q.toString(), "--data", nq.toString(), "--format", "csv");
                assertEquals(columns.replace(" ", ""), csv.lines().findFirst().orElse(""), q + " result columns");
            }
        }
    }
}
