package org.councilgraph.extract;

import org.councilgraph.extract.Figures.Figure;
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
 * Figures in running text whose measure is not in the indicator code list, read with the paper's own words
 * as their label (a reported indicator). Only a few grammatical shapes that name what is measured:
 * <ul>
 * <li>a count of something counted followed by what it did or where it is: "148 children entered care",
 *     "20 adoptions took place", "18 LAC in independent fostering places" (nouns in
 *     {@code indicator-counted-nouns.txt}); a percentage in brackets right after it is the share of the same
 *     ("155 children (62.5%) lived with foster families");</li>
 * <li>a percentage of a group: "24% of cases conclude within the timescale";</li>
 * <li>a measure that moved to a value: "the average caseload had reduced to 17", "the percentage of agency
 *     social workers had increased in October to 37.9%", with "compared to 23 in March 2022" after it;</li>
 * <li>a list line "Label – value" or "increase in Fostering to 61.1%" ({@link #readLine}).</li>
 * </ul>
 * A label is at most {@value #MAX_LABEL_WORDS} words, ends at a clause break and holds no other figure.
 */
final class IndicatorReportedReader {
    static final int MAX_LABEL_WORDS = 12;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOUNS = Lexicon.words("indicator-counted-nouns.txt").stream()
            .sorted((a, b) -> b.length() - a.length()).map(w -> w.replace(" ", "\\s+")).collect(Collectors.joining("|"));
    /** What may stand before a counted figure: a clause start, "there were", "made up of", a conjunction. */
    private static final Pattern COUNT_LEAD = Pattern.compile("(?:^|[,;:(–—-]\\s*|\\b(?:there\\s+(?:were|are|was|is|have\\s+been|had\\s+been)(?:\\s+currently|\\s+now)?|made\\s+up\\s+of|and|only|just|currently|that|saw|with)\\s+)$", FLAGS);
    /** Written as listed (case-sensitive): "12 Children's Services Update" is an item heading, not a count. */
    private static final Pattern COUNTED = Pattern.compile("^\\s+((?:[\\p{Ll}][\\p{L}-]*\\s+)?(?:" + NOUNS + ")\\b)(?!['’])");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.()–—]|\\s-\\s|\\s(?:and|but|which|who|whilst|while|whereas|compared|of\\s+which|this|it)\\s", FLAGS);
    private static final Pattern BRACKET_PERCENT = Pattern.compile("^\\s*\\(\\s*$");
    private static final Pattern PERCENT_OF = Pattern.compile("^\\s+of\\s+(?!(?:them|those|these|which|this|it|all|the\\s+\\d)\\b)", FLAGS);
    private static final Pattern MOVED_TO = Pattern.compile(
            "\\b(?:the\\s+)?((?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+)\\s+(?:had|has|have)\\s+(?:now\\s+)?(?:continued\\s+to\\s+)?"
                    + "(?:increased?|improved?|reduced?|risen|rise|fallen|fall|decreased?|dropped|drop|grown|grow)"
                    + "(?:\\s+(?:in|since|during|over)\\s+[^,;.\\d]{1,25}?)?\\s+to\\s+$", FLAGS);
    /** "The percentage of re-referrals within 12 months was 21.4%": a share named, then its value at once. */
    private static final Pattern SHARE_WAS = Pattern.compile(
            "(?:^|[,;:]\\s*|\\b(?:that|and|while|whilst)\\s+)(?:the\\s+)?(?:percentage|proportion)\\s+of\\s+"
                    + "((?:[\\p{L}'’-]+|" + "\\d{1,3}(?:[-–]\\d{1,3})?(?=\\s+(?:working\\s+)?(?:days?|weeks?|months?|years?)\\b)" + ")(?:\\s+(?:[\\p{L}'’-]+|"
                    + "\\d{1,3}(?:[-–]\\d{1,3})?(?=\\s+(?:working\\s+)?(?:days?|weeks?|months?|years?)\\b)" + ")){0,10}?)"
                    + "\\s+(?:was|is|stood\\s+at|stands\\s+at|remained\\s+at|remains\\s+at)\\s+$", FLAGS);
    private static final Pattern SUBJECT_BREAK = Pattern.compile(
            "\\b(?:that|which|who|whether|how|where|when|and|but|said|explained|noted|reported|confirmed|advised|stated|highlighted)\\s+", FLAGS);
    private static final Pattern COMPARED = Pattern.compile("^\\s*,?\\s*(?:compared\\s+(?:to|with)|down\\s+from|up\\s+from|from)\\s+$", FLAGS);
    private static final Set<String> LEADING = Set.of("the", "a", "an", "our", "its", "their", "and", "but", "that", "which");
    private static final Set<String> TRAILING = Lexicon.words("figure-link-words.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /**
     * A number inside a label that is part of what is measured, never a figure: a timescale ("within 45 working
     * days", "within 12 months") or an age band ("aged 19-21"). A bare year is no such number ("March 2024: 612").
     */
    private static final String LABEL_NUMBER = "\\d{1,3}(?:[-–]\\d{1,3})?(?=\\s+(?:working\\s+)?(?:days?|weeks?|months?|years?)\\b)"
            + "|(?<=\\baged\\s)\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2}|\\+)?";
    /** "Short term placement stability – 8.2%", "Visits in timescale: 92%": a short label, then one value. */
    private static final Pattern LABEL_VALUE_LINE = Pattern.compile(
            "^([A-Z][\\p{L}'’/&,-]*(?:\\s+(?:[\\p{L}'’/&,-]+|" + LABEL_NUMBER + ")){0,9})\\s*(?:[–—:]|\\s-)\\s*(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?\\s*%?)$");
    /** "increase in Fostering to 61.1%", "reduction in supported accommodation to 6.7%". */
    private static final Pattern CHANGE_LINE = Pattern.compile(
            "^(?:an?\\s+)?(?:increase|reduction|rise|fall|decrease|improvement)\\s+in\\s+((?:[\\p{L}'’/&-]+\\s+){0,6}?[\\p{L}'’/&-]+)\\s+to\\s+(\\d{1,3}(?:\\.\\d+)?\\s*%)$", FLAGS);

    /** A bullet glyph the layout did not take for one ("Ø  increase in …"). */
    private static final Pattern BULLET = Pattern.compile("^[^\\p{L}\\d\\s]{1,2}\\s+");
    /** A label that points back at something named before ("on a plan", "in such placements") measures nothing by itself. */
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)\\b(?:such|those|these|them)\\b|\\b(?:a|the)\\s+plan\\b");

    /** A figure read with its label, offsets into the sentence. */
    record Reading(String label, Unit unit, String area, PartialDate period, Figure figure, int evidenceStart, int evidenceEnd) {}

    private final IndicatorPeriods periods;
    private final IndicatorAreas areas;

    IndicatorReportedReader(IndicatorPeriods periods, IndicatorAreas areas) {
        this.periods = periods;
        this.areas = areas;
    }

    /** Figures of {@code s} not in {@code taken} (start offsets of figures read for the code list) in the shapes above. */
    List<Reading> read(String s, IndicatorSentenceReader.Context context, Set<Integer> taken) {
        return read(s, Figures.find(s), context, taken);
    }

    /** The same, for a sentence whose figures ({@link Figures#find}) are already known. */
    List<Reading> read(String s, List<Figure> figures, IndicatorSentenceReader.Context context, Set<Integer> taken) {
        List<Reading> out = new ArrayList<>();
        if (figures.isEmpty()) return out;
        List<Cue> cues = periods.cues(s);
        String lastLabel = null;
        Figure last = null;
        int lastNounEnd = -1;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String label = null;
            int nounEnd = -1;
            int labelStart = f.qualifierStart(), labelEnd = f.end();
            if (f.unit() == Unit.COUNT && f.integral() && COUNT_LEAD.matcher(s.substring(0, f.qualifierStart())).find()) {
                Matcher m = COUNTED.matcher(s.substring(f.end()));
                if (m.find()) {
                    nounEnd = f.end() + m.end(1);
                    int from = f.end() + m.start(1);
                    int to = clauseEnd(s, from);
                    label = label(BRACKETED_INSIDE.matcher(s.substring(from, to)).replaceAll(" "));
                    labelEnd = to;
                }
            } else if (f.unit() == Unit.PERCENT && !f.word()) {
                Matcher m = PERCENT_OF.matcher(s.substring(f.end()));
                if (m.find()) {
                    int from = f.end() + m.end();
                    int to = clauseEnd(s, from);
                    label = label(s.substring(from, to));
                    labelEnd = to;
                } else if (last != null && lastLabel != null && last.unit() == Unit.COUNT
                        && lastNounEnd >= 0 && lastNounEnd <= f.qualifierStart()
                        && BRACKET_PERCENT.matcher(s.substring(lastNounEnd, f.qualifierStart())).matches()) {
                    // "155 children (62.5%) lived with foster families": the share of the same children
                    label = lastLabel;
                    labelStart = last.qualifierStart();
                }
            }
            if (label == null && !f.word() && f.unit() == Unit.PERCENT) {
                Matcher m = SHARE_WAS.matcher(s.substring(0, f.qualifierStart()));
                if (m.find()) {
                    label = label(m.group(1));
                    labelStart = m.start(1);
                }
            }
            if (label == null && !f.word()) {
                Matcher m = MOVED_TO.matcher(s.substring(0, f.qualifierStart()));
                if (m.find()) {
                    String subject = m.group(1);
                    Matcher b = SUBJECT_BREAK.matcher(subject);
                    int cut = 0;
                    while (b.find()) cut = b.end(); // "… explained that timeliness": the subject starts after the last break
                    label = label(subject.substring(cut));
                    labelStart = m.start(1) + cut;
                } else if (last != null && lastLabel != null && last.unit() == f.unit()
                        && COMPARED.matcher(s.substring(last.end(), f.qualifierStart())).matches()) {
                    label = lastLabel; // "… had reduced to 17, compared to 23 in March 2022"
                    labelStart = last.qualifierStart();
                }
            }
            last = f;
            lastLabel = label;
            lastNounEnd = nounEnd;
            if (label == null || taken.contains(f.start()) || areas.namesOtherPlace(label)) continue;
            IndicatorAreas.Resolved area = areas.resolve(s, f);
            if (area.excluded()) continue;
            PartialDate period = IndicatorSentenceReader.periodOf(s, f, figures, cues, context);
            out.add(new Reading(label, f.unit(), area.gss(), period, f, Math.min(labelStart, f.qualifierStart()), Math.max(labelEnd, f.end())));
        }
        return out;
    }

    /** A list line of a label and one value, or of a change to a value; null when the line has neither shape. */
    static Reading readLine(String line, IndicatorAreas areas, PartialDate period) {
        String t = BULLET.matcher(line.strip()).replaceFirst("");
        int lead = line.indexOf(t);
        Matcher m = LABEL_VALUE_LINE.matcher(t);
        if (!m.matches()) m = CHANGE_LINE.matcher(t);
        if (!m.matches()) return null;
        List<Figure> fs = Figures.find(t);
        if (fs.size() != 1 || fs.get(0).start() != m.start(2)) return null;
        Figure f = fs.get(0);
        if (f.unit() == Unit.COUNT && !f.integral()) return null;
        String label = label(m.group(1));
        if (label == null) return null; // list labels capitalise their words ("Visits in Timescale"): no place test
        Figure shifted = new Figure(f.start() + lead, f.end() + lead, f.qualifierStart() + lead, f.value(), f.unit(), f.qualifier(), f.word());
        return new Reading(label, f.unit(), areas.councilGss(), period, shifted, lead + m.start(1), lead + t.length());
    }

    /** "(62.5%)" inside a label is the share just read, not a clause break. */
    private static final Pattern BRACKETED_FIGURE = Pattern.compile("^\\(\\s*\\d{1,3}(?:\\.\\d+)?\\s*%\\s*\\)");

    private static final Pattern BRACKETED_INSIDE = Pattern.compile("\\s*\\(\\s*\\d{1,3}(?:\\.\\d+)?\\s*%\\s*\\)");

    private static int clauseEnd(String s, int from) {
        Matcher e = CLAUSE_END.matcher(s);
        int at = from;
        while (e.find(at)) {
            Matcher b = BRACKETED_FIGURE.matcher(s.substring(e.start()));
            if (!b.find()) return e.start();
            at = e.start() + b.end();
        }
        return s.length();
    }

    /** The label's words without a leading article or trailing linking words; null when empty, too long or holding a figure. */
    static String label(String raw) {
        List<String> words = new ArrayList<>(List.of(Texts.WHITESPACE.split(raw.strip())));
        while (!words.isEmpty() && LEADING.contains(words.get(0).toLowerCase(Locale.ROOT))) words.remove(0);
        while (!words.isEmpty() && TRAILING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) words.remove(words.size() - 1);
        if (words.size() < 2 || words.size() > MAX_LABEL_WORDS) return null; // "children" alone names no measure
        String label = String.join(" ", words);
        if (label.contains("%") || !Texts.fullMatch(label, ".*\\p{L}{2,}.*") || ANAPHORIC.matcher(label).find()) return null;
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
