package org.councilgraph.extract;

import org.councilgraph.extract.IndicatorLexicon.PhraseMatch;
import org.councilgraph.extract.IndicatorTableReader.Reading;
import org.councilgraph.extract.IndicatorTableReader.Table;
import org.councilgraph.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dashboards flattened one cell per line: a measure's label on a line, its value alone on the next line,
 * then at most a short status ("Improved performance", "Stayed the same") and a theme heading before the
 * next measure. Read only where at least three measures in a row have that shape, so a stray number
 * under a paragraph (a page number) is not taken for a figure. The label names the indicator: a code-list
 * phrase of the value's unit when the label measures nothing else, otherwise the label itself (a reported
 * indicator). The unit comes from the value ("92.4%") or the label ("per 10,000", "(days)").
 */
final class IndicatorDashboardReader {
    private static final Pattern VALUE = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(%)?$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern RATE_LABEL = Pattern.compile("(?i)\\bper\\s+10,?000\\b");
    private static final Pattern DAYS_LABEL = Pattern.compile("(?i)\\(\\s*days\\s*\\)|\\b(?:number\\s+of|average)\\s+days\\b");
    private static final Pattern OTHER_MEASURE = Pattern.compile("(?<![\\w])" + Lexicon.alternation("indicator-gap-breakers.txt") + "(?![\\w])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The words of a rate's population ("per 10,000 children aged 0-17"), no other measure. */
    private static final Pattern RATE_WORDS = Pattern.compile("(?i)\\b(?:rates?|per|population|children|child)\\b|10,?000|\\b(?:aged\\s+)?0\\s*-\\s*1[78]\\b");
    private static final int MIN_ROWS = 3;
    /** Lines between one value and the next measure's label: a status and a theme heading at most. */
    private static final int MAX_BETWEEN = 3;
    private static final int MAX_STATUS_WORDS = 4;
    /** Take-up and similar percentages may pass 100 ("101%"); beyond this a number is no percentage. */
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(200);

    private record Line(int start, int end, String text) {}

    private final IndicatorAreas areas;
    private final IndicatorPeriods periods;

    IndicatorDashboardReader(IndicatorAreas areas, IndicatorPeriods periods) {
        this.areas = areas;
        this.periods = periods;
    }

    List<Table> read(String text) {
        List<Line> lines = nonBlankLines(text);
        List<Table> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!isValueRow(lines, i)) continue;
            if (!run.isEmpty() && !follows(lines, run.get(run.size() - 1), i)) { flush(text, lines, run, out); run.clear(); }
            run.add(i);
        }
        flush(text, lines, run, out);
        return out;
    }

    /** A value alone on its line under a label line of words. */
    private static boolean isValueRow(List<Line> lines, int i) {
        if (!VALUE.matcher(lines.get(i).text()).matches()) return false;
        String label = lines.get(i - 1).text();
        return !VALUE.matcher(label).matches() && WORD.matcher(label).results().count() >= 3 && !label.endsWith(":");
    }

    /** Whether value row {@code next} continues the dashboard of value row {@code prev}: a status line, at most a heading, then its label. */
    private static boolean follows(List<Line> lines, int prev, int next) {
        int between = next - 1 - (prev + 1); // lines after prev's value and before next's label
        if (between < 0 || between > MAX_BETWEEN - 1) return false;
        if (between == 0) return true;
        String status = lines.get(prev + 1).text();
        return WORD.matcher(status).results().count() <= MAX_STATUS_WORDS && !Texts.fullMatch(status, ".*\\d.*");
    }

    private void flush(String text, List<Line> lines, List<Integer> run, List<Table> out) {
        if (run.size() < MIN_ROWS) return;
        List<Reading> readings = new ArrayList<>();
        for (int i : run) {
            Reading r = reading(lines.get(i - 1), lines.get(i));
            if (r != null) readings.add(r);
        }
        if (!readings.isEmpty()) out.add(new Table(lines.get(run.get(0) - 1).start(), lines.get(run.get(run.size() - 1)).end(), readings));
    }

    private Reading reading(Line label, Line valueLine) {
        Matcher v = VALUE.matcher(valueLine.text());
        if (!v.matches()) return null;
        BigDecimal value = new BigDecimal(v.group(1).replace(",", "") + (v.group(2) != null ? v.group(2) : ""));
        String l = label.text();
        Unit unit = v.group(3) != null ? Unit.PERCENT : RATE_LABEL.matcher(l).find() ? Unit.RATE
                : DAYS_LABEL.matcher(l).find() ? Unit.DAYS : Unit.COUNT;
        if (unit == Unit.PERCENT && value.compareTo(MAX_PERCENT) > 0) return null;
        if ((unit == Unit.COUNT || unit == Unit.DAYS) && v.group(2) != null) return null; // "3.5" is no count
        String area = areas.councilGss();
        String indicator = codeListIndicator(l, unit);
        return new Reading(indicator, unit, area, periods.reportPeriod(), null, value, label.start(), valueLine.end(),
                indicator == null ? l : null);
    }

    /** The code-list indicator a label names, when one phrase of the unit holds its measure and nothing else is measured. */
    static String codeListIndicator(String label, Unit unit) {
        List<PhraseMatch> ps = IndicatorLexicon.phrases(label).stream()
                .filter(p -> IndicatorLexicon.fits(p.indicator().unit(), unit)).toList();
        if (ps.isEmpty()) return null;
        StringBuilder rest = new StringBuilder(label);
        for (PhraseMatch p : ps) for (int k = p.start(); k < p.end(); k++) rest.setCharAt(k, ' ');
        String outside = unit == Unit.RATE ? RATE_WORDS.matcher(rest).replaceAll(" ") : rest.toString();
        int cut = outside.indexOf('(');
        if (cut >= 0) outside = outside.substring(0, cut); // "(includes all children 0-17 with an open referral …)" is a note
        return OTHER_MEASURE.matcher(outside).find() ? null : ps.get(0).indicator().notation();
    }

    private static List<Line> nonBlankLines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String raw = text.substring(pos, end);
            String s = raw.strip();
            if (!s.isEmpty()) {
                int lead = raw.indexOf(s);
                out.add(new Line(pos + lead, pos + lead + s.length(), s));
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }
}
