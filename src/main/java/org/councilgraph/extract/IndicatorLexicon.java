package org.councilgraph.extract;

import org.councilgraph.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists behind figure reading, from the lexicon data files: indicator phrases
 * ({@code indicators.tsv}), breakdown words ({@code indicator-breakdowns.tsv}), qualifiers
 * ({@code value-qualifiers.tsv}), numbers that are not figures ({@code non-figures.tsv}), numbers written
 * as words ({@code number-words.tsv}) and time cues ({@code period-cues.tsv}).
 */
final class IndicatorLexicon {
    private IndicatorLexicon() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    record Indicator(Pattern pattern, String notation, Unit unit) {}

    record Breakdown(Pattern pattern, String notation, String kind) {}

    /** An indicator phrase found in a text, at {@code [start,end)}. */
    record PhraseMatch(int start, int end, Indicator indicator) {
        boolean overlaps(int s, int e) { return start < e && s < end; }
    }

    /** A breakdown word found in a text. */
    record BreakdownMatch(int start, int end, Breakdown breakdown) {}

    static final List<Indicator> INDICATORS = Lexicon.rows("indicators.tsv").stream()
            .map(r -> new Indicator(Pattern.compile(r[0], FLAGS), r[1], Unit.valueOf(r[2].toUpperCase(Locale.ROOT))))
            .toList();

    static final List<Breakdown> BREAKDOWNS = Lexicon.rows("indicator-breakdowns.tsv").stream()
            .map(r -> new Breakdown(Pattern.compile("(?<![\\w-])(?:" + r[0] + ")(?![\\w-])", FLAGS), r[1], r[2]))
            .toList();

    static final Map<String, String> QUALIFIERS = Lexicon.rows("value-qualifiers.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0].toLowerCase(Locale.ROOT), r -> r[1]));

    /** A qualifier ending just before a figure: "above ", "approximately ". */
    static final Pattern QUALIFIER_BEFORE = Pattern.compile("(?<![\\w.])(" + QUALIFIERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Lexicon::quoteFlexibly)
            .collect(Collectors.joining("|")) + ")\\s*$", FLAGS);

    static final List<Pattern> NOT_FIGURE_BEFORE = nonFigures("before", "(?:", ")$");
    static final List<Pattern> NOT_FIGURE_AFTER = nonFigures("after", "", "");
    /** All non-figures before a number as one pattern: one pass over the text before it, not one per entry. */
    static final Pattern ANY_NOT_FIGURE_BEFORE = anyOf(NOT_FIGURE_BEFORE);
    /** All non-figures after a number as one pattern (each entry starts with ^). */
    static final Pattern ANY_NOT_FIGURE_AFTER = anyOf(NOT_FIGURE_AFTER);
    static {
        for (Pattern p : NOT_FIGURE_AFTER) {
            if (!p.pattern().startsWith("^")) throw new IllegalStateException("a non-figure after a number must start with ^: " + p);
        }
    }

    static final Map<String, BigDecimal> NUMBER_WORDS = Lexicon.rows("number-words.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0].toLowerCase(Locale.ROOT), r -> new BigDecimal(r[1])));

    static final String ANCHOR = cue("anchor");
    static final String BASELINE = cue("baseline");
    static final List<Pattern> CURRENT = Lexicon.rows("period-cues.tsv").stream().filter(r -> r[0].equals("current"))
            .map(r -> Pattern.compile(r[1], FLAGS)).toList();

    /** The words that tell a unit on one side of a number ({@code indicator-units.tsv}). */
    static Pattern unitCue(String unit, String side) {
        return Pattern.compile(Lexicon.rows("indicator-units.tsv").stream().filter(r -> r[0].equals(unit) && r[1].equals(side))
                .map(r -> r[2]).collect(Collectors.joining("|", "(?:", ")")), FLAGS);
    }

    /** A unit an indicator's figures may also be given in: a count indicator's figure as a rate per 10,000. */
    static boolean fits(Unit indicatorUnit, Unit figureUnit) {
        return indicatorUnit == figureUnit || indicatorUnit == Unit.COUNT && figureUnit == Unit.RATE;
    }

    private static List<Pattern> nonFigures(String kind, String pre, String post) {
        return Lexicon.rows("non-figures.tsv").stream().filter(r -> r[0].equals(kind))
                .map(r -> Pattern.compile(r[1].endsWith("$") ? r[1] : pre + r[1] + post, FLAGS)).toList();
    }

    private static Pattern anyOf(List<Pattern> patterns) {
        return Pattern.compile(patterns.stream().map(Pattern::pattern).collect(Collectors.joining(")|(?:", "(?:", ")")), FLAGS);
    }

    static String cueAlternation(String kind) { return cue(kind); }

    private static String cue(String kind) {
        return Lexicon.rows("period-cues.tsv").stream().filter(r -> r[0].equals(kind)).map(r -> r[1])
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * Indicator phrases in {@code text}, in text order; where two overlap, the one listed first in the
     * lexicon wins.
     */
    static List<PhraseMatch> phrases(String text) {
        List<PhraseMatch> out = new ArrayList<>();
        for (Indicator ind : INDICATORS) {
            Matcher m = ind.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                int s = m.start(), e = m.end();
                if (out.stream().noneMatch(p -> p.overlaps(s, e))) out.add(new PhraseMatch(s, e, ind));
            }
        }
        out.sort(Comparator.comparingInt(PhraseMatch::start));
        return out;
    }

    /** Breakdown words of the given kinds in {@code text[from,to)}, in text order. */
    static List<BreakdownMatch> breakdowns(String text, int from, int to, List<String> kinds) {
        List<BreakdownMatch> out = new ArrayList<>();
        from = Math.max(0, from);
        to = Math.min(text.length(), to);
        if (from >= to) return out;
        for (Breakdown b : BREAKDOWNS) {
            if (!kinds.contains(b.kind())) continue;
            Matcher m = b.pattern().matcher(text).region(from, to);
            while (m.find()) {
                int s = m.start(), e = m.end();
                if (out.stream().noneMatch(x -> x.start() < e && s < x.end())) out.add(new BreakdownMatch(s, e, b));
            }
        }
        out.sort(Comparator.comparingInt(BreakdownMatch::start));
        return out;
    }
}
