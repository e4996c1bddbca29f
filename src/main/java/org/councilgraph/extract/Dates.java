package org.councilgraph.extract;

import org.councilgraph.model.PartialDate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as councils write them: "15th February 2018", "Tuesday, 4 March 2025", "February 15, 2018",
 * "15/02/2018", "2018-02-15", "September 2022", "Sept 2022". Only what is written is returned: a month
 * and year stay a month.
 */
public final class Dates {
    private Dates() {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    public static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)";
    private static final String ORD = "(?:st|nd|rd|th)?";

    /** A full day: "Tuesday, 4th March 2025", "4 March, 2025", "March 4, 2025", "04/03/2025", "2025-03-04". */
    public static final Pattern DAY = Pattern.compile("(?i)(?<![\\d/])(?:" + WEEKDAY + "?(?:the\\s+)?(\\d{1,2})" + ORD + "\\s*(?:of\\s+)?(" + MONTH + ")\\s*,?\\s*((?:19|20)\\d\\d)"
            + "|" + WEEKDAY + "?(" + MONTH + ")\\s+(\\d{1,2})" + ORD + ",?\\s+((?:19|20)\\d\\d)"
            + "|(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)"
            + "|((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d))(?![\\w/])");

    /** A month: "September 2022", "Sept. 2022". */
    public static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(" + MONTH + ")\\s+((?:19|20)\\d\\d)\\b");

    /** Every match of {@link #MONTH_YEAR} starts with one of the month names. */
    private static final WordTriggers MONTH_NAMES = new WordTriggers(MONTHS.keySet());

    /**
     * The next match of a {@link #MONTH_YEAR} matcher at or after {@code from}, as {@code m.find()} would give
     * it, the pattern tried only where a month's name starts.
     */
    static boolean findMonthYear(Matcher m, CharSequence text, int from) {
        return MONTH_NAMES.find(m, text, from);
    }

    /** Whether a month's name starts at {@code at} (as a whole run of letters). */
    static boolean monthStartsAt(CharSequence text, int at) {
        return MONTH_NAMES.startsAt(text, at);
    }

    /**
     * Whether {@code text} holds four digits starting 19 or 20, which every match of {@link #DAY} and
     * {@link #MONTH_YEAR} needs: a plain scan that spares those patterns' work on text with no year.
     */
    public static boolean mayHoldYear(CharSequence text) {
        for (int i = 0, n = text.length() - 3; i < n; i++) {
            char a = text.charAt(i), b = text.charAt(i + 1);
            if ((a == '1' && b == '9' || a == '2' && b == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** Parses a whole-day match of {@link #DAY}. */
    public static Optional<LocalDate> day(Matcher m) {
        try {
            if (m.group(1) != null) return Optional.of(LocalDate.of(i(m.group(3)), month(m.group(2)), i(m.group(1))));
            if (m.group(4) != null) return Optional.of(LocalDate.of(i(m.group(6)), month(m.group(4)), i(m.group(5))));
            if (m.group(7) != null) return Optional.of(LocalDate.of(i(m.group(9)), i(m.group(8)), i(m.group(7))));
            return Optional.of(LocalDate.of(i(m.group(10)), i(m.group(11)), i(m.group(12))));
        } catch (RuntimeException e) {
            return Optional.empty(); // 31 February and the like: not a date
        }
    }

    /** The first whole day written in {@code s}. */
    public static Optional<LocalDate> firstDay(CharSequence s) {
        Matcher m = DAY.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = day(m);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    public static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (m == null) throw new IllegalArgumentException("not a month: " + name);
        return m;
    }

    public static PartialDate monthYear(Matcher monthYear) {
        return PartialDate.ofMonth(i(monthYear.group(2)), month(monthYear.group(1)));
    }

    private static int i(String s) { return Integer.parseInt(s); }
}
