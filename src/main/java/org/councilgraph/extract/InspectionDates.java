package org.councilgraph.extract;

import org.councilgraph.model.PartialDate;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of inspections as councils write them next to a mention, one small rule per form: a span of days
 * ("18 - 22 November 2019", "21st February to 4th March 2022", "2 and 3 February 2022"), a span of months
 * ("October-November 2019"), a day, a month, a year. Only what is written is returned.
 */
final class InspectionDates {
    private InspectionDates() {}

    /** A year standing alone, not the start of "2019/20" or "2019-20". */
    static final String YEAR = "(?:19|20)\\d\\d(?![\\d/–-])";
    private static final String MONTH = "(" + Dates.MONTH + ")";
    private static final Pattern DAY_RANGE = Pattern.compile("(?iu)^(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+" + MONTH + ")?(?:\\s+(" + YEAR + "))?\\s*(?:-|–|—|to|and|until)\\s*"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s*,?\\s+(" + YEAR + ")");
    /** A span of months in one year: "October-November 2019", "September to October 2023". */
    private static final Pattern MONTH_RANGE = Pattern.compile("(?iu)^" + MONTH + "\\s*(?:-|–|—|to|until)\\s*" + MONTH + "\\s+(" + YEAR + ")");
    private static final Pattern MONTH_YEAR_START = Pattern.compile("(?i)^" + Dates.MONTH_YEAR.pattern().replace("(?i)\\b", ""));
    private static final Pattern YEAR_ONLY = Pattern.compile("^(" + YEAR + ")(?![\\p{L}\\p{N}])");

    /** A date read at the start of a text: its start, its end if a span, and how many characters it took. */
    record Written(PartialDate start, PartialDate end, int length) {}

    /** The date written at the start of {@code tail}: a span, a day, a month, or (when {@code yearOk}) a year. */
    static Written at(String tail, boolean yearOk) {
        Matcher months = MONTH_RANGE.matcher(tail);
        if (months.find()) return monthSpan(months);
        Matcher days = DAY_RANGE.matcher(tail);
        if (days.find()) return daySpan(days);
        Matcher day = Dates.DAY.matcher(tail);
        if (day.find() && day.start() == 0) return Dates.day(day).map(d -> new Written(PartialDate.of(d), null, day.end())).orElse(null);
        Matcher my = MONTH_YEAR_START.matcher(tail);
        if (my.find()) return new Written(Dates.monthYear(my), null, my.end());
        Matcher y = YEAR_ONLY.matcher(tail);
        if (yearOk && y.find()) return new Written(PartialDate.ofYear(Integer.parseInt(y.group(1))), null, y.end());
        return null;
    }

    /** "October-November 2019": from the first month to the second, never backwards. */
    private static Written monthSpan(Matcher m) {
        int year = Integer.parseInt(m.group(3)), from = Dates.month(m.group(1)), to = Dates.month(m.group(2));
        return from > to ? null : new Written(PartialDate.ofMonth(year, from), PartialDate.ofMonth(year, to), m.end());
    }

    /** "18 - 22 November 2019", "16 December 2019 to 10 January 2020": the start takes the end's month and year where it has none. */
    private static Written daySpan(Matcher r) {
        try {
            PartialDate e = PartialDate.of(LocalDate.of(Integer.parseInt(r.group(6)), Dates.month(r.group(5)), Integer.parseInt(r.group(4))));
            int startMonth = r.group(2) != null ? Dates.month(r.group(2)) : e.month();
            int startYear = r.group(3) != null ? Integer.parseInt(r.group(3)) : e.year();
            PartialDate d = PartialDate.of(LocalDate.of(startYear, startMonth, Integer.parseInt(r.group(1))));
            return d.compareTo(e) > 0 ? null : new Written(d, e, r.end());
        } catch (RuntimeException ex) {
            return null; // 31 February and the like
        }
    }

    /** A date written before a mention ("the September 2022 focused visit", "the 2019 inspection"). */
    static PartialDate parse(String written) {
        Matcher day = Dates.DAY.matcher(written);
        if (day.matches()) return Dates.day(day).map(PartialDate::of).orElse(null);
        Matcher my = Dates.MONTH_YEAR.matcher(written);
        if (my.find()) return Dates.monthYear(my);
        return PartialDate.ofYear(Integer.parseInt(written.strip().substring(0, 4)));
    }
}
