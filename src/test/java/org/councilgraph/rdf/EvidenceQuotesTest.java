package org.councilgraph.rdf;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.councilgraph.Seeds;
import org.councilgraph.convert.DocumentConverter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every fact's quote is found verbatim at its offsets (counted in code points) in its document. */
class EvidenceQuotesTest {
    private static final String EVIDENCE = """
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX cg: <https://w3id.org/councilgraph/def#>
            SELECT ?fact ?exact ?start ?end WHERE {
              ?fact cg:evidence ?ev .
              ?ev oa:hasSelector ?q, ?p .
              ?q oa:exact ?exact .
              ?p oa:start ?start ; oa:end ?end .
            }""";

    @Test
    void everyQuoteOfEverySeedFactIsVerbatimAtItsOffsets() throws Exception {
        assumeTrue(Seeds.present());
        DocumentConverter converter = new DocumentConverter(new Iris(Iris.DEFAULT_BASE));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(Seeds.corpus())) {
            for (Path p : files.filter(DocumentConverter::isDocument).sorted().toList()) {
                DocumentConverter.Converted c = converter.convert(p);
                String text = c.facts().document().text();
                int[] cps = text.codePoints().toArray();
                Model m = c.graph();
                try (QueryExecution qe = QueryExecution.create(EVIDENCE, m)) {
                    var rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        int start = s.getLiteral("start").getInt(), end = s.getLiteral("end").getInt();
                        String exact = s.getLiteral("exact").getString();
                        String at = new String(cps, start, end - start);
                        if (!at.equals(exact)) problems.add(p.getFileName() + " " + s.getResource("fact") + ": '" + exact + "' vs '" + at + "'");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 60, "too few evidence spans: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void offsetsCountCodePointsBeyondTheBasicPlane() throws Exception {
        Path dir = Files.createTempDirectory("astral");
        Path f = Files.writeString(dir.resolve("astral.txt"), "\uD83D\uDE00\uD83D\uDE00 Cabinet Meeting 15 February 2018\n\nAGREED that the report be noted.\n");
        DocumentConverter.Converted c = new DocumentConverter(new Iris(Iris.DEFAULT_BASE)).convert(f);
        try (QueryExecution qe = QueryExecution.create(EVIDENCE, c.graph())) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext());
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                int[] cps = c.facts().document().text().codePoints().toArray();
                int start = s.getLiteral("start").getInt(), end = s.getLiteral("end").getInt();
                assertEquals(s.getLiteral("exact").getString(), new String(cps, start, end - start));
            }
        }
    }
}
