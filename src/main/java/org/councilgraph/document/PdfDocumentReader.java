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
                paragraph.add(line.text());
                prev = line;
            }
        }
        out.lines(PageLines.repairHyphenation(paragraph));
        return out.build();
    }

    /** Collects each page's lines with the baseline of their first glyph instead of writing text. */
    private static final class LineCollector extends PDFTextStripper {
        final List<List<PageLines.Line>> pages = new ArrayList<>();
        private List<PageLines.Line> page;
        private final StringBuilder line = new StringBuilder();
        private float y = Float.NaN, size;

        LineCollector() { super(); }

        @Override protected void startPage(PDPage p) {
            page = new ArrayList<>();
            pages.add(page);
        }

        @Override protected void endPage(PDPage p) { flush(); }

        @Override protected void writeString(String text, List<TextPosition> positions) {
            if (line.length() == 0 && !positions.isEmpty()) {
                y = positions.get(0).getYDirAdj();
                size = positions.get(0).getFontSizeInPt();
            }
            line.append(text);
        }

        @Override protected void writeWordSeparator() { line.append(' '); }
        @Override protected void writeLineSeparator() { flush(); }
        @Override protected void writeParagraphStart() {}
        @Override protected void writeParagraphEnd() {}
        @Override protected void writePageStart() {}
        @Override protected void writePageEnd() { flush(); }

        private void flush() {
            String s = LaidOutText.squash(line.toString());
            if (!s.isEmpty() && page != null) page.add(new PageLines.Line(s, y, size));
            line.setLength(0);
            y = Float.NaN;
        }
    }
}
