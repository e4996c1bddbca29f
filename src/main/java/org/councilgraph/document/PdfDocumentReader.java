package org.councilgraph.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF through PDFBox, line by line with positions: running headers and footers and bare page
 * numbers dropped ({@link PageLines#dropRunningLines}), paragraphs found from the vertical gaps
 * between lines, line breaks inside a paragraph kept (TextLayout joins them) and words hyphenated
 * at a line end repaired ({@link PageLines#repairHyphenation}).
 */
public final class PdfDocumentReader implements DocumentReader {
    /** A line gap this many times the document's usual line spacing starts a new paragraph. */
    private static final double PARAGRAPH_GAP = 1.45;

    @Override public String mediaType() { return "application/pdf"; }

    @Override
    public Extracted extract(Path file, byte[] bytes) throws DocumentException {
        List<List<PageLines.Line>> pages;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) throw new DocumentException(file, "PDF has no pages");
            LineCollector collector = new LineCollector();
            collector.setSortByPosition(true);
            collector.writeText(pdf, Writer.nullWriter());
            pages = collector.pages;
        } catch (InvalidPasswordException e) {
            throw new DocumentException(file, "encrypted PDF: it needs a password to open; ask for an unprotected copy");
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file, "not a readable PDF (" + Formats.oneLine(e) + ")");
        }
        if (pages.stream().allMatch(p -> p.stream().allMatch(l -> l.text().isBlank()))) {
            throw new DocumentException(file, "PDF has no text layer (" + pages.size()
                    + " page(s) of images only, a scan?); run OCR on it first");
        }
        List<String> warnings = new ArrayList<>();
        int dropped = PageLines.dropRunningLines(pages);
        if (dropped > 0) warnings.add("dropped " + dropped + " running header/footer/page-number line(s)");
        long empty = pages.stream().filter(List::isEmpty).count();
        if (empty > 0) warnings.add(empty + " page(s) without text (images only?)");
        return new Extracted(layOut(pages), warnings);
    }

    static String layOut(List<List<PageLines.Line>> pages) {
        double spacing = PageLines.usualSpacing(pages);
        double margin = pages.stream().flatMap(List::stream).mapToDouble(PageLines.Line::x).filter(v -> v > 0).min().orElse(0);
        LaidOutText out = new LaidOutText();
        List<String> paragraph = new ArrayList<>();
        for (List<PageLines.Line> page : pages) {
            PageLines.Line prev = null;
            for (PageLines.Line line : page) {
                if (prev != null && !paragraph.isEmpty()) {
                    double gap = line.y() - prev.y();
                    if (gap > spacing * PARAGRAPH_GAP || gap < -spacing * 0.5) {
                        out.lines(PageLines.repairHyphenation(paragraph));
                        paragraph.clear();
                    }
                }
                paragraph.add(indented(line, margin));
                prev = line;
            }
        }
        out.lines(PageLines.repairHyphenation(paragraph));
        return out.build();
    }

    /** A list item set in from the margin keeps its nesting as leading spaces (one level per 1.5 em). */
    private static String indented(PageLines.Line line, double margin) {
        double em = line.size() > 0 ? line.size() : 10;
        int levels = (int) Math.round((line.x() - margin) / (1.5 * em));
        if (levels <= 0 || !LIST_MARKER.matcher(line.text()).find()) return line.text();
        return LaidOutText.LEVEL_INDENT.repeat(levels) + line.text();
    }

    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile(
            "^(?:[•·▪◦●\\-–*]|o(?=\\s)|\\(?[a-z][.)]|\\(?[ivx]{1,4}[.)]|\\(?\\d{1,2}[.)])\\s+");

    /** Collects each page's lines with the baseline of their first glyph instead of writing text. */
    private static final class LineCollector extends PDFTextStripper {
        final List<List<PageLines.Line>> pages = new ArrayList<>();
        private List<PageLines.Line> page;
        private final StringBuilder line = new StringBuilder();
        private float y = Float.NaN, x, size, lastEnd = Float.NaN;

        LineCollector() { super(); }

        @Override protected void startPage(PDPage p) {
            page = new ArrayList<>();
            pages.add(page);
        }

        @Override protected void endPage(PDPage p) { flush(); }

        @Override protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty()) {
                line.append(text);
                return;
            }
            TextPosition first = positions.get(0);
            if (line.length() == 0) {
                y = first.getYDirAdj();
                x = first.getXDirAdj();
                size = first.getFontSizeInPt();
            } else if (!Float.isNaN(lastEnd)) {
                // a gap much wider than a space separates table cells: keep it as a tab
                float space = first.getWidthOfSpace() > 0 ? first.getWidthOfSpace() : first.getFontSizeInPt() * 0.25f;
                if (first.getXDirAdj() - lastEnd > Math.max(3 * space, first.getFontSizeInPt() * 0.9f)) {
                    if (line.charAt(line.length() - 1) == ' ') line.setLength(line.length() - 1);
                    line.append('\t');
                }
            }
            line.append(text);
            TextPosition last = positions.get(positions.size() - 1);
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }

        @Override protected void writeWordSeparator() { line.append(' '); }
        @Override protected void writeLineSeparator() { flush(); }
        @Override protected void writeParagraphStart() {}
        @Override protected void writeParagraphEnd() {}
        @Override protected void writePageStart() {}
        @Override protected void writePageEnd() { flush(); }

        private void flush() {
            String s = LaidOutText.squashLine(line.toString()).strip();
            if (!s.isEmpty() && page != null) page.add(new PageLines.Line(s, y, size, x));
            line.setLength(0);
            y = Float.NaN;
            lastEnd = Float.NaN;
        }
    }
}
