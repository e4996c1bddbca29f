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
        return l.runs().stream().anyMatch(r -> r.x0() < x && r.x1() > x);
    }

    /** The x of a gutter in the middle third of the page's text that splits enough lines of prose on both sides. */
    private static Double gutter(List<PdfLine> page) {
        if (page.size() < MIN_SPLIT_LINES) return null;
        double left = page.stream().mapToDouble(PdfLine::x0).min().orElse(0);
        double right = page.stream().mapToDouble(PdfLine::x1).max().orElse(0);
        double width = right - left;
        Double best = null;
        int bestSplit = 0;
        for (double x = left + width / 3; x <= left + 2 * width / 3; x += 2) {
            final double g = x;
            int leftLines = 0, rightLines = 0, crossing = 0;
            double leftWords = 0, rightWords = 0, leftRuns = 0, rightRuns = 0;
            for (PdfLine l : page) {
                if (crosses(l, g)) {
                    crossing++;
                    continue;
                }
                List<Run> ls = l.runs().stream().filter(r -> r.x1() <= g).toList();
                List<Run> rs = l.runs().stream().filter(r -> r.x0() >= g).toList();
                if (!ls.isEmpty()) leftLines++;
                if (!rs.isEmpty()) rightLines++;
                leftRuns += ls.size();
                rightRuns += rs.size();
                leftWords += ls.stream().mapToInt(r -> r.words().size()).sum();
                rightWords += rs.stream().mapToInt(r -> r.words().size()).sum();
            }
            int split = Math.min(leftLines, rightLines);
            boolean prose = leftRuns > 0 && rightRuns > 0 && leftWords / leftRuns >= PROSE_WORDS && rightWords / rightRuns >= PROSE_WORDS;
            if (split >= MIN_SPLIT_LINES && 2 * split >= crossing && prose && split > bestSplit) {
                best = g;
                bestSplit = split;
            }
        }
        return best;
    }
}
