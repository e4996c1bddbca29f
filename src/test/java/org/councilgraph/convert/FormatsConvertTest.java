package org.councilgraph.convert;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Fixtures;
import org.councilgraph.query.QueryRunner;
import org.councilgraph.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A paper published as PDF, DOCX or ModernGov HTML gives the same facts as the same paper in .txt. */
class FormatsConvertTest {
    static final String FILLER = "Members discussed the figures in detail with officers and the discussion continued at some length\n"
            + "with further points raised about capacity across the service in the coming months\n\n";

    static final String MINUTES = "Minutes of the meeting of the Children and Young People Committee held on Tuesday, 4 March 2025\n\n"
            + "Present: Councillor Jane Smith (Chair), Councillor Tom Brown\n\n"
            + "25 Children’s Services Quarterly Monitoring Report (Q2 2025/26)\n\n"
            + "Minutes:\n\n"
            + "The Committee received the performance report for Quarter 2. Martin Jones, Director of Children's Services, presented the report.\n\n"
            + FILLER.repeat(30)
            + "RESOLVED that the report be noted.\n\n"
            + "26 Fostering Service Annual Report\n\n"
            + "Minutes:\n\n"
            + "The Committee considered the annual report of the fostering service.\n\n"
            + "RESOLVED that:\n"
            + "• the annual report be approved; and\n"
            + "• the fostering statement of purpose be endorsed.\n";

    @TempDir Path tmp;

    private final DocumentConverter converter = new DocumentConverter(new Iris(Iris.DEFAULT_BASE));

    /** Rows of the canned queries for one document, without the document column (its IRI names the bytes). */
    private String facts(Path file) throws Exception {
        var c = converter.convert(file);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var name = NodeFactory.createURI(c.graphName());
        c.graph().getGraph().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        Path nq = tmp.resolve(file.getFileName() + ".nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
        }
        DatasetGraph view = QueryRunner.open(nq);
        StringBuilder sb = new StringBuilder();
        for (String q : List.of("meetings", "decisions", "people")) {
            String text = Files.readString(Path.of("queries", q + ".rq"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryRunner.run(view, text, QueryRunner.Format.CSV, out);
            sb.append("# ").append(q).append('\n');
            String[] rows = out.toString(StandardCharsets.UTF_8).split("\\R");
            Arrays.stream(rows).skip(1).map(r -> r.substring(r.indexOf(',') + 1)).sorted().forEach(r -> sb.append(r).append('\n'));
        }
        return sb.toString();
    }

    private String expected() throws Exception {
        String txt = facts(Files.writeString(tmp.resolve("minutes.txt"), MINUTES));
        assertTrue(txt.contains("Fostering Service Annual Report"), txt);
        assertTrue(txt.contains("the annual report be approved"), txt);
        return txt;
    }

    @Test
    void aPdfGivesTheSameFactsAsItsText() throws Exception {
        Path pdf = Files.write(tmp.resolve("minutes.pdf"), Fixtures.pdf(MINUTES));
        assertEquals(expected(), facts(pdf));
    }

    @Test
    void aDocxGivesTheSameFactsAsItsText() throws Exception {
        Path docx = Files.write(tmp.resolve("minutes.docx"), Fixtures.docx(MINUTES));
        assertEquals(expected(), facts(docx));
    }

    @Test
    void aModernGovPageGivesTheSameFactsAsItsText() throws Exception {
        Path html = Files.writeString(tmp.resolve("minutes.html"), Fixtures.moderngov("Minutes", MINUTES));
        assertEquals(expected(), facts(html));
    }

    @Test
    void theExtractedTextIsTheDocumentsTextWithItsMediaType() throws Exception {
        Path pdf = Files.write(tmp.resolve("m.pdf"), Fixtures.pdf(MINUTES));
        var c = converter.convert(pdf);
        assertEquals("application/pdf", c.facts().document().mediaType());
        String text = c.facts().document().text();
        assertFalse(text.contains("Public reports pack"), "running header dropped");
        assertFalse(text.contains("Page 1 of"), "page numbers dropped");
        assertTrue(text.contains("• the annual report be approved; and\n• the fostering"), text);
    }

    @Test
    void aFileOfUnknownTypeIsNotADocument() {
        assertFalse(DocumentConverter.isDocument(Path.of("a.xlsx")));
        for (String ext : new String[]{"txt", "pdf", "docx", "doc", "html", "htm"}) assertTrue(DocumentConverter.isDocument(Path.of("a." + ext)));
    }

    @Test
    void aMisnamedFileIsReadAsWhatItIs() throws Exception {
        Path doc = Files.write(tmp.resolve("really-a-docx.doc"), Fixtures.docx(MINUTES));
        assertEquals(expected(), facts(doc));
        Path fake = Files.writeString(tmp.resolve("fake.pdf"), "just text");
        DocumentException e = assertThrows(DocumentException.class, () -> converter.convert(fake));
        assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
    }
}
