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
    private static final Pattern WORD_NUMBER = Pattern.compile("(?i)\\b(" + String.join("|", IndicatorLexicon.NUMBER_WORDS.keySet()) + ")\\b");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    static List<Figure> find(String text) {
        List<Figure> out = new ArrayList<>();
        List<int[]> dates = dateSpans(text);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            if (inside(dates, s)) continue;
            boolean percent = m.group(3) != null;
            String digits = m.group(1);
            if (!percent && m.group(2) == null && digits.length() == 4 && YEAR.matcher(digits).matches()) continue; // a year
            if (!percent && m.group(2) != null) continue; // "2.0 Education", "3.5 FTE": counts are whole numbers
            if (notFigure(text, s, e)) continue;
            BigDecimal value = new BigDecimal(digits.replace(",", "") + (m.group(2) != null ? m.group(2) : ""));
            if (percent && value.compareTo(BigDecimal.valueOf(100)) > 0) continue;
            out.add(withQualifier(text, s, e, value, percent ? Unit.PERCENT : Unit.COUNT, false));
        }
        Matcher w = WORD_NUMBER.matcher(text);
        while (w.find()) {
            if (notFigure(text, w.start(), w.end())) continue;
            BigDecimal value = IndicatorLexicon.NUMBER_WORDS.get(w.group(1).toLowerCase(Locale.ROOT));
            out.add(withQualifier(text, w.start(), w.end(), value, Unit.COUNT, true));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
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

    private static boolean notFigure(String text, int s, int e) {
        String before = text.substring(Math.max(0, s - 40), s);
        String after = text.substring(e, Math.min(text.length(), e + 40));
        for (Pattern p : IndicatorLexicon.NOT_FIGURE_BEFORE) if (p.matcher(before).find()) return true;
        for (Pattern p : IndicatorLexicon.NOT_FIGURE_AFTER) if (p.matcher(after).find()) return true;
        return false;
    }

    private static List<int[]> dateSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : List.of(Dates.DAY, Dates.MONTH_YEAR)) {
            Matcher m = p.matcher(text);
            while (m.find()) spans.add(new int[]{m.start(), m.end()});
        }
        // "31st March", "March 31st" without a year
        Matcher m = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Dates.MONTH + "(?![a-z])|\\b" + Dates.MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b").matcher(text);
        while (m.find()) spans.add(new int[]{m.start(), m.end()});
        return spans;
    }

    private static boolean inside(List<int[]> spans, int pos) {
        for (int[] sp : spans) if (pos >= sp[0] && pos < sp[1]) return true;
        return false;
    }
}
