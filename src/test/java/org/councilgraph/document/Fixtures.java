package org.councilgraph.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilgraph.extract.TextLayout;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders plain text into the formats councils publish, for tests and the seeds-as-formats bench:
 * a PDF with a running header, a footer and page numbers on every page; a DOCX with one paragraph
 * per block; a ModernGov-style HTML page. None of them is a copy of a published page.
 */
public final class Fixtures {
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Pattern ITEM_HEADING = Pattern.compile("^\\d{1,3}[a-z]?\\s+[A-Z‘“'\"(].{3,250}$");
    private static final Pattern SECTION = Pattern.compile("^(?:Minutes|Decision|Additional documents)\\s*:$");

    /** Type size of table rows, small enough for a wide header row to fit the page. */
    private static final float TABLE_SIZE = 4.5f;

    private Fixtures() {}

    /** A PDF of {@code text}: its lines as they are (long ones wrapped), a blank line's gap between blocks. */
    public static byte[] pdf(String text) throws IOException {
        return pdf(text, true);
    }

    public static byte[] pdf(String text, boolean runningLines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = FONT.isFile() ? PDType0Font.load(doc, FONT) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = new ArrayList<>();
            for (String raw : text.split("\n", -1)) {
                String line = FONT.isFile() ? raw : raw.replaceAll("[^\\x20-\\x7E\\u00A0-\\u00FF•’‘“”–—\\t]", "?");
                if (line.contains("\t")) lines.add(line); // a table row: cells set side by side, never wrapped
                else {
                    String indent = line.substring(0, line.length() - line.stripLeading().length());
                    for (String w : wrap(line.strip(), 95 - indent.length())) lines.add(indent + w);
                }
            }
            java.util.Map<String, float[]> columns = columnStarts(lines, font);
            float size = 10, leading = 13, top = 780, bottom = 70;
            List<List<String>> pages = new ArrayList<>();
            List<String> page = new ArrayList<>();
            float y = top;
            for (String l : lines) {
                if (y < bottom) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = top;
                    if (l.isBlank()) continue;
                }
                page.add(l);
                y -= leading;
            }
            pages.add(page);
            for (int i = 0; i < pages.size(); i++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    if (runningLines) {
                        show(cs, font, 8, 50, 815, "Children and Young People Committee – Public reports pack");
                        show(cs, font, 8, 290, 40, "Page " + (i + 1) + " of " + pages.size());
                    }
                    float yy = top;
                    for (String l : pages.get(i)) {
                        if (l.contains("\t")) {
                            String[] cells = l.strip().split("\t");
                            float[] xs = columns.get(l);
                            for (int c = 0; c < cells.length; c++) show(cs, font, TABLE_SIZE, xs[c], yy, cells[c]);
                        } else if (!l.isBlank()) {
                            int indent = l.length() - l.stripLeading().length();
                            show(cs, font, size, 50 + indent * 15, yy, l.strip());
                        }
                        yy -= leading;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Where each cell of a table row starts: a table's rows (consecutive tab lines) share their columns. */
    private static java.util.Map<String, float[]> columnStarts(List<String> lines, PDFont font) throws IOException {
        java.util.Map<String, float[]> out = new java.util.HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).contains("\t")) { i++; continue; }
            int j = i;
            float[] widths = new float[64];
            while (j < lines.size() && lines.get(j).contains("\t")) {
                String[] cells = lines.get(j).strip().split("\t");
                for (int c = 0; c < cells.length && c < widths.length; c++) widths[c] = Math.max(widths[c], font.getStringWidth(cells[c]) / 1000 * TABLE_SIZE);
                j++;
            }
            float[] xs = new float[widths.length];
            xs[0] = 50;
            for (int c = 1; c < xs.length; c++) xs[c] = xs[c - 1] + widths[c - 1] + 14;
            for (int k = i; k < j; k++) out.put(lines.get(k), xs);
            i = j;
        }
        return out;
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) cut = width;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /** A DOCX with one paragraph per block of {@code text} (list markers kept as typed), tab lines as table rows. */
    public static byte[] docx(String text) throws IOException {
        TextLayout layout = new TextLayout(text);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.xwpf.usermodel.XWPFTable table = null;
            int previousEnd = -1;
            for (TextLayout.Block b : layout.blocks()) {
                String raw = text.substring(lineStart(text, b.start()), b.end());
                if (raw.contains("\t") && !raw.contains("\n")) {
                    String[] cells = raw.strip().split("\t");
                    boolean nextRow = table != null && !text.substring(previousEnd, b.start()).contains("\n\n");
                    if (!nextRow) {
                        table = doc.createTable(1, cells.length);
                        for (int c = 0; c < cells.length; c++) table.getRow(0).getCell(c).setText(cells[c]);
                    } else {
                        var row = table.createRow();
                        for (int c = 0; c < cells.length && c < row.getTableCells().size(); c++) row.getCell(c).setText(cells[c]);
                    }
                    previousEnd = b.end();
                    continue;
                }
                table = null;
                XWPFParagraph p = doc.createParagraph();
                if (b.isListItem() && b.indent() > 0) p.setIndentationLeft(360 * (1 + b.indent()));
                p.createRun().setText(layout.flat(b.start(), b.end()).replaceAll("\\s+", " ").strip());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A ModernGov-style page of {@code text}: a main title, item headings as {@code mgAiTitleTxt},
     * "Minutes:"/"Decision:" as {@code mgSectionTitle}, other blocks as paragraphs in {@code mgWordPara}.
     */
    public static String moderngov(String title, String text) {
        TextLayout layout = new TextLayout(text);
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><script>var x = 1;</script></head><body>")
                .append("<div id=\"mgHeader\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/mgListCommittees.aspx\">Committees</a></li></ul></nav></div>")
                .append("<div id=\"modgov\"><div class=\"mgContent\"><h1 class=\"mgMainTitleTxt\">").append(esc(title)).append("</h1>\n");
        boolean inTable = false;
        java.util.Deque<Integer> lists = new java.util.ArrayDeque<>();
        for (TextLayout.Block b : layout.blocks()) {
            String s = layout.flat(b.start(), b.end()).replaceAll("\\s+", " ").strip();
            String raw = text.substring(lineStart(text, b.start()), b.end());
            boolean row = raw.contains("\t") && !raw.contains("\n");
            if (inTable && !row) {
                h.append("</table>\n");
                inTable = false;
            }
            if (!b.isListItem()) while (!lists.isEmpty()) { lists.pop(); h.append("</ul>\n"); }
            if (row) {
                if (!inTable) h.append("<table class=\"mgStatsTable\">");
                inTable = true;
                h.append("<tr>");
                for (String c : raw.strip().split("\t")) h.append("<td>").append(esc(c)).append("</td>");
                h.append("</tr>\n");
            } else if (b.isListItem()) {
                // a second-level bullet ("o", "◦") nests like an indented item, as Word's list levels do
                int depth = b.indent() + ("o".equals(b.marker()) || "◦".equals(b.marker()) ? 1 : 0);
                while (!lists.isEmpty() && lists.peek() > depth) { lists.pop(); h.append("</ul>\n"); }
                if (lists.isEmpty() || lists.peek() < depth) { lists.push(depth); h.append("<ul>\n"); }
                h.append("<li>").append(esc(layout.content(b).replaceAll("\\s+", " ").strip())).append("</li>\n");
            } else if (SECTION.matcher(s).matches()) {
                h.append("<h2 class=\"mgSectionTitle\">").append(esc(s)).append("</h2>\n");
            } else if (ITEM_HEADING.matcher(s).matches() && !s.endsWith(".")) {
                h.append("<p class=\"mgAiTitleTxt\">").append(esc(s)).append("</p>\n");
            } else {
                h.append("<div class=\"mgWordPara\"><p>").append(esc(s)).append("</p></div>\n");
            }
        }
        if (inTable) h.append("</table>\n");
        while (!lists.isEmpty()) { lists.pop(); h.append("</ul>\n"); }
        return h.append("</div></div><div class=\"mgFooter\"><footer>© Council 2025</footer></div></body></html>").toString();
    }

    private static int lineStart(String text, int pos) { return text.lastIndexOf('\n', pos - 1) + 1; }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
