package org.councilgraph.extract;

import org.councilgraph.model.Meeting;
import org.councilgraph.model.PartialDate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure is for, only as precisely as the text says: "in March 2017" → 2017-03; "at the end of
 * December" in a paper for a February 2018 meeting → 2017-12; "at the time of the meeting" → the meeting's
 * year, or the year of the quarter a monitoring report covers ("Q2 2025/26" → 2025). Unknown stays null.
 */
final class IndicatorPeriods {

    enum Kind { ANCHOR, BASELINE, CURRENT }

    /** A time cue in a text at {@code [start,end)}. */
    record Cue(int start, int end, PartialDate period, Kind kind) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BASELINE_BEFORE = Pattern.compile("\\b" + IndicatorLexicon.BASELINE + "\\s*$", FLAGS);
    private static final Pattern ANCHOR_BEFORE = Pattern.compile("\\b" + IndicatorLexicon.ANCHOR + "\\s+(?:the\\s+)?(?:end\\s+of\\s+)?$", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?<![\\w/-])((?:19|20)\\d\\d)(?![\\w/]|-\\d)");
    /** A month with no year: "at end December", "as at the end of March", "end of June". */
    private static final Pattern MONTH_END = Pattern.compile("\\b(?:(?:as\\s+)?at\\s+)?(?:the\\s+)?end\\s+(?:of\\s+)?(" + Dates.MONTH + ")(?![\\w.]|\\s*,?\\s*\\d)", FLAGS);
    /** A quarter of a financial year: "Q2 2025/26", "Quarter 2 for 2025-26", "Q3 2017/18". */
    private static final Pattern QUARTER = Pattern.compile("\\b(?:Q|Quarter\\s*)([1-4])\\b[^\\n\\d]{0,12}?\\b(20\\d\\d)\\s*[/-]\\s*(?:20)?\\d\\d\\b", FLAGS);

    /** A financial year then its quarter: "Corporate Performance Report 2024/25 for Quarter 3". */
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?<![\\w/-])(20\\d\\d)\\s*[/-]\\s*(?:20)?(\\d\\d)\\b[^\\n\\d]{0,20}?\\b(?:Q|Quarter\\s*)([1-4])\\b", FLAGS);

    /** A quarter written on its own or with its financial year: "Q2", "Quarter 1", "Q3 2023/24". */
    private static final Pattern QUARTER_CUE = Pattern.compile("\\b(?:Q|Quarter\\s*)([1-4])\\b(?:\\s+(20\\d\\d)\\s*[/-]\\s*(?:20)?(\\d\\d)\\b)?", FLAGS);
    /** A financial year: "2024/25", "2024-25". */
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?<![\\w/-])(20\\d\\d)\\s*[/-]\\s*(?:20)?(\\d\\d)(?![\\w/-])");

    private final YearMonth reference;
    private final Integer currentYear;
    /** The first year of the financial year the document reports on, when it names one with a quarter. */
    private final Integer financialYear;

    /**
     * The time of the document's figures that give none: "Figures are at 31 December 2024 unless stated", or
     * the quarter its heading names ("… 2024/25 for Quarter 3: …").
     */
    private PartialDate reportPeriod;

    private IndicatorPeriods(YearMonth reference, Integer currentYear, Integer financialYear) {
        this.reference = reference;
        this.currentYear = currentYear;
        this.financialYear = financialYear;
    }

    PartialDate reportPeriod() { return reportPeriod; }

    /** Months the document names with a year, each with its one year (a month named with two years is left out). */
    private java.util.Map<Integer, Integer> namedMonths = java.util.Map.of();

    private static java.util.Map<Integer, Integer> namedMonths(String text) {
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        java.util.Set<Integer> ambiguous = new java.util.HashSet<>();
        Matcher my = Dates.MONTH_YEAR.matcher(text);
        for (int from = 0; Dates.findMonthYear(my, text, from); from = my.end()) {
            int month = Dates.month(my.group(1)), year = Integer.parseInt(my.group(2));
            Integer before = out.putIfAbsent(month, year);
            if (before != null && before != year) ambiguous.add(month);
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    /** The end of the quarter of a financial year named in {@code heading}, either way round, or null. */
    static PartialDate quarterIn(String heading) {
        Matcher q = QUARTER.matcher(heading);
        if (q.find() && oneYear(q.group(2), heading.substring(q.end() - 2, q.end()))) {
            YearMonth end = quarterEnd(Integer.parseInt(q.group(2)), Integer.parseInt(q.group(1)));
            return PartialDate.ofMonth(end.getYear(), end.getMonthValue());
        }
        Matcher y = YEAR_QUARTER.matcher(heading);
        if (y.find() && oneYear(y.group(1), y.group(2))) {
            YearMonth end = quarterEnd(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(3)));
            return PartialDate.ofMonth(end.getYear(), end.getMonthValue());
        }
        return null;
    }

    Integer financialYear() { return financialYear; }

    /** The month a quarter of a financial year ends: June, September, December of its first year, then March. */
    static YearMonth quarterEnd(int financialYear, int quarter) {
        return quarter == 4 ? YearMonth.of(financialYear + 1, 3) : YearMonth.of(financialYear, 3 + 3 * quarter);
    }

    /** Whether "2024" and "25" (or "2025") name one financial or academic year, 2024/25, rather than two years apart. */
    static boolean oneYear(String firstYear, String secondYear) {
        return (Integer.parseInt(firstYear) + 1) % 100 == Integer.parseInt(secondYear) % 100;
    }

    /** The first year of a financial year written in {@code s} ("2024/25" gives 2024), or null. */
    static Integer financialYearIn(String s) {
        Matcher m = FINANCIAL_YEAR.matcher(s);
        while (m.find()) {
            if (oneYear(m.group(1), m.group(2))) return Integer.valueOf(m.group(1));
        }
        return null;
    }

    static IndicatorPeriods of(ExtractionContext ctx) {
        LocalDate meeting = ctx.found(Meeting.class).stream().map(Meeting::date).filter(d -> d != null).findFirst()
                .orElse(ctx.document().sidecar().meetingDate());
        String title = ctx.document().sidecar().title();
        String head = (title != null ? title + "\n" : "") + ctx.text().substring(0, Math.min(ctx.text().length(), 600));
        Matcher q = QUARTER.matcher(head);
        Integer financialYear = q.find() ? Integer.valueOf(q.group(2)) : null;
        int quarter = financialYear != null ? Integer.parseInt(q.group(1)) : 0;
        if (financialYear == null) {
            Matcher y = YEAR_QUARTER.matcher(head);
            if (y.find() && oneYear(y.group(1), y.group(2))) {
                financialYear = Integer.valueOf(y.group(1));
                quarter = Integer.parseInt(y.group(3));
            }
        }
        IndicatorPeriods out;
        if (meeting != null) out = new IndicatorPeriods(YearMonth.from(meeting), meeting.getYear(), financialYear);
        else if (financialYear != null) {
            YearMonth end = quarterEnd(financialYear, quarter);
            out = new IndicatorPeriods(end, end.getYear(), financialYear);
        } else out = new IndicatorPeriods(null, null, null);
        if (meeting == null && financialYear == null) out.namedMonths = namedMonths(ctx.text());
        out.reportPeriod = IndicatorExtractor.standingPeriod(out, ctx.text());
        if (out.reportPeriod == null) out.reportPeriod = quarterIn(firstLine(title, ctx.text()));
        return out;
    }

    /** The document's heading: its title, else its first non-blank line. */
    private static String firstLine(String title, String text) {
        if (title != null && !title.isBlank()) return title;
        for (String line : text.split("\n", 20)) if (!line.isBlank()) return line.strip();
        return "";
    }

    static IndicatorPeriods of(YearMonth reference) {
        return new IndicatorPeriods(reference, reference == null ? null : reference.getYear(), null);
    }

    /** The last text asked about and its cues: the readers of one sentence ask for the same ones in turn. */
    private String lastText;
    private List<Cue> lastCues;

    /** The time cues in {@code text}, in text order. */
    List<Cue> cues(String text) {
        if (!text.equals(lastText)) {
            lastCues = java.util.Collections.unmodifiableList(findCues(text));
            lastText = text;
        }
        return lastCues;
    }

    private List<Cue> findCues(String text) {
        List<Cue> out = new ArrayList<>();
        boolean hasYear = Dates.mayHoldYear(text);
        Matcher d = Dates.DAY.matcher(text);
        while (hasYear && d.find()) {
            Optional<LocalDate> day = Dates.day(d);
            if (day.isPresent()) add(out, text, d.start(), d.end(), PartialDate.of(day.get()));
        }
        Matcher my = Dates.MONTH_YEAR.matcher(text);
        for (int from = 0; hasYear && Dates.findMonthYear(my, text, from); from = my.end()) add(out, text, my.start(), my.end(), Dates.monthYear(my));
        Matcher y = YEAR.matcher(text);
        while (y.find()) add(out, text, y.start(), y.end(), PartialDate.ofYear(Integer.parseInt(y.group(1))));
        Matcher qc = QUARTER_CUE.matcher(text);
        while (qc.find()) {
            // "at the end of Q2", "(Q1: 398)": the quarter of the year the cue or the document names
            Integer fy = qc.group(2) != null && oneYear(qc.group(2), qc.group(3))
                    ? Integer.valueOf(qc.group(2)) : qc.group(2) == null ? financialYear : null;
            if (fy == null || overlapsAny(out, qc.start(), qc.end())) continue;
            YearMonth end = quarterEnd(fy, Integer.parseInt(qc.group(1)));
            out.add(new Cue(qc.start(), qc.end(), PartialDate.ofMonth(end.getYear(), end.getMonthValue()), Kind.ANCHOR));
        }
        Matcher me = MONTH_END.matcher(text);
        while (me.find()) {
            if (overlapsAny(out, me.start(), me.end())) continue;
            int month = Dates.month(me.group(1));
            if (reference == null) {
                // no meeting date: "up to the end of January 2018 … at the end of January" — the year the paper gave that month
                Integer named = namedMonths.get(month);
                if (named != null) out.add(new Cue(me.start(), me.end(), PartialDate.ofMonth(named, month), Kind.ANCHOR));
                continue;
            }
            // the latest such month-end not after the reference month
            int year = month <= reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
            out.add(new Cue(me.start(), me.end(), PartialDate.ofMonth(year, month), Kind.ANCHOR));
        }
        Matcher fy = FINANCIAL_YEAR.matcher(text);
        while (fy.find()) {
            // "was 93.1% in 2023/24": a financial or academic year, as precise as the text gives it (its first year);
            // after the quarter cues, so that "Q3 2023/24" keeps its quarter
            if (oneYear(fy.group(1), fy.group(2))) add(out, text, fy.start(), fy.end(), PartialDate.ofYear(Integer.parseInt(fy.group(1))));
        }
        if (currentYear != null) {
            for (Pattern p : IndicatorLexicon.CURRENT) {
                Matcher c = p.matcher(text);
                while (c.find()) if (!overlapsAny(out, c.start(), c.end())) out.add(new Cue(c.start(), c.end(), PartialDate.ofYear(currentYear), Kind.CURRENT));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A date counts as a cue only after a preposition that ties a figure to it ("in", "at the end of", "than in"). */
    private static void add(List<Cue> out, String text, int s, int e, PartialDate period) {
        if (overlapsAny(out, s, e)) return;
        String before = text.substring(Math.max(0, s - 40), s);
        if (BASELINE_BEFORE.matcher(before).find()) out.add(new Cue(s, e, period, Kind.BASELINE));
        else if (ANCHOR_BEFORE.matcher(before).find()) out.add(new Cue(s, e, period, Kind.ANCHOR));
    }

    private static boolean overlapsAny(List<Cue> cues, int s, int e) {
        for (Cue c : cues) if (c.start() < e && s < c.end()) return true;
        return false;
    }
}
