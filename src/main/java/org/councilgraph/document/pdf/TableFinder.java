package org.councilgraph.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds tables among the lines of one column of a page, after Tabula's two methods. Stream (no
 * borders): a run of lines cut into several runs whose extents leave gutters that no line crosses;
 * the gutters are the column breaks. Lattice (borders): where horizontal rulings cross the table, the
 * bands between them are its rows; otherwise rows come from the lines, a line joining the row above
 * when its cells sit beside that row's (a cell set in the middle of a taller row) or when it only
 * carries on the words of that row's cells (a wrapped header). Everything else stays a line of prose.
 */
public final class TableFinder {
    /** Lines further apart than this many times their size do not belong to one table. */
    private static final double ROW_GAP = 3.0;
    /** A cell whose baseline is this close (in sizes) to another column's cell sits beside it, in the same row. */
    private static final double BESIDE = 0.7;
    /** A line this close (in sizes) under a row, carrying only words, continues the row's cells. */
    private static final double WRAPPED = 1.2;
    /** Single-run lines (a cell wrapped onto its own line) allowed between two lines of cells. */
    private static final int MAX_SINGLE = 3;
    private static final Pattern VALUE = Pattern.compile("^[-+]?[£$€]?\\d[\\d,.]*\\s*%?$");

    private TableFinder() {}

    /** The lines in order, with each table found among them in place of its lines (as a {@link PdfTable}). */
    public static List<Object> find(List<PdfLine> lines, List<PageGraphics.Rule> rules) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = regionEnd(lines, i);
            PdfTable table = null;
            // the longest stretch from i that reads as a table (a caption or a paragraph may have joined it)
            for (; end > i && table == null; end--) {
                if (lines.get(end).runs().size() >= 2) table = table(lines.subList(i, end + 1), rules);
                if (table != null) break;
            }
            if (table != null) {
                out.add(table);
                i = end + 1;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /** The last line of the table that may start at {@code i} (i itself when none can). */
    private static int regionEnd(List<PdfLine> lines, int i) {
        if (lines.get(i).runs().size() < 2) return i;
        int end = i;
        int k = i + 1;
        while (k < lines.size()) {
            int next = k;
            while (next < lines.size() && next - k < MAX_SINGLE && lines.get(next).runs().size() < 2 && close(lines.get(next - 1), lines.get(next))
                    && !acrossGutters(lines.get(next), lines.get(end))) next++;
            if (next < lines.size() && lines.get(next).runs().size() >= 2 && close(lines.get(next - 1), lines.get(next))) {
                end = next;
                k = next + 1;
            } else {
                break;
            }
        }
        return end;
    }

    /** A line set across the gaps between the cells of a table line: prose, not a wrapped cell. */
    private static boolean acrossGutters(PdfLine single, PdfLine cells) {
        Run r = single.runs().get(0);
        for (int c = 1; c < cells.runs().size(); c++) {
            if (r.x0() < cells.runs().get(c - 1).x1() && r.x1() > cells.runs().get(c).x0()) return true;
        }
        return false;
    }

    private static boolean close(PdfLine a, PdfLine b) {
        double gap = b.y() - a.y();
        return gap > -0.5 && gap <= ROW_GAP * Math.max(a.size(), b.size());
    }

    /** A run placed in a column. */
    private record Cell(int line, int column, Run run) {}

    private static PdfTable table(List<PdfLine> region, List<PageGraphics.Rule> rules) {
        List<double[]> columns = columns(region);
        if (columns.size() < 2) return null;
        List<Cell> cells = new ArrayList<>();
        for (int l = 0; l < region.size(); l++) {
            int before = cells.size();
            for (Run r : region.get(l).runs()) place(l, r, columns, cells);
            // cells that do not line up (two of one line in one column): gaps, not a table
            if (cells.subList(before, cells.size()).stream().map(Cell::column).distinct().count() < cells.size() - before) return null;
        }
        long linesOfCells = cells.stream().mapToInt(Cell::line).distinct()
                .filter(l -> cells.stream().filter(c -> c.line() == l).map(Cell::column).distinct().count() >= 2).count();
        if (linesOfCells < 2) return null;
        int[] rowOf = rows(region, cells, rules, columns);
        int rowCount = java.util.Arrays.stream(rowOf).max().orElse(0) + 1;
        List<List<List<Cell>>> grid = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<List<Cell>> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) row.add(new ArrayList<>());
            grid.add(row);
        }
        for (int i = 0; i < cells.size(); i++) grid.get(rowOf[i]).get(cells.get(i).column()).add(cells.get(i));
        List<List<String>> rows = new ArrayList<>();
        for (List<List<Cell>> row : grid) {
            List<String> texts = row.stream().map(TableFinder::text).toList();
            if (texts.stream().anyMatch(t -> !t.isEmpty())) rows.add(texts);
        }
        return new PdfTable(rows, region.get(0).y(), region.get(region.size() - 1).y());
    }

    /** A cell's pieces top to bottom, left to right; a word cut between two pieces on one baseline is joined. */
    private static String text(List<Cell> pieces) {
        List<Run> runs = pieces.stream().map(Cell::run)
                .sorted(Comparator.comparingDouble((Run r) -> Math.round(r.y() / (0.3 * r.size()))).thenComparingDouble(Run::x0)).toList();
        StringBuilder cell = new StringBuilder();
        Run prev = null;
        for (Run r : runs) {
            boolean touching = prev != null && Math.abs(r.y() - prev.y()) < 0.3 * r.size() && r.x0() - prev.x1() < 0.5 * r.space();
            if (touching) cell.append(r.text());
            else append(cell, r.text());
            prev = r;
        }
        return cell.toString();
    }

    /** A cell's lines joined with a space, or without the hyphen where a word was broken across them. */
    private static void append(StringBuilder cell, String text) {
        int n = cell.length();
        if (n == 0) cell.append(text);
        else if (n >= 2 && cell.charAt(n - 1) == '-' && Character.isLetter(cell.charAt(n - 2))
                && !text.isEmpty() && Character.isLowerCase(text.charAt(0))) cell.setLength(n - 1);
        else cell.append(' ');
        if (n > 0) cell.append(text);
    }

    /**
     * Column extents: the runs of the body's lines first, each run widening the column it
     * overlaps or starting one; a run that would bridge two columns (a header over several) is left out,
     * as are single-run lines, so that a spanning title cannot join two columns.
     */
    private static List<double[]> columns(List<PdfLine> region) {
        // body rows first (most cells, most figures, widest), so that a header centred over its column widens it
        List<PdfLine> lines = region.stream().filter(l -> l.runs().size() >= 2)
                .sorted(Comparator.comparingInt((PdfLine l) -> -l.runs().size())
                        .thenComparingLong(l -> -l.runs().stream().filter(r -> VALUE.matcher(r.text()).matches()).count())
                        .thenComparingDouble(l -> -l.runs().stream().mapToDouble(r -> r.x1() - r.x0()).sum())).toList();
        List<double[]> cols = new ArrayList<>();
        for (PdfLine l : lines) {
            for (Run r : l.runs()) {
                List<double[]> hit = cols.stream().filter(c -> r.x0() <= c[1] + 0.5 && r.x1() >= c[0] - 0.5).toList();
                if (hit.isEmpty()) cols.add(new double[]{r.x0(), r.x1()});
                else if (hit.size() == 1) {
                    hit.get(0)[0] = Math.min(hit.get(0)[0], r.x0());
                    hit.get(0)[1] = Math.max(hit.get(0)[1], r.x1());
                }
            }
        }
        cols.sort(Comparator.comparingDouble(c -> c[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] c : cols) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c[0] <= last[1] + 0.5) last[1] = Math.max(last[1], c[1]);
            else merged.add(c);
        }
        return merged;
    }

    /**
     * Places a run in the column it overlaps most; a run that overlaps several columns (cells the
     * producer set without a gap between) is split between them word by word, a word in a gutter
     * staying with the word before it.
     */
    private static void place(int line, Run r, List<double[]> columns, List<Cell> out) {
        long overlapped = columns.stream().filter(c -> Math.min(r.x1(), c[1]) - Math.max(r.x0(), c[0]) > 0).count();
        if (overlapped <= 1) {
            out.add(new Cell(line, column(r.x0(), r.x1(), columns), r));
            return;
        }
        TreeMap<Integer, List<Word>> byColumn = new TreeMap<>();
        int current = -1;
        for (Word w : r.words()) {
            int c = column(w.x0(), w.x1(), columns);
            boolean inGutter = Math.min(w.x1(), columns.get(c)[1]) - Math.max(w.x0(), columns.get(c)[0]) <= 0;
            if (!inGutter || current < 0) current = c;
            byColumn.computeIfAbsent(current, k -> new ArrayList<>()).add(w);
        }
        for (var e : byColumn.entrySet()) out.add(new Cell(line, e.getKey(), new Run(e.getValue(), r.y(), r.size(), r.space(), r.soft())));
    }

    private static int column(double x0, double x1, List<double[]> columns) {
        int best = 0;
        double bestOverlap = -Double.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            double overlap = Math.min(x1, columns.get(c)[1]) - Math.max(x0, columns.get(c)[0]);
            if (overlap > bestOverlap + 1e-6) {
                best = c;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /**
     * The row of each cell: from rulings where the table has them (the bands between them), else the
     * cells that sit beside one another (baselines closer than {@link #BESIDE} sizes, in different
     * columns) and the lines of one wrapped cell (words, one under the other in a column) form a row.
     */
    private static int[] rows(List<PdfLine> region, List<Cell> cells, List<PageGraphics.Rule> rules, List<double[]> columns) {
        double left = columns.get(0)[0], right = columns.get(columns.size() - 1)[1];
        double size = region.get(0).size();
        double top = region.get(0).y() - 2 * size, bottom = region.get(region.size() - 1).y() + size;
        List<Double> ys = rules.stream()
                .filter(r -> r.y() > top && r.y() < bottom && Math.min(r.x1(), right) - Math.max(r.x0(), left) >= 0.5 * (right - left))
                .map(PageGraphics.Rule::y).sorted().toList();
        int n = cells.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Cell a = cells.get(i), b = cells.get(j);
                boolean same = ys.size() >= 2 ? band(a, ys) == band(b, ys) : together(a, b, cells);
                if (same) parent[find(parent, i)] = find(parent, j);
            }
        }
        // rows numbered top to bottom by their highest cell
        TreeMap<Double, Integer> topOfRoot = new TreeMap<>();
        java.util.Map<Integer, Double> rootTop = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) rootTop.merge(find(parent, i), cells.get(i).run().y(), Math::min);
        List<Integer> roots = rootTop.keySet().stream().sorted(Comparator.comparingDouble(rootTop::get)).toList();
        int[] rowOf = new int[n];
        for (int i = 0; i < n; i++) rowOf[i] = roots.indexOf(find(parent, i));
        return rowOf;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static int band(Cell c, List<Double> ys) {
        double cellTop = c.run().y() - 0.7 * c.run().size();
        return (int) ys.stream().filter(y -> y < cellTop).count();
    }

    private static boolean together(Cell a, Cell b, List<Cell> cells) {
        double dy = Math.abs(a.run().y() - b.run().y()), size = Math.max(a.run().size(), b.run().size());
        if (a.column() != b.column()) return dy < BESIDE * size;
        if (dy < 0.3 * size) return true;
        boolean words = !isValue(a) && !isValue(b);
        return words && dy <= WRAPPED * size && !ownFigures(a.run().y() < b.run().y() ? a : b, a.run().y() < b.run().y() ? b : a, cells);
    }

    /** The lower label has figures beside it that the upper has not: two rows set close, not one label wrapped. */
    private static boolean ownFigures(Cell upper, Cell lower, List<Cell> cells) {
        double size = lower.run().size();
        return cells.stream().anyMatch(c -> c.column() != lower.column() && isValue(c)
                && Math.abs(c.run().y() - lower.run().y()) < BESIDE * size && Math.abs(c.run().y() - upper.run().y()) >= BESIDE * size);
    }

    private static boolean isValue(Cell c) { return VALUE.matcher(c.run().text()).matches(); }

}
