package org.councilgraph.extract;

import org.councilgraph.extract.IndicatorLexicon.BreakdownMatch;
import org.councilgraph.extract.IndicatorLexicon.PhraseMatch;
import org.councilgraph.model.PartialDate;
import org.councilgraph.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Figures in tables whose rows are areas: a header row ("Area | % of providers rated Outstanding | … Good |
 * … Requiring Improvement | … Inadequate") then one row per area ("National | 16% | 77% | 6% | 1%",
 * "West Midlands | …", "Shropshire | …"). Cells are separated by tabs, "|" or runs of spaces, one row a
 * line. The indicator comes from the header or, failing that, the caption just above the table; each
 * column's breakdown (grade, phase, age, sex) or year from its header cell; each row's area from its label.
 */
final class IndicatorTableReader {

    /** A figure read from a table: {@code start,end} are the row's offsets in the document text. */
    record Reading(String indicator, Unit unit, String area, PartialDate period, String breakdown, BigDecimal value,
                   int start, int end) {}

    /** A table found: its readings and the span of text it covers (not read again as sentences). */
    record Table(int start, int end, List<Reading> readings) {}

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t+|\\s*\\|\\s*|\\s{3,}");
    private static final Pattern VALUE = Pattern.compile("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(%)?\\s*$");
    private static final Pattern YEAR_CELL = Pattern.compile("^\\s*((?:19|20)\\d\\d)\\s*$");
    private static final List<String> ALL_KINDS = List.of("phase", "grade", "age", "sex");

    private record Line(int start, int end, List<String> cells) {}

    private final IndicatorAreas areas;
    private final IndicatorPeriods periods;

    IndicatorTableReader(IndicatorAreas areas, IndicatorPeriods periods) {
        this.areas = areas;
        this.periods = periods;
    }

    List<Table> read(String text) {
        List<Line> lines = lines(text);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).cells().size() < 2) { i++; continue; }
            int j = i;
            while (j < lines.size() && lines.get(j).cells().size() >= 2) j++;
            if (j - i >= 2) {
                Table t = table(text, lines.subList(i, j), i > 0 ? caption(text, lines, i) : "");
                if (t != null) tables.add(t);
            }
            i = j;
        }
        tables.addAll(cellPerLine(text, lines, tables));
        return tables;
    }

    /**
     * Tables exported one cell per line: k header lines ("Area", "% Outstanding", "% Good"), then per area
     * its name and k-1 values.
     */
    private List<Table> cellPerLine(String text, List<Line> all, List<Table> found) {
        List<Line> lines = all.stream().filter(l -> l.cells().size() == 1).toList();
        List<Table> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (areas.byName(lines.get(i).cells().get(0)).isEmpty()) { i++; continue; }
            int k = 0;
            while (i + k + 1 < lines.size() && VALUE.matcher(lines.get(i + k + 1).cells().get(0)).matches()) k++;
            int width = k + 1;
            if (k == 0 || i - width < 0) { i++; continue; }
            List<Line> header = lines.subList(i - width, i);
            if (header.stream().skip(1).anyMatch(l -> VALUE.matcher(l.cells().get(0)).matches())) { i++; continue; }
            List<Line> rows = new ArrayList<>();
            rows.add(new Line(header.get(0).start(), header.get(width - 1).end(), header.stream().map(l -> l.cells().get(0)).toList()));
            int r = i;
            while (r + width <= lines.size() && areas.byName(lines.get(r).cells().get(0)).isPresent()
                    && lines.subList(r + 1, r + width).stream().allMatch(l -> VALUE.matcher(l.cells().get(0)).matches())) {
                List<Line> row = lines.subList(r, r + width);
                rows.add(new Line(row.get(0).start(), row.get(width - 1).end(), row.stream().map(l -> l.cells().get(0)).toList()));
                r += width;
            }
            int headerIndex = all.indexOf(header.get(0));
            Table t = rows.size() >= 3 && found.stream().noneMatch(x -> x.start() < rows.get(rows.size() - 1).end() && rows.get(0).start() < x.end())
                    ? table(text, rows, headerIndex > 0 ? caption(text, all, headerIndex) : "") : null;
            if (t != null) out.add(t);
            i = Math.max(r, i + 1);
        }
        return out;
    }

    private Table table(String text, List<Line> rows, String caption) {
        Line header = rows.get(0);
        if (header.cells().stream().skip(1).anyMatch(c -> VALUE.matcher(c).matches())) return null;
        String headerText = String.join(" | ", header.cells());
        boolean percentHeader = headerText.contains("%") || headerText.toLowerCase().matches("(?s).*\\b(?:percentage|per\\s*cent|proportion)\\b.*");
        List<Reading> out = new ArrayList<>();
        int tableEnd = header.end();
        for (Line row : rows.subList(1, rows.size())) {
            Optional<String> area = areas.byName(row.cells().get(0));
            if (area.isEmpty()) continue;
            int values = row.cells().size() - 1;
            for (int c = 1; c < row.cells().size() && c < header.cells().size(); c++) {
                Matcher v = VALUE.matcher(row.cells().get(c));
                if (!v.matches()) continue;
                Unit unit = v.group(3) != null || percentHeader ? Unit.PERCENT : Unit.COUNT;
                if (unit == Unit.COUNT && v.group(2) != null) continue;
                String cell = header.cells().get(c);
                String indicator = indicator(cell, unit);
                if (indicator == null) indicator = indicator(headerText, unit);
                if (indicator == null) indicator = indicator(caption, unit);
                if (indicator == null) continue;
                String breakdown = breakdown(cell);
                PartialDate period = year(cell);
                if (breakdown == null && period == null && values > 1) continue; // columns that say nothing we can name
                if (period == null) period = captionPeriod(caption);
                BigDecimal value = new BigDecimal(v.group(1).replace(",", "") + (v.group(2) != null ? v.group(2) : ""));
                out.add(new Reading(indicator, unit, area.get(), period, breakdown, value, row.start(), row.end()));
            }
            tableEnd = row.end();
        }
        return out.isEmpty() ? null : new Table(header.start(), tableEnd, out);
    }

    private static String indicator(String s, Unit unit) {
        List<PhraseMatch> ps = IndicatorLexicon.phrases(s).stream().filter(p -> p.indicator().unit() == unit).toList();
        return ps.isEmpty() ? null : ps.get(ps.size() - 1).indicator().notation();
    }

    private static String breakdown(String cell) {
        List<BreakdownMatch> bs = IndicatorLexicon.breakdowns(cell, 0, cell.length(), ALL_KINDS);
        var distinct = bs.stream().map(b -> b.breakdown().notation()).collect(Collectors.toSet());
        return distinct.size() == 1 ? distinct.iterator().next() : null;
    }

    private static PartialDate year(String cell) {
        Matcher y = YEAR_CELL.matcher(cell);
        if (y.matches()) return PartialDate.ofYear(Integer.parseInt(y.group(1)));
        Matcher my = Dates.MONTH_YEAR.matcher(cell);
        return my.find() && my.start() == cell.indexOf(cell.strip()) && my.end() == cell.stripTrailing().length() ? Dates.monthYear(my) : null;
    }

    private PartialDate captionPeriod(String caption) {
        var anchors = periods.cues(caption).stream().filter(c -> c.kind() == IndicatorPeriods.Kind.ANCHOR).toList();
        return anchors.size() == 1 ? anchors.get(0).period() : null;
    }

    /** The non-blank line or paragraph just above the table (up to two lines). */
    private static String caption(String text, List<Line> lines, int first) {
        StringBuilder sb = new StringBuilder();
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            Line l = lines.get(k);
            String s = text.substring(l.start(), l.end()).strip();
            if (s.isEmpty()) { if (sb.length() > 0) break; else continue; }
            sb.insert(0, s + " ");
        }
        return sb.toString();
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String s = text.substring(pos, end).replace("\r", "");
            List<String> cells = new ArrayList<>();
            String body = s.strip().replaceAll("^\\|\\s*|\\s*\\|$", "");
            if (!body.isEmpty()) for (String c : CELL_SEPARATOR.split(body)) cells.add(c.strip());
            out.add(new Line(pos, pos + s.stripTrailing().length(), cells));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }
}
