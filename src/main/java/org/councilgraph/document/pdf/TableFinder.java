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
            PdfTable table = end > i ? table(lines.subList(i, end + 1), rules) : null;
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
            while (next < lines.size() && next - k < MAX_SINGLE && lines.get(next).runs().size() < 2 && close(lines.get(next - 1), lines.get(next))) next++;
            if (next < lines.size() && lines.get(next).runs().size() >= 2 && close(lines.get(next - 1), lines.get(next))) {
                end = next;
                k = next + 1;
            } else {
                break;
            }
        }
        return end;
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
        int rowCount = rowOf[rowOf.length - 1] + 1;
        List<List<StringBuilder>> grid = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<StringBuilder> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) row.add(new StringBuilder());
            grid.add(row);
        }
        cells.sort(Comparator.comparingInt(Cell::line).thenComparingDouble(c -> c.run().x0()));
        for (Cell c : cells) append(grid.get(rowOf[c.line()]).get(c.column()), c.run().text());
        List<List<String>> rows = new ArrayList<>();
        for (List<StringBuilder> row : grid) {
            List<String> texts = row.stream().map(StringBuilder::toString).toList();
            if (texts.stream().anyMatch(t -> !t.isEmpty())) rows.add(texts);
        }
        return new PdfTable(rows, region.get(0).y(), region.get(region.size() - 1).y());
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
     * Column extents: the union of the runs of the lines cut into several runs, each stretch the
     * runs overlap one column. Single-run lines are left out so that a spanning title cannot join two.
     */
    private static List<double[]> columns(List<PdfLine> region) {
        List<double[]> spans = new ArrayList<>();
        for (PdfLine l : region) if (l.runs().size() >= 2) for (Run r : l.runs()) spans.add(new double[]{r.x0(), r.x1()});
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> cols = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
            if (last != null && s[0] <= last[1] + 0.5) last[1] = Math.max(last[1], s[1]);
            else cols.add(new double[]{s[0], s[1]});
        }
        return cols;
    }

    /** Places a run in the column it overlaps most; a run across columns is split between them word by word. */
    private static void place(int line, Run r, List<double[]> columns, List<Cell> out) {
        TreeMap<Integer, List<Word>> byColumn = new TreeMap<>();
        for (Word w : r.words()) byColumn.computeIfAbsent(column(w.x0(), w.x1(), columns), k -> new ArrayList<>()).add(w);
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

    /** The row of each line of the region: from rulings where the table has them, else from the lines. */
    private static int[] rows(List<PdfLine> region, List<Cell> cells, List<PageGraphics.Rule> rules, List<double[]> columns) {
        double left = columns.get(0)[0], right = columns.get(columns.size() - 1)[1];
        double size = region.get(0).size();
        double top = region.get(0).y() - 2 * size, bottom = region.get(region.size() - 1).y() + size;
        List<Double> ys = rules.stream()
                .filter(r -> r.y() > top && r.y() < bottom && Math.min(r.x1(), right) - Math.max(r.x0(), left) >= 0.5 * (right - left))
                .map(PageGraphics.Rule::y).sorted().toList();
        int[] rowOf = new int[region.size()];
        if (ys.size() >= 2) {
            int row = 0;
            for (int l = 0; l < region.size(); l++) {
                double lineTop = region.get(l).y() - 0.7 * region.get(l).size();
                int band = (int) ys.stream().filter(y -> y < lineTop).count();
                if (l > 0 && band != bandOf(region.get(l - 1), ys)) row++;
                rowOf[l] = row;
            }
            return rowOf;
        }
        int row = 0;
        for (int l = 1; l < region.size(); l++) {
            if (!beside(cells, l - 1, l, region.get(l).size()) && !wrapped(region, cells, rowOf, row, l)) row++;
            rowOf[l] = row;
        }
        return rowOf;
    }

    private static int bandOf(PdfLine line, List<Double> ys) {
        double lineTop = line.y() - 0.7 * line.size();
        return (int) ys.stream().filter(y -> y < lineTop).count();
    }

    /** Some cell of line {@code b} sits beside a cell of line {@code a} in another column. */
    private static boolean beside(List<Cell> cells, int a, int b, double size) {
        for (Cell x : cells) {
            if (x.line() != a) continue;
            for (Cell y : cells) {
                if (y.line() == b && y.column() != x.column() && Math.abs(y.run().y() - x.run().y()) < BESIDE * size) return true;
            }
        }
        return false;
    }

    /** Line {@code l} holds only words (no figures), in columns the row above fills, close under it. */
    private static boolean wrapped(List<PdfLine> region, List<Cell> cells, int[] rowOf, int row, int l) {
        if (region.get(l).y() - region.get(l - 1).y() > WRAPPED * region.get(l).size()) return false;
        List<Integer> rowColumns = new ArrayList<>();
        for (Cell c : cells) if (rowOf[c.line()] == row && c.line() < l) rowColumns.add(c.column());
        List<Cell> mine = cells.stream().filter(c -> c.line() == l).toList();
        boolean words = mine.stream().noneMatch(c -> VALUE.matcher(c.run().text()).matches());
        boolean within = mine.stream().allMatch(c -> rowColumns.contains(c.column()));
        long distinct = mine.stream().map(Cell::column).distinct().count();
        return words && within && distinct < rowColumns.stream().distinct().count();
    }
}
