package org.councilgraph.extract;

import org.councilgraph.extract.IndicatorLexicon.BreakdownMatch;
import org.councilgraph.extract.IndicatorLexicon.PhraseMatch;
import org.councilgraph.model.PartialDate;
import org.councilgraph.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
                   int start, int end, String label) {
        Reading(String indicator, Unit unit, String area, PartialDate period, String breakdown, BigDecimal value, int start, int end) {
            this(indicator, unit, area, period, breakdown, value, start, end, null);
        }
    }

    /** A table found: its readings and the span of text it covers (not read again as sentences). */
    record Table(int start, int end, List<Reading> readings) {}

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t+|\\s*\\|\\s*|\\s{3,}");
    private static final Pattern VALUE = Pattern.compile("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(%)?\\s*$");
    private static final Pattern YEAR_CELL = Pattern.compile("^\\s*((?:19|20)\\d\\d)\\s*$");
    private static final List<String> ALL_KINDS = List.of("phase", "grade", "age", "sex");
    /** Header cells of a column that totals the others ("All schools", "Total"): the indicator without a breakdown. */
    private static final Set<String> TOTAL_COLUMNS = Lexicon.words("indicator-total-columns.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

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
                String caption = i > 0 ? caption(text, lines, i) : "";
                Table t = table(text, lines.subList(i, j), caption);
                if (t == null) t = indicatorTable(text, lines.subList(i, j), caption);
                if (t != null) tables.add(t);
            }
            i = j;
        }
        tables.addAll(cellPerLine(text, lines, tables));
        tables.addAll(indicatorCellPerLine(text, lines, tables));
        List<Table> dashboards = new IndicatorDashboardReader(areas, periods).read(text);
        for (Table d : dashboards) if (tables.stream().noneMatch(t -> t.start() < d.end() && d.start() < t.end())) tables.add(d);
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
        if (header.cells().stream().skip(1).anyMatch(IndicatorTableReader::figureNotYear)) return null;
        String headerText = String.join(" | ", header.cells());
        boolean percentHeader = headerText.contains("%") || Texts.fullMatch(headerText.toLowerCase(), "(?s).*\\b(?:percentage|per\\s*cent|proportion)\\b.*");
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
                // columns that say nothing we can name; a total column is the whole the others break down
                if (breakdown == null && period == null && values > 1 && !isTotal(cell)) continue;
                if (period == null) period = captionPeriod(caption);
                BigDecimal value = new BigDecimal(v.group(1).replace(",", "") + (v.group(2) != null ? v.group(2) : ""));
                out.add(new Reading(indicator, unit, area.get(), period, breakdown, value, row.start(), row.end()));
            }
            tableEnd = row.end();
        }
        return out.isEmpty() ? null : new Table(header.start(), tableEnd, out);
    }

    // ---- scorecards: one indicator a row, columns of quarters, years or areas ----

    private static final Pattern QUARTER_CELL = Pattern.compile("(?i)^(?:Q|Quarter\\s*)([1-4])(?:\\s+(20\\d\\d)\\s*[/-]\\s*(?:20)?(\\d\\d))?$");
    private static final Pattern FINANCIAL_YEAR_CELL = Pattern.compile("^(20\\d\\d)\\s*[/-]\\s*(?:20)?(\\d\\d)$");
    private static final Pattern PERCENT_LABEL = Pattern.compile("(?i)%|\\b(?:percentage|proportion|per\\s*cent|percent)\\b");
    private static final Pattern MEASURES_OTHER = Pattern.compile("(?<![\\w])" + Lexicon.alternation("indicator-gap-breakers.txt") + "(?![\\w])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EMPTY_CELL = Pattern.compile("^\\s*(?:|-|–|—|n/?a|N/?A|\\*|\\.\\.|x)\\s*$");
    private static final List<String> LABEL_KINDS = List.of("phase", "age", "sex");

    /** What a scorecard column holds: figures of a period (for the council) or of an area (period unknown). */
    private record Column(PartialDate period, String area) {}

    /**
     * A scorecard: a header of period or area columns ("Indicator | Q1 | Q2 | Target | England",
     * "Measure | 2022/23 | 2023/24 | England") and one indicator a row. Columns that are neither (targets,
     * RAG ratings, direction of travel, statistical neighbours) and rows that measure something else
     * ("Rate of children looked after per 10,000", "Average days …") are left out.
     */
    private Table indicatorTable(String text, List<Line> rows, String caption) {
        Line header = rows.get(0);
        List<String> head = exactCells(text, header);
        if (head.stream().skip(1).anyMatch(IndicatorTableReader::figureNotYear)) return null;
        Integer fy = IndicatorPeriods.financialYearIn(String.join(" ", head));
        if (fy == null) fy = IndicatorPeriods.financialYearIn(caption);
        if (fy == null) fy = periods.financialYear();
        List<Column> columns = new ArrayList<>();
        columns.add(null);
        boolean any = false;
        for (String cell : head.subList(1, head.size())) {
            Column col = column(cell.strip(), fy);
            columns.add(col);
            any |= col != null;
        }
        if (!any) return null;
        List<Reading> out = new ArrayList<>();
        int tableEnd = header.end();
        for (Line row : rows.subList(1, rows.size())) {
            tableEnd = row.end();
            List<String> cells = exactCells(text, row);
            if (cells.size() > head.size() && cells.subList(head.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) continue;
            if (cells.size() < head.size() && !text.substring(row.start(), row.end()).contains("\t")) continue; // columns not certain
            String label = cells.get(0);
            if (areas.byName(label).isPresent()) continue;
            List<PhraseMatch> phrases = IndicatorLexicon.phrases(label).stream()
                    .filter(p -> !IndicatorSentenceReader.isModifier(label, p, false)).toList();
            if (phrases.isEmpty()) {
                out.addAll(labelledRow(label, cells, columns, row));
                continue;
            }
            if (MEASURES_OTHER.matcher(outside(label, phrases)).find()) continue;
            String breakdown = labelBreakdown(label);
            for (int c = 1; c < cells.size() && c < columns.size(); c++) {
                Column col = columns.get(c);
                Matcher v = VALUE.matcher(cells.get(c));
                if (col == null || !v.matches()) continue;
                Unit unit = v.group(3) != null || PERCENT_LABEL.matcher(label).find() ? Unit.PERCENT : Unit.COUNT;
                if (unit == Unit.COUNT && v.group(2) != null) continue;
                var notations = phrases.stream().filter(p -> p.indicator().unit() == unit).map(p -> p.indicator().notation()).distinct().toList();
                if (notations.size() != 1) continue;
                BigDecimal value = new BigDecimal(v.group(1).replace(",", "") + (v.group(2) != null ? v.group(2) : ""));
                if (unit == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) continue;
                String area = col.area() != null ? col.area() : areas.councilGss();
                out.add(new Reading(notations.get(0), unit, area, col.period(), breakdown, value, row.start(), row.end()));
            }
        }
        return out.isEmpty() ? null : new Table(header.start(), tableEnd, out);
    }

    private static final Pattern LABEL_PERCENT_SIGN = Pattern.compile("\\(\\s*%\\s*\\)|%");
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)^\\s*(?:total\\s+)?(?:number|no\\.?)\\s+of\\b");
    private static final Pattern NOT_A_COUNT = Pattern.compile("(?i)\\b(?:rates?|per|average|mean|median|days|weeks|ratio|score|cost|spend)\\b|£|10,?000");

    /**
     * A scorecard row outside the code list, named by its own label: shares ("Re-referrals within 12 months
     * (%)", a cell "18.2%") and counts the label calls a number ("Number of new foster carers"). A row of
     * rates, averages or durations is left out: its unit is not certain.
     */
    private List<Reading> labelledRow(String label, List<String> cells, List<Column> columns, Line row) {
        String name = IndicatorReportedReader.label(LABEL_PERCENT_SIGN.matcher(label).replaceAll(" "));
        if (name == null || areas.namesOtherPlace(name)) return List.of();
        boolean percentLabel = PERCENT_LABEL.matcher(label).find();
        boolean countLabel = NUMBER_OF.matcher(label).find() && !NOT_A_COUNT.matcher(label).find();
        List<Reading> out = new ArrayList<>();
        for (int c = 1; c < cells.size() && c < columns.size(); c++) {
            Column col = columns.get(c);
            Matcher v = VALUE.matcher(cells.get(c));
            if (col == null || !v.matches()) continue;
            Unit unit = v.group(3) != null || percentLabel ? Unit.PERCENT : countLabel ? Unit.COUNT : null;
            if (unit == null || unit == Unit.COUNT && v.group(2) != null) continue;
            BigDecimal value = new BigDecimal(v.group(1).replace(",", "") + (v.group(2) != null ? v.group(2) : ""));
            if (unit == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) continue;
            String area = col.area() != null ? col.area() : areas.councilGss();
            out.add(new Reading(null, unit, area, col.period(), null, value, row.start(), row.end(), name));
        }
        return out;
    }

    /** A period column ("Q2", "Q2 2024/25", "2023/24", "2023", "March 2024") or an area column ("England"). */
    private Column column(String cell, Integer fy) {
        Matcher q = QUARTER_CELL.matcher(cell);
        if (q.matches()) {
            Integer year = q.group(2) != null ? Integer.valueOf(q.group(2)) : fy;
            if (year == null) return null;
            var end = IndicatorPeriods.quarterEnd(year, Integer.parseInt(q.group(1)));
            return new Column(PartialDate.ofMonth(end.getYear(), end.getMonthValue()), null);
        }
        Matcher f = FINANCIAL_YEAR_CELL.matcher(cell);
        if (f.matches()) {
            // a financial year's figures stand at its end, 31 March
            return IndicatorPeriods.oneYear(f.group(1), f.group(2)) ? new Column(PartialDate.ofMonth(Integer.parseInt(f.group(1)) + 1, 3), null) : null;
        }
        PartialDate p = year(cell);
        if (p != null) return new Column(p, null);
        return areas.byName(cell).map(a -> new Column(null, a)).orElse(null);
    }

    /** {@code label} with its indicator phrases blanked ("within 20 weeks" is the indicator's, not a duration measured). */
    private static String outside(String label, List<PhraseMatch> phrases) {
        StringBuilder sb = new StringBuilder(label);
        for (PhraseMatch p : phrases) for (int k = p.start(); k < p.end(); k++) sb.setCharAt(k, ' ');
        return sb.toString();
    }

    private static final Pattern SCORECARD_HEAD = Pattern.compile(
            "(?i)^(?:key\\s+)?(?:performance\\s+)?(?:indicators?|measures?|KPIs?|metrics?)$");
    /** A column with no figure of the measure itself: a target, a rating, the direction of travel, a comment. */
    private static final Pattern OTHER_COLUMN = Pattern.compile("(?i)^" + Lexicon.alternation("indicator-other-columns.txt") + "$");
    /** A word cell of such a column, one per line: "Improving", "Stable", "Green", "On track", "↑". */
    private static final Pattern WORD_CELL = Pattern.compile("^[\\p{L}↑↓→←↗↘=+ -]{1,25}$");

    /**
     * Scorecards exported one cell per line: a head line ("Measure", "Indicator"), the column labels
     * ("2022/23", "Q2", "England", "Target"), then per indicator its label and one line per column
     * ("–" or "n/a" for an empty cell). A row with another number of values is not read.
     */
    private List<Table> indicatorCellPerLine(String text, List<Line> all, List<Table> found) {
        List<Line> lines = all.stream().filter(l -> l.cells().size() == 1).toList();
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!SCORECARD_HEAD.matcher(lines.get(i).cells().get(0)).matches()) continue;
            int k = 0;
            while (i + k + 1 < lines.size()) {
                String c = lines.get(i + k + 1).cells().get(0);
                if (column(c, null) == null && !QUARTER_CELL.matcher(c).matches() && !OTHER_COLUMN.matcher(c).matches()) break;
                k++;
            }
            if (k == 0) continue;
            int width = k + 1;
            List<Line> rows = new ArrayList<>();
            List<Line> header = lines.subList(i, i + width);
            rows.add(new Line(header.get(0).start(), header.get(width - 1).end(), header.stream().map(l -> l.cells().get(0)).toList()));
            int r = i + width;
            while (r + width <= lines.size() && !isCell(lines.get(r).cells().get(0)) && cellsFit(header, lines.subList(r + 1, r + width))) {
                List<Line> row = lines.subList(r, r + width);
                rows.add(new Line(row.get(0).start(), row.get(width - 1).end(),
                        row.stream().map(l -> EMPTY_CELL.matcher(l.cells().get(0)).matches() ? "" : l.cells().get(0)).toList()));
                r += width;
            }
            int headerIndex = all.indexOf(header.get(0));
            Line last = rows.get(rows.size() - 1);
            Table t = rows.size() >= 2 && found.stream().noneMatch(x -> x.start() < last.end() && rows.get(0).start() < x.end())
                    ? indicatorTable(text, rows, headerIndex > 0 ? caption(text, all, headerIndex) : "") : null;
            if (t != null) {
                out.add(new Table(t.start(), last.end(), t.readings()));
                i = r - 1;
            }
        }
        return out;
    }

    private static boolean isCell(String s) { return VALUE.matcher(s).matches() || EMPTY_CELL.matcher(s).matches() && !s.isBlank(); }

    /**
     * Whether a row's lines fit the header's columns: a figure or an empty cell under each column, or under a
     * column that is not read (direction of travel, RAG rating) a few words of its own ("Improving", "Green").
     */
    private static boolean cellsFit(List<Line> header, List<Line> cells) {
        for (int j = 0; j < cells.size(); j++) {
            String cell = cells.get(j).cells().get(0);
            boolean otherColumn = OTHER_COLUMN.matcher(header.get(j + 1).cells().get(0)).matches();
            if (!isCell(cell) && !(otherColumn && WORD_CELL.matcher(cell).matches() && cell.strip().split("\\s+").length <= 3)) return false;
        }
        return true;
    }

    private static String labelBreakdown(String label) {
        var distinct = IndicatorLexicon.breakdowns(label, 0, label.length(), LABEL_KINDS).stream()
                .map(b -> b.breakdown().notation()).collect(Collectors.toSet());
        return distinct.size() == 1 ? distinct.iterator().next() : null;
    }

    /** A row's cells with empty ones kept: split on every tab, or on "|", else the cells already read. */
    private static List<String> exactCells(String text, Line line) {
        String s = text.substring(line.start(), line.end());
        String[] parts;
        if (s.indexOf('\t') >= 0) parts = s.strip().split("\t", -1);
        else if (s.indexOf('|') >= 0) parts = Texts.replacingAll(s.strip(), "^\\|\\s*|\\s*\\|$", "").split("\\|", -1);
        else return line.cells();
        List<String> out = new ArrayList<>();
        for (String p : parts) out.add(EMPTY_CELL.matcher(p).matches() ? "" : p.strip());
        return out;
    }

    private static String indicator(String s, Unit unit) {
        List<PhraseMatch> ps = IndicatorLexicon.phrases(s).stream().filter(p -> p.indicator().unit() == unit).toList();
        return ps.isEmpty() ? null : ps.get(ps.size() - 1).indicator().notation();
    }

    private static boolean isTotal(String cell) {
        return TOTAL_COLUMNS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    private static String breakdown(String cell) {
        List<BreakdownMatch> bs = IndicatorLexicon.breakdowns(cell, 0, cell.length(), ALL_KINDS);
        var distinct = bs.stream().map(b -> b.breakdown().notation()).collect(Collectors.toSet());
        return distinct.size() == 1 ? distinct.iterator().next() : null;
    }

    /** A header cell that holds a figure, not a year heading its column ("2023"): the row is data, not a header. */
    private static boolean figureNotYear(String cell) {
        return VALUE.matcher(cell).matches() && !YEAR_CELL.matcher(cell).matches();
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
            String body = Texts.replacingAll(s.strip(), "^\\|\\s*|\\s*\\|$", "");
            if (!body.isEmpty()) for (String c : CELL_SEPARATOR.split(body)) cells.add(c.strip());
            out.add(new Line(pos, pos + s.stripTrailing().length(), cells));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }
}
