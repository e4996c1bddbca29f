package org.councilgraph.document.pdf;

import org.councilgraph.document.ListMarkers;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects each page's lines as PDFBox groups them (sorted by position), keeping every word's extent
 * so that table cells and columns can be found from where the text sits. A line is cut into runs at a
 * gap wider than one and a half spaces, and also where the producer started a new text object
 * without a space glyph between, but only on lines that otherwise set their spaces as glyphs (on the
 * others every word is its own object and such a cut means nothing).
 */
public final class PageCollector extends PDFTextStripper {
    /** A lone list marker or paragraph number set apart from its text, joined back to it. */
    private static final Pattern MARKER = Pattern.compile(
            "^(?:[" + ListMarkers.BULLETS + "\\-–—*]|o|\\(?[a-z][.)]|\\(?[ivx]{1,4}[.)]|\\(?\\d{1,2}[.)]|\\d{1,2}(?:\\.\\d{1,2})+\\.?)$");

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page;
    private final List<Run> runs = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private double wordX0, lastEnd = Double.NaN, y, size, runY, runSize, runSpace;
    private boolean lineHasSpaceGlyph, lastWasSpace, separated, runSoft;

    private PageCollector() {
        super();
        setSortByPosition(true);
    }

    /** The lines of every page of {@code pdf}, top to bottom. */
    public static List<List<PdfLine>> lines(PDDocument pdf) throws IOException {
        PageCollector c = new PageCollector();
        c.writeText(pdf, Writer.nullWriter());
        return c.pages;
    }

    @Override protected void startPage(PDPage p) {
        page = new ArrayList<>();
        pages.add(page);
    }

    @Override protected void endPage(PDPage p) { flushLine(); }

    @Override protected void writeString(String text, List<TextPosition> positions) {
        boolean first = true;
        for (TextPosition tp : positions) {
            glyph(tp, first && separated);
            first = false;
        }
        separated = false;
    }

    private void glyph(TextPosition tp, boolean afterSeparator) {
        String u = unligated(tp.getUnicode());
        double x0 = tp.getXDirAdj(), x1 = x0 + tp.getWidthDirAdj();
        double sp = tp.getWidthOfSpace() > 0 ? tp.getWidthOfSpace() : sizeOf(tp) * 0.25;
        if (runs.isEmpty() && words.isEmpty() && word.length() == 0) {
            y = tp.getYDirAdj();
            size = sizeOf(tp);
        }
        boolean started = !Double.isNaN(lastEnd);
        boolean wide = started && x0 - lastEnd > 1.5 * sp;
        boolean soft = started && afterSeparator && !lastWasSpace && !wide;
        if (u == null || u.isBlank()) {
            endWord();
            if (started) lineHasSpaceGlyph = true;
            lastWasSpace = true;
            lastEnd = Math.max(lastEnd, x1);
            return;
        }
        if (wide || soft) {
            endRun();
            runSoft = soft;
        } else if (afterSeparator) {
            endWord();
        }
        if (word.length() == 0) {
            wordX0 = x0;
            if (words.isEmpty()) {
                runSpace = sp;
                runY = tp.getYDirAdj();
                runSize = sizeOf(tp);
            }
        }
        word.append(u);
        lastEnd = Double.isNaN(lastEnd) ? x1 : Math.max(x1, x0 + 0.01);
        lastWasSpace = false;
    }

    /** "ﬁ", "ﬂ" and the other presentation forms as the letters they stand for, as PDFBox's own text does. */
    private static String unligated(String u) {
        if (u == null || u.isEmpty()) return u;
        char c = u.charAt(0);
        boolean presentation = (c >= '\uFB00' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
        return presentation ? Normalizer.normalize(u, Normalizer.Form.NFKC) : u;
    }

    private static double sizeOf(TextPosition tp) {
        double s = Math.abs(tp.getYScale());
        return s > 0.5 ? s : tp.getFontSizeInPt();
    }

    private void endWord() {
        if (word.length() > 0) words.add(new Word(word.toString(), wordX0, lastEnd));
        word.setLength(0);
    }

    private void endRun() {
        endWord();
        if (!words.isEmpty()) runs.add(new Run(List.copyOf(words), runY, runSize, runSpace, runSoft));
        words.clear();
        runSoft = false;
    }

    @Override protected void writeWordSeparator() { separated = true; }
    @Override protected void writeLineSeparator() { flushLine(); }
    @Override protected void writeParagraphStart() {}
    @Override protected void writeParagraphEnd() {}
    @Override protected void writePageStart() {}
    @Override protected void writePageEnd() { flushLine(); }

    private void flushLine() {
        endRun();
        if (!runs.isEmpty() && page != null) page.add(new PdfLine(tidy(runs, lineHasSpaceGlyph), y, size));
        runs.clear();
        lastEnd = Double.NaN;
        lineHasSpaceGlyph = false;
        lastWasSpace = false;
        separated = false;
    }

    /** Soft cuts undone on lines without space glyphs; a lone marker joined to the run after it. */
    static List<Run> tidy(List<Run> in, boolean softCutsCount) {
        List<Run> out = new ArrayList<>();
        for (Run r : in) {
            Run prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean join = prev != null && ((r.soft() && !softCutsCount)
                    || (out.size() == 1 && prev.words().size() == 1 && MARKER.matcher(prev.text()).matches()
                        && (r.words().size() >= 3 || !Character.isDigit(r.text().charAt(0)))));
            if (join) out.set(out.size() - 1, prev.joined(r));
            else out.add(r);
        }
        return out;
    }
}
