package org.councilgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.IsoMatcher;
import org.councilgraph.convert.DocumentConverter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files: each {@code src/test/resources/golden/NAME.txt} converts to a graph isomorphic to
 * {@code NAME.ttl}. After a reviewed change to the rules, regenerate with
 * {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and read the diff before committing.
 */
class GoldenFilesTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everyGoldenDocumentConvertsToItsExpectedGraph() throws Exception {
        DocumentConverter converter = new DocumentConverter(new Iris(Iris.DEFAULT_BASE));
        List<Path> docs;
        try (Stream<Path> files = Files.list(DIR)) {
            docs = files.filter(DocumentConverter::isDocument).sorted().toList();
        }
        return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            Model actual = converter.convert(doc).graph();
            Path expectedFile = DIR.resolve(doc.getFileName().toString().replaceFirst("\\.[^.]+$", ".ttl"));
            if (Boolean.getBoolean("golden.update") || !Files.exists(expectedFile)) {
                try (OutputStream out = Files.newOutputStream(expectedFile)) {
                    RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
                }
                if (!Boolean.getBoolean("golden.update")) fail("wrote missing golden file " + expectedFile + "; review and commit it");
                return;
            }
            Model expected = RDFDataMgr.loadModel(expectedFile.toString());
            if (!IsoMatcher.isomorphic(expected.getGraph(), actual.getGraph())) {
                fail("graph differs from " + expectedFile + "\nexpected but missing:\n" + diff(expected.getGraph(), actual.getGraph())
                        + "\nnot expected:\n" + diff(actual.getGraph(), expected.getGraph()));
            }
        }));
    }

    private static String diff(Graph a, Graph b) {
        return a.find().toList().stream().filter(t -> !b.contains(t)).map(Triple::toString).sorted()
                .map(s -> "  " + s).collect(Collectors.joining("\n"));
    }
}
