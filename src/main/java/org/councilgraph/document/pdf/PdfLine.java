package org.councilgraph.document.pdf;

import java.util.List;

/**
 * A line of a PDF page: its runs left to right, the baseline of its first glyph (points from the top
 * of the page) and its type size (the glyphs' size on the page, whatever the matrices that scale it).
 */
public record PdfLine(List<Run> runs, double y, double size) {
    public double x0() { return runs.get(0).x0(); }
    public double x1() { return runs.get(runs.size() - 1).x1(); }
    public double space() { return runs.get(0).space(); }

    /** The width of the line's first word, to tell whether it would have fitted on the line above. */
    public double firstWordWidth() {
        Word w = runs.get(0).words().get(0);
        return w.x1() - w.x0();
    }

    /** The text as prose: runs joined by a space, or by a tab where the gap is as wide as a cell break. */
    public String text() {
        StringBuilder s = new StringBuilder(runs.get(0).text());
        for (int i = 1; i < runs.size(); i++) {
            double gap = runs.get(i).x0() - runs.get(i - 1).x1();
            s.append(gap > Math.max(3 * space(), 0.9 * size) ? '\t' : ' ').append(runs.get(i).text());
        }
        return s.toString();
    }

    public PdfLine withRuns(List<Run> rs) { return new PdfLine(List.copyOf(rs), y, size); }
}
