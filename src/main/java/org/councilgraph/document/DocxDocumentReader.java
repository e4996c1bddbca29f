package org.councilgraph.document;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word 2007+ (.docx) through POI's XWPF: body paragraphs in order, numbered and bulleted paragraphs
 * as list items (decimal numbering as "1. ", everything else as "• "), tables row by row. Page
 * headers and footers live outside the body and are left out. A package that would expand past
 * {@link ExpandedSize}'s limits is refused before it is parsed.
 */
public final class DocxDocumentReader implements DocumentReader {
    @Override public String mediaType() { return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"; }

    @Override
    public Extracted extract(Path file, byte[] bytes) throws DocumentException {
        ExpandedSize.check(file, bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            LaidOutText out = new LaidOutText();
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) paragraph(p, out, counters);
                else if (e instanceof XWPFTable t) table(t, out);
                else if (e instanceof XWPFSDT sdt) out.paragraph(sdt.getContent().getText());
            }
            if (out.isEmpty()) throw new DocumentException(file, "Word document has no text");
            return new Extracted(out.build());
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file, "not a readable .docx (" + Formats.oneLine(e) + ")");
        }
    }

    /** A hand-typed list marker at the start of a paragraph: "•", "-", "a.", "ii.", "3)". */
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile(
            "^\\s*(?:[" + ListMarkers.BULLETS + "\\-–*]|\\(?[a-z][.)]|\\(?[ivx]{1,4}[.)]|\\(?\\d{1,2}[.)])\\s+");
    /** Word's usual indent step (0.25 inch) per list level. */
    private static final int TWIPS_PER_LEVEL = 360;

    private static void paragraph(XWPFParagraph p, LaidOutText out, Map<String, Integer> counters) {
        String text = p.getText();
        BigInteger numId = p.getNumID();
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
        if (numId != null) {
            String fmt = p.getNumFmt() == null ? "bullet" : p.getNumFmt();
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            if (fmt.equals("decimal")) {
                int n = counters.merge(numId + "/" + level, 1, Integer::sum);
                out.listItem(level, n + ". ", text);
            } else {
                out.listItem(level, LaidOutText.BULLET, text);
            }
        } else if (style.contains("listbullet") || style.contains("list bullet")) {
            out.listItem(text);
        } else if (p.getIndentationLeft() > 0 && MARKER.matcher(text).find()) {
            // a list typed by hand ("i. …") and indented: keep the marker as typed and the nesting
            out.listItem(p.getIndentationLeft() / TWIPS_PER_LEVEL, "", text);
        } else {
            out.paragraph(text);
        }
    }

    private static void table(XWPFTable t, LaidOutText out) {
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell c : row.getTableCells()) cells.add(c.getText());
            out.row(cells);
        }
    }
}
