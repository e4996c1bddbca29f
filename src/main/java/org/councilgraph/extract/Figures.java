package org.councilgraph.extract;

import org.councilgraph.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in running text that may be figures: "384", "1,234", "94.2%", "93 per cent", "above 71%",
 * "four" (a word number, {@code word}). Dates, years, ranges ("2017-20", "0-19"), codes ("24U", "Q3"),
 * section numbers, money, ages, durations ("within 70 working days") and the like ({@code non-figures.tsv})
 * are left out.
 */
final class Figures {
    private Figures() {}

    /** A figure at {@code [start,end)} (the % sign included); {@code qualifierStart} is where "above" etc. begins. */
    record Figure(int start, int end, int qualifierStart, BigDecimal value, Unit unit, String qualifier, boolean word) {
        boolean integral() { return value.stripTrailingZeros().scale() <= 0; }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,/£$€#:-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\w/]|[.,]\\d|-\\d|:\\d)(\\s*(?:%|per\\s*cent\\b|percent\\b))?");
    private static final String SMALL = words(v -> v < 20);
    private static final String TENS = words(v -> v >= 20 && v % 10 == 0);
    /** "four", "forty-three", "one hundred and fifty-five": units, tens with units, hundreds with the rest. */
    private static final Pattern WORD_NUMBER = Pattern.compile("(?i)\\b(?:(" + SMALL + ")\\s+hundred(?:(?:\\s+and)?\\s+(?:(" + TENS + ")(?:[- ](" + SMALL
            + "))?|(" + SMALL + ")))?|(" + TENS + ")(?:[- ](" + SMALL + "))?|(" + SMALL + "))\\b");

    private static String words(java.util.function.IntPredicate value) {
        return IndicatorLexicon.NUMBER_WORDS.entrySet().stream().filter(e -> value.test(e.getValue().intValue()))
                .map(java.util.Map.Entry::getKey).sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .collect(java.util.stream.Collectors.joining("|"));
    }

    private static BigDecimal wordValue(Matcher w) {
        BigDecimal v = BigDecimal.ZERO;
        for (int g = 1; g <= w.groupCount(); g++) {
            if (w.group(g) == null) continue;
            BigDecimal n = IndicatorLexicon.NUMBER_WORDS.get(w.group(g).toLowerCase(Locale.ROOT));
            v = v.add(g == 1 ? n.multiply(BigDecimal.valueOf(100)) : n);
        }
        return v;
    }
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private static final StartChars DIGITS = StartChars.of(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    /** Where a written number can start: every match of {@link #WORD_NUMBER} starts with one of these words. */
    private static final WordTriggers NUMBER_WORD_STARTS = new WordTriggers(IndicatorLexicon.NUMBER_WORDS.keySet());

    static List<Figure> find(String text) {
        List<Figure> out = new ArrayList<>();
        // every number, and every date that can hide one, has a digit: text without one is spared those patterns
        boolean hasDigits = hasDigit(text);
        List<int[]> dates = hasDigits ? dateSpans(text) : List.of();
        Matcher m = NUMBER.matcher(text);
        for (int from = 0; hasDigits && DIGITS.find(m, text, from); from = m.end()) { // a number starts with a digit
            int s = m.start(), e = m.end();
            if (inside(dates, s)) continue;
            boolean percent = m.group(3) != null;
            String digits = m.group(1);
            int rateEnd = percent ? -1 : rateEnd(text, s, e);
            boolean rate = rateEnd >= 0;
            if (!percent && !rate && m.group(2) == null && digits.length() == 4 && YEAR.matcher(digits).matches()) continue; // a year
            if (!percent && !rate && m.group(2) != null) continue; // "2.0 Education", "3.5 FTE": counts are whole numbers
            if (notFigure(text, s, e)) continue;
            BigDecimal value = new BigDecimal(digits.replace(",", "") + (m.group(2) != null ? m.group(2) : ""));
            if (percent && value.compareTo(BigDecimal.valueOf(100)) > 0) continue;
            if (rate) out.add(withQualifier(text, s, Math.max(e, rateEnd), value, Unit.RATE, false));
            else out.add(withQualifier(text, s, e, value, percent ? Unit.PERCENT : Unit.COUNT, false));
        }
        Matcher w = WORD_NUMBER.matcher(text);
        // the pattern is tried only where a number word starts: no match can start anywhere else
        for (int from = 0; NUMBER_WORD_STARTS.find(w, text, from); from = w.end()) {
            if (notFigure(text, w.start(), w.end())) continue;
            BigDecimal value = wordValue(w);
            out.add(withQualifier(text, w.start(), w.end(), value, Unit.COUNT, true));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static final Pattern RATE_AFTER = IndicatorLexicon.unitCue("rate", "after");
    private static final Pattern RATE_BEFORE = IndicatorLexicon.unitCue("rate", "before");
    /** After a figure of a rate named earlier only the sentence's end or a linking word may come, not a noun it counts. */
    private static final Pattern RATE_TAIL = Pattern.compile("(?i)^\\s*(?:[,.;:)]|$|(?:in|at|on|to|and|for|from|than|compared|which|as|during|since|by|is|was)\\b)");

    /**
     * Where a rate per 10,000 ends: after "per 10,000 (of the child population)" joined to the number, or
     * at the number when the sentence named the rate before it ("the rate per 10,000 has reduced from 165.1
     * … to 159.4"); -1 when the number is no rate.
     */
    private static int rateEnd(String text, int s, int e) {
        Matcher a = RATE_AFTER.matcher(text).region(e, text.length());
        if (a.lookingAt()) return a.end();
        if (RATE_BEFORE.matcher(text.substring(0, s)).find() && RATE_TAIL.matcher(text.substring(e)).find()) return e;
        return -1;
    }

    private static Figure withQualifier(String text, int s, int e, BigDecimal value, Unit unit, boolean word) {
        String before = text.substring(Math.max(0, s - 30), s);
        Matcher q = IndicatorLexicon.QUALIFIER_BEFORE.matcher(before);
        if (q.find()) {
            String qualifier = IndicatorLexicon.QUALIFIERS.get(Texts.squash(q.group(1)).toLowerCase(Locale.ROOT).replace('’', '\''));
            return new Figure(s, e, s - (before.length() - q.start(1)), value, unit, qualifier, word);
        }
        return new Figure(s, e, s, value, unit, null, word);
    }

    /** A page, item or quarter number, an amount of money, an age, a span of time …: not a figure. */
    private static boolean notFigure(String text, int s, int e) {
        // the regions' bounds are opaque and anchoring, as the 40 characters on either side would be on their own
        if (IndicatorLexicon.ANY_NOT_FIGURE_BEFORE.matcher(text).region(Math.max(0, s - 40), s).find()) return true;
        return IndicatorLexicon.ANY_NOT_FIGURE_AFTER.matcher(text).region(e, Math.min(text.length(), e + 40)).lookingAt();
    }

    /** "31st March", "March 31st" without a year. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Dates.MONTH
            + "(?![a-z])|\\b" + Dates.MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b");

    private static List<int[]> dateSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        if (Dates.mayHoldYear(text)) {
            Matcher m = Dates.DAY.matcher(text);
            while (m.find()) spans.add(new int[]{m.start(), m.end()});
            Matcher my = Dates.MONTH_YEAR.matcher(text);
            for (int from = 0; Dates.findMonthYear(my, text, from); from = my.end()) spans.add(new int[]{my.start(), my.end()});
        }
        // a day and month starts with the day's digits or the month's name: the pattern is tried only there
        Matcher m = DAY_MONTH.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (!(c >= '0' && c <= '9' || Dates.monthStartsAt(text, at)) || !m.region(at, text.length()).lookingAt()) continue;
            spans.add(new int[]{m.start(), m.end()});
            at = Math.max(at, m.end() - 1); // go on after the match, as find() does
        }
        return spans;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, int pos) {
        for (int[] sp : spans) if (pos >= sp[0] && pos < sp[1]) return true;
        return false;
    }
}
