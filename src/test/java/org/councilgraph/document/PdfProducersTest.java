package org.councilgraph.document;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.query.QueryRunner;
import org.councilgraph.rdf.Iris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * PDFs of the project's own pages (src/test/resources/pdf/*.html) as Chromium and LibreOffice print
 * them (make-fixtures.sh there regenerates them): tables with and without borders come out as rows
 * of cells whose figures are found, two columns are read one after the other, lines wrapped at the
 * margin are joined, and paragraphs that cross a page break stay whole.
 */
class PdfProducersTest {
    private static final Path DIR = Path.of("src/test/resources/pdf");

    private static final String PROVIDERS = """
            Area\t% of providers rated Outstanding\t% of providers rated Good\t% of providers rated Requiring Improvement\t% of providers rated Inadequate
            National\t15%\t79%\t5%\t1%
            West Midlands\t18%\t77%\t4%\t1%
            Shropshire\t22%\t73%\t4%\t1%
            """;
    private static final String PLANS = """
            Indicator\t2023\t2024
            Number of children subject to a child protection plan\t212\t198
            Number of children in care\t402\t417
            """;

    @TempDir Path tmp;

    private static String text(String file) throws Exception {
        Path p = DIR.resolve(file);
        return new PdfDocumentReader().extract(p, Files.readAllBytes(p)).text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tables.chromium.pdf", "tables.libreoffice.pdf"})
    void tablesWithAndWithoutBordersAreRowsOfCellsWithWrappedCellsJoined(String file) throws Exception {
        String text = text(file);
        // the borderless table's header cells wrap over two to five lines and "West Midlands" over two
        assertTrue(text.contains("\n\n" + PROVIDERS + "\n"), text);
        // the ruled table's first label wraps onto a second line inside its row
        assertTrue(text.contains("\n\n" + PLANS + "\n"), text);
        assertTrue(text.contains("outstanding providers is set out below.\n\n"), text);
        assertTrue(text.endsWith("The Cabinet noted the report.\n"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tables.chromium.pdf", "tables.libreoffice.pdf"})
    void figuresInATableOfAPdfAreFoundAsInItsTextWithTheYearOfTheirColumn(String file) throws Exception {
        String rows = indicators(DIR.resolve(file));
        for (String expected : List.of("E92000001,early-years-providers-pct,outstanding,,15", "E12000005,early-years-providers-pct,good,,77",
                "E06000051,early-years-providers-pct,requires-improvement,,4", "E06000051,children-in-care,,2023,402",
                "E06000051,children-in-care,,2024,417", "E06000051,child-protection-plans,,2023,212", "E06000051,child-protection-plans,,2024,198")) {
            assertTrue(rows.contains(expected), expected + " in\n" + rows);
        }
        assertEquals(rows.lines().count(), rows.lines().distinct().count(), rows);
        assertFalse(rows.contains("E12000005,early-years-providers-pct,outstanding,,15"), "no figure under another area: " + rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page-break.chromium.pdf", "page-break.libreoffice.pdf"})
    void aParagraphThatCrossesAPageBreakStaysOneParagraph(String file) throws Exception {
        String text = text(file);
        List<String> blocks = Arrays.asList(text.strip().split("\n\n"));
        assertEquals("Minutes of the Children and Young People Committee", blocks.get(0).replace('\n', ' '));
        assertEquals(16, blocks.size(), text);
        for (int i = 1; i <= 14; i++) {
            String b = blocks.get(i).replace('\n', ' ');
            assertTrue(b.startsWith(i + ". Members ") && b.endsWith("set out the budget for the year ahead."), b);
        }
        assertTrue(pageCount(file) >= 2);
        String rows = indicators(DIR.resolve(file));
        assertTrue(rows.contains("child-protection-plans,,2024-09,233"), rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"columns.chromium.pdf"})
    void twoColumnsAreReadOneAfterTheOther(String file) throws Exception {
        String text = text(file);
        // lines wrapped at the column's edge are one line again; the four paragraphs stay four
        assertEquals(5, text.strip().split("\n\n").length, text);
        assertTrue(text.contains("\nThe left column opens the summary. Members received the quarterly performance report from the director, who explained"), text);
        String flat = text.replace('\n', ' ');
        int left = flat.indexOf("The left column opens the summary."), right = flat.indexOf("The right column begins here");
        assertTrue(left > 0 && right > left, flat);
        assertTrue(flat.contains("most families were now seen within ten working days of a referral."), flat);
        assertTrue(flat.contains("The number of children in care was 318 at the end of the quarter, which the director described as stable"), flat);
        assertTrue(flat.contains("the chair thanked officers for their work across the service during a demanding year for every family and school."), flat);
        assertTrue(indicators(DIR.resolve(file)).contains("children-in-care,,,318"));
    }

    private static int pageCount(String file) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(DIR.resolve(file)))) {
            return pdf.getNumberOfPages();
        }
    }

    /** The figures query's rows for one PDF, without the document column, values as integers where they are. */
    private String indicators(Path file) throws Exception {
        var c = new DocumentConverter(new Iris(Iris.DEFAULT_BASE)).convert(file);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var name = NodeFactory.createURI(c.graphName());
        c.graph().getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        Path nq = tmp.resolve(file.getFileName() + ".nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(QueryRunner.open(nq), Files.readString(Path.of("queries", "indicators.rq")), QueryRunner.Format.CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).map(r -> r.substring(r.indexOf(',') + 1).replaceAll("\\.0(?=,)", ""))
                .sorted().collect(Collectors.joining("\n"));
    }
}
