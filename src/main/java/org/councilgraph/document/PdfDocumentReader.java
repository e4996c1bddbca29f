package org.councilgraph.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.councilgraph.document.pdf.Bullets;
import org.councilgraph.document.pdf.Columns;
import org.councilgraph.document.pdf.PageCollector;
import org.councilgraph.document.pdf.PageGraphics;
import org.councilgraph.document.pdf.PdfLine;
import org.councilgraph.document.pdf.PdfTable;
import org.councilgraph.document.pdf.TableFinder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PDF through PDFBox, from where the text sits on the page: running headers and footers and bare
 * page numbers dropped ({@link PageLines#dropRunningLines}); two-column stretches read column by
 * column ({@link Columns}); tables found from aligned gaps and ruling lines and laid out as rows of
 * tab-separated cells ({@link TableFinder}); bullets that are drawn rather than typed put back;
 * paragraphs found from the vertical gaps between lines and from short lines that end a sentence;
 * a paragraph carried on across a column or page break; words hyphenated at a line end repaired.
 */
public final class PdfDocumentReader implements DocumentReader {
    /** A line gap this many times the document's usual line spacing starts a new paragraph. */
    private static final double PARAGRAPH_GAP = 1.45;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"”’')\\]]*$");

    @Override public String mediaType() { return "application/pdf"; }

    @Override
    public Extracted extract(Path file, byte[] bytes) throws DocumentException {
        List<List<PdfLine>> pages;
        List<PageGraphics> graphics = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) throw new DocumentException(file, "PDF has no pages");
            pages = PageCollector.lines(pdf);
            for (PDPage page : pdf.getPages()) graphics.add(PageGraphics.of(page));
        } catch (InvalidPasswordException e) {
            throw new DocumentException(file, "encrypted PDF: it needs a password to open; ask for an unprotected copy");
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file, "not a readable PDF (" + Formats.oneLine(e) + ")");
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new DocumentException(file, "PDF has no text layer (" + graphics.size()
                    + " page(s) of images only, a scan?); run OCR on it first");
        }
        List<String> warnings = new ArrayList<>();
        int dropped = PageLines.dropRunningLines(pages, PdfLine::text);
        if (dropped > 0) warnings.add("dropped " + dropped + " running header/footer/page-number line(s)");
        long empty = pages.stream().filter(List::isEmpty).count();
        if (empty > 0) warnings.add(empty + " page(s) without text (images only?)");
        return new Extracted(layOut(pages, graphics), warnings);
    }

    /** One page's column of lines and tables, in reading order, with the right edge of its text. */
    private record Flow(List<Object> items, double right) {}

    static String layOut(List<List<PdfLine>> pages, List<PageGraphics> graphics) {
        List<Flow> flows = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            PageGraphics g = p < graphics.size() ? graphics.get(p) : null;
            List<PdfLine> page = g == null ? pages.get(p) : Bullets.restore(pages.get(p), g.marks());
            for (List<PdfLine> column : Columns.flows(page)) {
                double right = column.stream().mapToDouble(PdfLine::x1).max().orElse(0);
                flows.add(new Flow(TableFinder.find(column, g == null ? List.of() : g.rules()), right));
            }
        }
        return new Paragraphs(pages).layOut(flows);
    }

    /** Puts lines into paragraphs and tables into rows. */
    private static final class Paragraphs {
        private final double spacing, margin;
        private double listBase = Double.NaN;
        private final LaidOutText out = new LaidOutText();
        private final List<String> paragraph = new ArrayList<>();

        Paragraphs(List<List<PdfLine>> pages) {
            spacing = usualSpacing(pages);
            margin = pages.stream().flatMap(List::stream).mapToDouble(PdfLine::x0).filter(v -> v > 0).min().orElse(0);
        }

        String layOut(List<Flow> flows) {
            PdfLine prev = null;
            Flow prevFlow = null;
            for (Flow flow : flows) {
                boolean newFlow = true;
                for (Object item : flow.items()) {
                    if (item instanceof PdfTable t) {
                        flush();
                        for (List<String> row : t.rows()) out.row(row);
                        prev = null;
                    } else {
                        PdfLine line = (PdfLine) item;
                        if (prev != null && !paragraph.isEmpty() && breaksBefore(prev, prevFlow, line, flow, newFlow)) flush();
                        String text = indented(line, paragraph.isEmpty());
                        if (!paragraph.isEmpty() && wrapped(prev, prevFlow, line)) {
                            // a line the producer wrapped because the next word did not fit: one line again
                            paragraph.set(paragraph.size() - 1, paragraph.get(paragraph.size() - 1) + " " + text);
                        } else {
                            paragraph.add(text);
                        }
                        prev = line;
                        prevFlow = flow;
                    }
                    newFlow = false;
                }
            }
            flush();
            return out.build();
        }

        private void flush() {
            out.lines(PageLines.repairHyphenation(paragraph));
            paragraph.clear();
        }

        /** {@code line} carries on {@code prev}, which ran to the edge: its first word would not have fitted. */
        private static boolean wrapped(PdfLine prev, Flow prevFlow, PdfLine line) {
            String before = prev.text();
            boolean full = prev.x1() + prev.space() + line.firstWordWidth() >= prevFlow.right() - 1;
            return full && !before.endsWith("-") && !before.contains("\t") && !line.text().contains("\t")
                    && !LIST_MARKER.matcher(line.text()).find();
        }

        private boolean breaksBefore(PdfLine prev, Flow prevFlow, PdfLine line, Flow flow, boolean newFlow) {
            String before = prev.text().strip();
            boolean ended = SENTENCE_END.matcher(before).find();
            boolean roomLeft = prev.x1() + prev.space() + line.firstWordWidth() < prevFlow.right() - 1;
            if (newFlow) {
                // a sentence carried over a column or page break: the line above ran to the edge unfinished
                boolean carriesOn = Character.isLowerCase(line.text().charAt(0)) || !roomLeft;
                return ended || !carriesOn || LIST_MARKER.matcher(line.text()).find();
            }
            double gap = line.y() - prev.y();
            // a heading set larger has wider line spacing of its own
            double lineSpacing = Math.max(spacing, Math.min(prev.size(), line.size()) * 1.25);
            if (gap > lineSpacing * PARAGRAPH_GAP || gap < -spacing * 0.5) return true;
            return ended && roomLeft && !LIST_MARKER.matcher(line.text()).find();
        }

        /**
         * A list item keeps its nesting as leading spaces: one level per 1.5 em right of the list's first
         * item (a list's first level sits wherever the producer indents lists).
         */
        private String indented(PdfLine line, boolean startsParagraph) {
            double em = line.size() > 0 ? line.size() : 10;
            String text = line.text();
            boolean item = LIST_MARKER.matcher(text).find();
            if (!item) {
                if (startsParagraph) listBase = Double.NaN;
                return text;
            }
            if (Double.isNaN(listBase) || line.x0() < listBase) listBase = line.x0();
            int levels = (int) Math.round((line.x0() - listBase) / (1.5 * em));
            return levels <= 0 ? text : LaidOutText.LEVEL_INDENT.repeat(levels) + text;
        }
    }

    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[" + ListMarkers.BULLETS + "\\-–*]|o(?=\\s)|\\(?[a-z][.)]|\\(?[ivx]{1,4}[.)]|\\(?\\d{1,2}[.)])\\s+");

    /** The usual distance between the baselines of consecutive lines: the median gap, at most 1.25 times the font size. */
    static double usualSpacing(List<List<PdfLine>> pages) {
        List<Double> gaps = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                sizes.add(page.get(i).size());
                if (i > 0 && page.get(i).y() - page.get(i - 1).y() > 0.5) gaps.add(page.get(i).y() - page.get(i - 1).y());
            }
        }
        sizes.sort(Double::compare);
        // single spacing is about 1.2 times the font size: a short paper of one-line paragraphs has few single gaps
        double single = sizes.isEmpty() ? Double.MAX_VALUE : sizes.get(sizes.size() / 2) * 1.25;
        if (gaps.isEmpty()) return Math.min(14, single);
        gaps.sort(Double::compare);
        return Math.min(gaps.get(gaps.size() / 2), single);
    }
}
