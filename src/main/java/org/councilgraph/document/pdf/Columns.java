package org.councilgraph.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading order of a page set in two columns: where a stretch of lines leaves a gutter down the
 * middle of the page that none of them crosses, and both sides hold prose, the left column is read
 * before the right. Lines that cross the gutter (a title, a full-width table) keep their place.
 */
public final class Columns {
    /** Lines with text on both sides of the gutter needed before a page counts as two columns. */
    private static final int MIN_SPLIT_LINES = 4;
    /** Average words per run on each side that makes it prose rather than a table's cells. */
    private static final double PROSE_WORDS = 4;

    private Columns() {}

    /** The page's lines in reading order; each stretch of two columns as its left lines then its right lines. */
    public static List<List<PdfLine>> flows(List<PdfLine> page) {
        Double gutter = gutter(page);
        if (gutter == null) return List.of(page);
        List<List<PdfLine>> out = new ArrayList<>();
        List<PdfLine> leftSide = new ArrayList<>(), rightSide = new ArrayList<>(), full = new ArrayList<>();
        for (PdfLine l : page) {
            if (crosses(l, gutter)) {
                if (!leftSide.isEmpty() || !rightSide.isEmpty()) {
                    addIfAny(out, leftSide);
                    addIfAny(out, rightSide);
                    leftSide = new ArrayList<>();
                    rightSide = new ArrayList<>();
                }
                full.add(l);
                continue;
            }
            addIfAny(out, full);
            full = new ArrayList<>();
            List<Run> left = l.runs().stream().filter(r -> r.x1() <= gutter).toList();
            List<Run> right = l.runs().stream().filter(r -> r.x0() >= gutter).toList();
            if (!left.isEmpty()) leftSide.add(l.withRuns(left));
            if (!right.isEmpty()) rightSide.add(new PdfLine(right, right.get(0).y(), l.size()));
        }
        addIfAny(out, full);
        addIfAny(out, leftSide);
        addIfAny(out, rightSide);
        return out;
    }

    private static void addIfAny(List<List<PdfLine>> out, List<PdfLine> lines) {
        if (!lines.isEmpty()) out.add(lines);
    }

    private static boolean crosses(PdfLine l, double x) {
        for (Run r : l.runs()) {
            if (crosses(r, x)) return true;
        }
        return false;
    }

    private static boolean crosses(Run r, double x) {
        return r.x0() < x && r.x1() > x;
    }

    /**
     * The x of a gutter in the middle third of the page's text that splits enough lines of prose on
     * both sides. Candidates are tried every 2 points, so each pass over the page only counts.
     */
    private static Double gutter(List<PdfLine> page) {
        if (page.size() < MIN_SPLIT_LINES) return null;
        double left = page.stream().mapToDouble(PdfLine::x0).min().orElse(0);
        double right = page.stream().mapToDouble(PdfLine::x1).max().orElse(0);
        double width = right - left;
        Double best = null;
        int bestSplit = 0;
        for (double x = left + width / 3; x <= left + 2 * width / 3; x += 2) {
            Split s = split(page, x);
            int lines = Math.min(s.leftLines, s.rightLines);
            if (lines >= MIN_SPLIT_LINES && 2 * lines >= s.crossing && s.prose() && lines > bestSplit) {
                best = x;
                bestSplit = lines;
            }
        }
        return best;
    }

    /** How the page's lines fall either side of a candidate gutter at x, or across it. */
    private static Split split(List<PdfLine> page, double x) {
        Split s = new Split();
        for (PdfLine l : page) {
            if (crosses(l, x)) {
                s.crossing++;
                continue;
            }
            int leftRuns = 0, rightRuns = 0;
            for (Run r : l.runs()) {
                if (r.x1() <= x) {
                    leftRuns++;
                    s.leftWords += r.words().size();
                }
                if (r.x0() >= x) {
                    rightRuns++;
                    s.rightWords += r.words().size();
                }
            }
            if (leftRuns > 0) s.leftLines++;
            if (rightRuns > 0) s.rightLines++;
            s.leftRuns += leftRuns;
            s.rightRuns += rightRuns;
        }
        return s;
    }

    private static final class Split {
        int leftLines, rightLines, crossing;
        double leftWords, rightWords, leftRuns, rightRuns;

        boolean prose() {
            return leftRuns > 0 && rightRuns > 0 && leftWords / leftRuns >= PROSE_WORDS && rightWords / rightRuns >= PROSE_WORDS;
        }
    }
}
