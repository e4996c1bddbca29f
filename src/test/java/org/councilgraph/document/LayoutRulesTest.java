package org.councilgraph.document;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The layout rules every reader follows, checked on small documents built here. */
class LayoutRulesTest {
    private static List<PageLines.Line> page(String... lines) {
        List<PageLines.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) out.add(new PageLines.Line(lines[i], 50 + 14 * i));
        return out;
    }

    @Test
    void linesRepeatingAtTheTopOrBottomOfMostPagesAreDropped() {
        List<List<PageLines.Line>> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            List<String> lines = new ArrayList<>(List.of("Cabinet – 15 February 2018"));
            for (char c = 'a'; c <= 'g'; c++) lines.add("The board discussed item " + p + c + " in some detail.");
            lines.add("Page " + p + " of 4");
            pages.add(page(lines.toArray(String[]::new)));
        }
        pages.get(2).add(4, new PageLines.Line("12", 60));
        int dropped = PageLines.dropRunningLines(pages);
        assertEquals(8, dropped);
        for (List<PageLines.Line> page : pages) {
            assertTrue(page.stream().noneMatch(l -> l.text().startsWith("Cabinet") || l.text().startsWith("Page")), page.toString());
        }
        assertTrue(pages.get(2).stream().anyMatch(l -> l.text().equals("12")), "a number inside the page stays");
    }

    @Test
    void aBarePageNumberAtThePageEdgeIsDroppedEvenOnOnePage() {
        List<List<PageLines.Line>> pages = new ArrayList<>(List.of(page("Text of the only page.", "- 3 -")));
        assertEquals(1, PageLines.dropRunningLines(pages));
    }

    @Test
    void hyphenationAtLineEndsIsRepairedButRealHyphensAreKept() {
        assertEquals(List.of("the safeguarding", "partnership met."), PageLines.repairHyphenation(List.of("the safe-", "guarding partnership met.")));
        assertEquals(List.of("a multi-agency", "plan."), PageLines.repairHyphenation(List.of("a multi-", "agency plan.")));
        assertEquals(List.of("the well-being", "of children."), PageLines.repairHyphenation(List.of("the well-", "being of children.")));
        // spelt with a hyphen elsewhere in the paragraph: keep it
        assertEquals(List.of("step-down cases and step-down", "plans."), PageLines.repairHyphenation(List.of("step-down cases and step-", "down plans.")));
        // "Pre- and post-" style ellipsis: the next line starts upper case, nothing is joined
        assertEquals(List.of("Reports -", "Children"), PageLines.repairHyphenation(List.of("Reports -", "Children")));
    }

    @Test
    void docxBulletsNumberingAndTablesAreLaidOut() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger bullets = numbering.addNum(numbering.addAbstractNum(abstractNum(0, STNumberFormat.BULLET)));
            BigInteger decimal = numbering.addNum(numbering.addAbstractNum(abstractNum(1, STNumberFormat.DECIMAL)));
            doc.createParagraph().createRun().setText("RESOLVED that:");
            for (String s : new String[]{"the report be noted;", "the plan be approved."}) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(bullets);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(s);
            }
            for (String s : new String[]{"First step", "Second step"}) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(decimal);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(s);
            }
            XWPFTable t = doc.createTable(2, 3);
            String[][] cells = {{"Indicator", "2023", "2024"}, {"Children in care", "384", "402"}};
            for (int r = 0; r < 2; r++) for (int c = 0; c < 3; c++) t.getRow(r).getCell(c).setText(cells[r][c]);
            doc.createHeaderFooterPolicy().createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT.toInt() == 0
                    ? org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT : org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT)
                    .createParagraph().createRun().setText("OFFICIAL – running header");
            doc.createParagraph().createRun().setText("After the table.");
            doc.write(out);
            bytes = out.toByteArray();
        }
        String text = new DocxDocumentReader().extract(Path.of("t.docx"), bytes).text();
        assertEquals("RESOLVED that:\n\n• the report be noted;\n• the plan be approved.\n1. First step\n2. Second step\n\n"
                + "Indicator\t2023\t2024\nChildren in care\t384\t402\n\nAfter the table.\n", text);
    }

    private static XWPFAbstractNum abstractNum(int id, STNumberFormat.Enum format) {
        CTAbstractNum ct = CTAbstractNum.Factory.newInstance();
        ct.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = ct.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%1.");
        return new XWPFAbstractNum(ct);
    }

    @Test
    void plainHtmlKeepsParagraphsListsAndTablesAndDropsNavigation() throws Exception {
        String html = "<html><head><title>t</title><style>p{}</style></head><body><nav>Home | Contact</nav><header>Site</header>"
                + "<h1>Cabinet Meeting 15 February 2018</h1><p>The report was\n   considered.</p><ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>"
                + "<table><tr><th>Area</th><th>Grade</th></tr><tr><td>Overall</td><td>Good</td></tr></table><p>A<br>B</p>"
                + "<script>alert(1)</script><footer>© 2025</footer></body></html>";
        String text = new HtmlDocumentReader().extract(Path.of("p.html"), html.getBytes(StandardCharsets.UTF_8)).text();
        assertEquals("Cabinet Meeting 15 February 2018\n\nThe report was considered.\n\n• one\n• two\n  • nested\n\n"
                + "Area\tGrade\nOverall\tGood\n\nA\n\nB\n", text);
    }

    @Test
    void aSizeIsParsedWithItsUnit() {
        assertEquals(40L * 1024 * 1024, DocumentReaders.parseSize("40MB"));
        assertEquals(512L * 1024, DocumentReaders.parseSize("512k"));
        assertEquals(1000, DocumentReaders.parseSize("1000"));
        assertThrows(IllegalArgumentException.class, () -> DocumentReaders.parseSize("lots"));
    }
}
