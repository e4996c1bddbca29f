package org.councilgraph.extract;

import org.councilgraph.extract.Figures.Figure;
import org.councilgraph.extract.IndicatorLexicon.BreakdownMatch;
import org.councilgraph.extract.IndicatorLexicon.PhraseMatch;
import org.councilgraph.extract.IndicatorPeriods.Cue;
import org.councilgraph.model.PartialDate;
import org.councilgraph.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Figures in running text and list items. A number is read only when it is tied to an indicator phrase
 * of its unit in the same sentence: the phrase holds it ("secondary school standings had increased above
 * 71% for good or outstanding"), follows it at once ("24 unaccompanied asylum seeking children", "93% of all
 * schools … judged good or outstanding") or comes before it with only linking words after the number
 * ("children placed in care which was at 384 at the time of the meeting", "% schools with Good or
 * Outstanding: 94.9%"). "From X to Y" gives two figures, X at the earlier time and Y at the later one.
 */
final class IndicatorSentenceReader {

    /** A figure read from a sentence, with offsets into the sentence text. */
    record Reading(String indicator, Unit unit, String area, PartialDate period, String breakdown, Figure figure,
                   int evidenceStart, int evidenceEnd) {}

    /** What the surrounding layout says about a sentence: a heading's breakdown, a lead-in's period. */
    record Context(String breakdown, PartialDate period, PartialDate standing) {
        static final Context NONE = new Context(null, null, null);

        Context(String breakdown, PartialDate period) { this(breakdown, period, null); }

        /** The same context with the document's standing period, the time of figures nothing else dates. */
        Context standing(PartialDate p) { return new Context(breakdown, period, p); }
    }

    private static final List<String> SENTENCE_KINDS = List.of("phase", "age", "sex");
    private static final Set<String> LINK_WORDS = Lexicon.words("figure-link-words.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> MODIFIER_HEADS = Lexicon.words("indicator-modifier-heads.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s,]*([\\p{L}][\\p{L}'’-]*)");
    private static final Pattern COUNT_GAP = Pattern.compile("^\\s*(?:[\\p{L}'’-]+\\s+){0,2}$");
    private static final Pattern WORD_GAP = Pattern.compile("^\\s*(?:[\\p{L}'’-]+\\s+){0,1}$");
    private static final Pattern PERCENT_GAP = Pattern.compile("^\\s*(?:of\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern TO_BETWEEN = Pattern.compile("(?i)^\\s*(?:(?:in|at|on|as\\s+at)\\s+[^,;]{1,30}?\\s+)?to\\s+$");
    private static final int MAX_BACK = 160;
    private static final Pattern LABEL_AFTER = Pattern.compile("^\\s*[:=]");
    private static final Pattern GAP_BREAKER = Pattern.compile("(?<![\\w])" + Lexicon.alternation("indicator-gap-breakers.txt") + "(?![\\w])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "(38.4 per 10,000)", "(a rate of 58 per 10,000)", "(rate: 58 per 10,000)": the bracket opening after a count. */
    private static final Pattern BRACKETED = Pattern.compile("(?i)\\s*\\(\\s*(?:(?:a|the)\\s+)?(?:rate\\s*(?:of\\s+|:\\s*|\\s))?\\s*");
    private static final Pattern RATE_WORDS = Pattern.compile("(?i)\\b(?:rates?|per|population)\\b|10,?000");

    private final IndicatorPeriods periods;
    private final IndicatorAreas areas;

    IndicatorSentenceReader(IndicatorPeriods periods, IndicatorAreas areas) {
        this.periods = periods;
        this.areas = areas;
    }

    List<Reading> read(String s, Context context) { return read(s, Figures.find(s), context); }

    /** The readings of {@code s}, whose figures ({@link Figures#find}) are already known. */
    List<Reading> read(String s, List<Figure> figures, Context context) {
        List<Reading> out = new ArrayList<>();
        if (figures.isEmpty()) return out;
        List<PhraseMatch> phrases = IndicatorLexicon.phrases(s);
        if (phrases.isEmpty()) return out;
        List<Cue> cues = periods.cues(s);
        PhraseMatch lastPhrase = null;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            PhraseMatch previous = lastPhrase; // the phrase of the figure just before, if it was read
            lastPhrase = null;
            if (f.unit() == Unit.COUNT && !f.integral()) continue;
            IndicatorAreas.Resolved area = areas.resolve(s, f);
            if (area.excluded()) continue;
            PhraseMatch p = attach(s, f, phrases, area.cueStart(), areas.cueEnd(s, f));
            // "1,194 (48.2 per 10,000)": a rate in brackets right after a count is the same indicator's
            if (p == null && f.unit() == Unit.RATE && previous != null && Math.max(figures.get(i - 1).end(), previous.end()) <= f.qualifierStart()
                    && BRACKETED.matcher(s.substring(Math.max(figures.get(i - 1).end(), previous.end()), f.qualifierStart())).matches()) p = previous;
            if (p == null) continue;
            String breakdown = breakdown(s, f, p);
            if (breakdown == null) breakdown = context.breakdown();
            PartialDate period;
            Figure next = i + 1 < figures.size() ? figures.get(i + 1) : null;
            boolean rangeStart = next != null && !next.word() && next.unit() == f.unit()
                    && FROM_BEFORE.matcher(s.substring(Math.max(0, f.qualifierStart() - 20), f.qualifierStart())).find()
                    && TO_BETWEEN.matcher(s.substring(f.end(), next.qualifierStart())).find();
            Figure prev = i > 0 ? figures.get(i - 1) : null;
            boolean rangeEnd = prev != null && !prev.word() && prev.unit() == f.unit()
                    && FROM_BEFORE.matcher(s.substring(Math.max(0, prev.qualifierStart() - 20), prev.qualifierStart())).find()
                    && TO_BETWEEN.matcher(s.substring(prev.end(), f.qualifierStart())).find();
            if (rangeStart) {
                period = earlierPeriod(s, f, next, cues);
                if (period == null) continue; // an earlier figure of unknown time is left out
            } else {
                period = period(s, f, figures, cues, context, rangeEnd ? prev : null);
            }
            Figure figure = rangeEnd && "up to".equals(f.qualifier())
                    ? new Figure(f.start(), f.end(), f.start(), f.value(), f.unit(), null, f.word()) : f;
            int evStart = Math.min(p.start(), figure.qualifierStart()), evEnd = Math.max(p.end(), figure.end());
            lastPhrase = p;
            out.add(new Reading(p.indicator().notation(), f.unit(), area.gss(), period, breakdown, figure, evStart, evEnd));
        }
        return out;
    }

    /** The indicator phrase a figure belongs to, or null. */
    private static PhraseMatch attach(String s, Figure f, List<PhraseMatch> phrases, int areaCueStart, int areaCueEnd) {
        for (PhraseMatch p : phrases) {
            if (!IndicatorLexicon.fits(p.indicator().unit(), f.unit())) continue;
            if (!f.word() && p.start() < f.qualifierStart() && p.end() >= f.end()) return isModifier(s, p, false) ? null : p; // the phrase holds the figure
        }
        for (PhraseMatch p : phrases) {
            if (!IndicatorLexicon.fits(p.indicator().unit(), f.unit()) || p.start() < f.end()) continue;
            String gap = s.substring(f.end(), p.start());
            Pattern allowed = f.word() ? WORD_GAP : f.unit() == Unit.COUNT ? COUNT_GAP : PERCENT_GAP;
            if (!allowed.matcher(gap).matches()) break;
            if (isModifier(s, p, true)) return null;
            return p;
        }
        if (f.word()) return null;
        PhraseMatch before = null;
        for (PhraseMatch p : phrases) {
            if (p.end() <= f.qualifierStart()) before = p;
        }
        if (before == null || !IndicatorLexicon.fits(before.indicator().unit(), f.unit())) return null;
        if (f.qualifierStart() - before.end() > MAX_BACK) return null;
        if (!followedByLink(s, f, areaCueEnd) || isModifier(s, before, false)) return null;
        String gap = s.substring(before.end(), Math.max(before.end(), Math.min(f.qualifierStart(), areaCueStart)));
        if (f.unit() == Unit.RATE) gap = RATE_WORDS.matcher(gap).replaceAll(" "); // "the rate … per 10,000 … was 64": the rate's own words
        if (GAP_BREAKER.matcher(gap).find()) return null;
        return before;
    }

    /**
     * "two Looked after Children Ambassadors", "children in care placements: 300": the phrase qualifies the
     * next noun. A capitalised next word counts only for a phrase right after the figure ("… outstanding
     * Ofsted grading" is not a modifier).
     */
    private static final Pattern MODIFIED_WORD = Pattern.compile("^[ \\t]+([\\p{L}][\\p{L}'’-]*)");

    static boolean isModifier(String s, PhraseMatch p, boolean capitalised) {
        Matcher m = MODIFIED_WORD.matcher(s.substring(p.end()));
        if (!m.find()) return false;
        String w = m.group(1);
        return capitalised && Character.isUpperCase(w.charAt(0)) || MODIFIER_HEADS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** After a figure read for an earlier phrase only linking words, breakdown words or the sentence's end may come. */
    private static boolean followedByLink(String s, Figure f, int areaCueEnd) {
        String after = s.substring(areaCueEnd > f.end() ? areaCueEnd : f.end()); // "93.1% nationally": the area word is no noun
        Matcher m = NEXT_WORD.matcher(after);
        if (!m.find()) return true;
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (LINK_WORDS.contains(w)) return true;
        return !IndicatorLexicon.breakdowns(after, m.start(1), m.end(1), SENTENCE_KINDS).isEmpty();
    }

    /** A phase, age or sex right after the number ("23 primary") or next to the phrase ("secondary school standings"). */
    private static String breakdown(String s, Figure f, PhraseMatch p) {
        Matcher m = NEXT_WORD.matcher(s.substring(f.end()));
        if (m.find()) {
            int ws = f.end() + m.start(1), we = f.end() + m.end(1);
            List<BreakdownMatch> right = IndicatorLexicon.breakdowns(s, ws, Math.min(s.length(), we + 12), SENTENCE_KINDS);
            if (!right.isEmpty() && right.get(0).start() == ws) return right.get(0).breakdown().notation();
        }
        int from = Math.min(p.start(), f.qualifierStart()) - 25, to = Math.max(p.end(), f.end());
        List<BreakdownMatch> near = IndicatorLexicon.breakdowns(s, from, to, SENTENCE_KINDS);
        Set<String> distinct = near.stream().map(b -> b.breakdown().notation()).collect(Collectors.toSet());
        return distinct.size() == 1 ? distinct.iterator().next() : null;
    }

    /**
     * The time of a single figure or of the later figure of a "from X to Y". A date with another figure
     * between it and this one is that figure's ("287, down from 301 at the end of June": June is 301's).
     */
    private static PartialDate period(String s, Figure f, List<Figure> figures, List<Cue> cues, Context context, Figure rangeStart) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue c : cues) {
            if (c.kind() != IndicatorPeriods.Kind.ANCHOR) continue;
            if (rangeStart != null && c.start() >= rangeStart.end() && c.end() <= f.qualifierStart()) continue; // X's own time
            if (c.start() >= f.end() && LABEL_AFTER.matcher(s.substring(c.end())).find()) continue; // "(Q1: 398)" labels the next figure
            // a date after another figure is that figure's ("287, down from 301 at the end of June"); a date
            // before several figures ("As at 31 July 2024 there were 1,045 … and 312 …") is all of theirs
            if (rangeStart == null && c.start() >= f.end() && figures.stream().anyMatch(o -> o != f && !o.word()
                    && o.start() >= f.end() && o.end() <= c.start())) continue;
            int d = c.start() >= f.end() ? c.start() - f.end() : f.qualifierStart() - c.end();
            if (d < bestDistance) { best = c; bestDistance = d; }
        }
        if (best != null) return best.period();
        if (context.period() != null) return context.period();
        return cues.stream().filter(c -> c.kind() == IndicatorPeriods.Kind.CURRENT).map(Cue::period).findFirst().orElse(context.standing());
    }

    /** The time of a figure read by another reader of the same sentence, by the same rules. */
    static PartialDate periodOf(String s, Figure f, List<Figure> figures, List<Cue> cues, Context context) {
        return period(s, f, figures, cues, context, null);
    }

    /** The time of X in "from X to Y": a date right after X ("from 307 in March 2017 to 240") or a baseline ("than in March 2017"). */
    private static PartialDate earlierPeriod(String s, Figure x, Figure y, List<Cue> cues) {
        for (Cue c : cues) if (c.start() >= x.end() && c.end() <= y.qualifierStart()) return c.period();
        return cues.stream().filter(c -> c.kind() == IndicatorPeriods.Kind.BASELINE).map(Cue::period).findFirst().orElse(null);
    }
}
