package org.councilgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.councilgraph.Seeds;
import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.rdf.Iris;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConvertCommandTest {
    @TempDir static Path tmp;
    static Path seedsNq;

    @BeforeAll
    static void convertSeeds() {
        assumeTrue(Seeds.present(), "seed corpus not beside the checkout");
        seedsNq = tmp.resolve("seeds.nq");
        CliRun run = CliRun.of("convert", Seeds.corpus().toString(), "-o", seedsNq.toString());
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void seedOutputParsesWithJenaAndRdf4jToTheSameGraph() throws Exception {
        DatasetGraph jena = RDFDataMgr.loadDatasetGraph(seedsNq.toString());
        org.eclipse.rdf4j.model.Model rdf4j;
        try (InputStream in = Files.newInputStream(seedsNq)) {
            rdf4j = Rio.parse(in, "", RDFFormat.NQUADS);
        }
        assertTrue(rdf4j.size() > 200, "expected a substantial graph, got " + rdf4j.size());
        long jenaQuads = jena.stream().count();
        assertEquals(jenaQuads, rdf4j.size());
        assertEquals(5, org.apache.jena.atlas.iterator.Iter.count(jena.listGraphNodes()), "one named graph per seed document");
    }

    @Test
    void everyOutputFormatRoundTripsThroughRdf4jAndJena() throws Exception {
        for (String ext : new String[]{"ttl", "nt", "jsonld", "trig"}) {
            Path out = tmp.resolve("seeds." + ext);
            CliRun run = CliRun.of("convert", Seeds.corpus().toString(), "-o", out.toString());
            assertEquals(0, run.exit(), run.err());
            RDFFormat rioFormat = Rio.getParserFormatForFileName(out.toString()).orElseThrow();
            org.eclipse.rdf4j.model.Model viaRio;
            try (InputStream in = Files.newInputStream(out)) {
                viaRio = Rio.parse(in, "", rioFormat);
            }
            // write with RDF4J, read back with Jena: the same graph
            Path again = tmp.resolve("again." + ext);
            try (var os = Files.newOutputStream(again)) {
                Rio.write(viaRio, os, rioFormat);
            }
            DatasetGraph a = RDFDataMgr.loadDatasetGraph(out.toString());
            DatasetGraph b = RDFDataMgr.loadDatasetGraph(again.toString());
            assertTrue(IsoMatcher.isomorphic(a, b), "round trip through RDF4J changed the " + ext + " graph");
            assertTrue(Models.isomorphic(viaRio, viaRio));
        }
    }

    @Test
    void convertingTwiceGivesIsomorphicOutput() {
        Path second = tmp.resolve("second.nq");
        assertEquals(0, CliRun.of("convert", Seeds.corpus().toString(), "-o", second.toString()).exit());
        assertTrue(IsoMatcher.isomorphic(RDFDataMgr.loadDatasetGraph(seedsNq.toString()), RDFDataMgr.loadDatasetGraph(second.toString())));
    }

    @Test
    void convertingTwiceGivesTheSameBytesAlthoughDocumentsAreConvertedInParallel() throws Exception {
        Path second = tmp.resolve("second-bytes.nq");
        assertEquals(0, CliRun.of("convert", Seeds.corpus().toString(), "-o", second.toString()).exit());
        assertEquals(-1L, Files.mismatch(seedsNq, second), "the output's bytes depend on thread timing");
    }

    /**
     * N-Quads are written document by document as each is converted: every document's graph comes out with
     * the lines the whole dataset in memory would write, each subject's lines together, the graphs in input
     * order, and nothing else.
     */
    @Test
    void streamedNQuadsHoldEachGraphAsTheInMemoryDatasetWouldInInputOrder() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Seeds.corpus())) {
            files = list.filter(DocumentConverter::isDocument).sorted().toList();
        }
        DocumentConverter converter = new DocumentConverter(new Iris(Iris.DEFAULT_BASE));
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        List<String> inputOrder = new ArrayList<>();
        all.executeWrite(() -> {
            for (Path f : files) {
                DocumentConverter.Converted c;
                try {
                    c = converter.convert(f);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                Node g = NodeFactory.createURI(c.graphName());
                inputOrder.add("<" + c.graphName() + ">");
                c.graph().getGraph().find().forEachRemaining(t -> all.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        RDFDataMgr.write(inMemory, all, org.apache.jena.riot.RDFFormat.NQUADS);

        Map<String, List<String>> expected = byGraph(inMemory.toString(StandardCharsets.UTF_8));
        Map<String, List<String>> streamed = byGraph(Files.readString(seedsNq));
        assertEquals(inputOrder, List.copyOf(streamed.keySet()), "graphs in input order, each in one block");
        for (String g : inputOrder) {
            assertEquals(sorted(expected.get(g)), sorted(streamed.get(g)), "the lines of " + g);
            assertSubjectsTogether(streamed.get(g));
        }
        assertEquals(expected.keySet(), streamed.keySet());
    }

    private static List<String> sorted(List<String> lines) { return lines.stream().sorted().toList(); }

    private static void assertSubjectsTogether(List<String> lines) {
        Set<String> done = new HashSet<>();
        String last = null;
        for (String line : lines) {
            String subject = line.substring(0, line.indexOf(' '));
            assertTrue(subject.equals(last) || done.add(subject), "the lines of " + subject + " are not together");
            last = subject;
        }
    }

    /** The lines of N-Quads by graph, graphs in order of first appearance; fails if a graph's lines are not together. */
    private static Map<String, List<String>> byGraph(String nquads) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String last = null;
        for (String line : nquads.split("\n")) {
            String[] parts = line.split(" ");
            String g = parts[parts.length - 2];
            assertTrue(g.equals(last) || !out.containsKey(g), "the lines of " + g + " are not together");
            out.computeIfAbsent(g, k -> new ArrayList<>()).add(line);
            last = g;
        }
        return out;
    }

    @Test
    void theFirstBadFileInInputOrderIsTheOneReported() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 24; i++) {
            Files.writeString(dir.resolve(String.format("doc-%02d.txt", i)), "Cabinet Meeting " + (1 + i) + " March 2021\n\nRESOLVED that report "
                    + i + " be noted.\n");
        }
        Files.write(dir.resolve("doc-05-bad.txt"), new byte[0]);
        Files.write(dir.resolve("doc-19-bad.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Path out = tmp.resolve("many.nq");
        CliRun run = CliRun.of("convert", dir.toString(), "-o", out.toString());
        assertNotEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("doc-05-bad.txt"), run.err());
        assertFalse(run.err().contains("doc-19-bad.txt"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void outputHasNoBlankNodes() {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(seedsNq.toString());
        assertEquals(0, dsg.stream().filter(q -> q.getSubject().isBlank() || q.getObject().isBlank()).count());
    }

    @Test
    void aDifferentBaseUriMintsEveryIriUnderIt() {
        Path out = tmp.resolve("based.nt");
        assertEquals(0, CliRun.of("convert", Seeds.corpus().toString(), "-o", out.toString(), "--base-uri", "https://data.example.org/cg/").exit());
        Model m = RDFDataMgr.loadModel(out.toString());
        assertTrue(m.listSubjects().toList().stream().allMatch(s -> s.getURI().startsWith("https://data.example.org/cg/id/")));
    }

    // --- bad input: one clear line naming the file, a non-zero exit, nothing written ---

    private static void assertRefused(Path input, String problem) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "bad");
        Path out = dir.resolve("out.nq");
        CliRun run = CliRun.of("convert", input.toString(), "-o", out.toString());
        assertNotEquals(0, run.exit());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, "one line: " + run.err());
        assertTrue(lines[0].contains(input.getFileName().toString().replace(".txt", "")), "names the file: " + lines[0]);
        assertTrue(lines[0].contains(problem), "says '" + problem + "': " + lines[0]);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing half-written");
        }
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path f = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        assertRefused(f, "empty file");
    }

    @Test
    void binaryJunkIsRefused() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);
        Path f = Files.write(tmp.resolve("junk.txt"), junk);
        assertRefused(f, "UTF-8");
    }

    @Test
    void controlCharactersMakeABinaryFile() throws Exception {
        Path f = Files.write(tmp.resolve("controls.txt"), "abc\u0000\u0001\u0002def".getBytes(StandardCharsets.UTF_8));
        assertRefused(f, "binary");
    }

    @Test
    void invalidUtf8IsRefusedWithItsOffset() throws Exception {
        byte[] latin1 = "Children\u2019s services in Stockton Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(tmp.resolve("latin1.txt"), latin1);
        assertRefused(f, "not valid UTF-8");
    }

    @Test
    void aMalformedSidecarIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("sidecar-bad.txt"), "RESOLVED that the report be noted.");
        Files.writeString(tmp.resolve("sidecar-bad.meta.json"), "{\"council\": \"E06000004\",");
        assertRefused(f, "malformed JSON");
    }

    @Test
    void anUnknownSidecarKeyIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("sidecar-key.txt"), "RESOLVED that the report be noted.");
        Files.writeString(tmp.resolve("sidecar-key.meta.json"), "{\"councill\": \"E06000004\"}");
        assertRefused(f, "unknown sidecar key 'councill'");
    }

    @Test
    void aBadSidecarDateIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("sidecar-date.txt"), "RESOLVED that the report be noted.");
        Files.writeString(tmp.resolve("sidecar-date.meta.json"), "{\"meetingDate\": \"15/02/2018\"}");
        assertRefused(f, "meetingDate");
    }

    @Test
    void anUnknownCouncilCodeIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("council-code.txt"), "RESOLVED that the report be noted.");
        Files.writeString(tmp.resolve("council-code.meta.json"), "{\"council\": \"E06999999\"}");
        assertRefused(f, "unknown council code 'E06999999'");
    }

    @Test
    void oneBadFileInAFolderLeavesNoOutputForTheOthers() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(dir.resolve("a-good.txt"), "Cabinet Meeting 15 February 2018\n\nRESOLVED that the report be noted.\n");
        Files.write(dir.resolve("b-bad.txt"), new byte[0]);
        assertRefused(dir, "empty file");
    }

    @Test
    void anUnknownOutputExtensionIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("fine.txt"), "RESOLVED that the report be noted.");
        CliRun run = CliRun.of("convert", f.toString(), "-o", tmp.resolve("out.xyz").toString());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("unknown output format"), run.err());
    }

    @Test
    void explainPrintsEveryFactWithItsRuleAndQuoteAndWritesNothing() throws Exception {
        Path f = Files.writeString(tmp.resolve("explained.txt"),
                "Cabinet Meeting 15 February 2018\n\nRESOLVED that the annual report be noted.\n");
        CliRun run = CliRun.of("convert", "--explain", f.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("== explained.txt"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("#\\d+ decision  .*") && l.contains("annual report be noted")), run.out());
        assertTrue(run.out().contains("[decision") && run.out().contains("\"RESOLVED that the annual report be noted.\""), run.out());
        try (Stream<Path> files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("explained.") && !p.toString().endsWith(".txt")));
        }
    }

    @Test
    void withoutOutputOrExplainConvertIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("no-output.txt"), "RESOLVED that the report be noted.");
        CliRun run = CliRun.of("convert", f.toString());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("--output"), run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[]{"convert", "load", "query"}) {
            CliRun run = CliRun.of(cmd, "--help");
            assertEquals(0, run.exit());
            assertTrue(run.out().contains("Usage: councilgraph " + cmd), run.out());
        }
    }
}
