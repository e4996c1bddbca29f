package org.councilgraph.extract;

import org.councilgraph.model.Evidence;
import org.councilgraph.model.Grade;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.InspectionStatus;
import org.councilgraph.model.InspectionType;
import org.councilgraph.model.JudgementArea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary the inspection rules share, read from the lexicon files {@code inspection-types.tsv},
 * {@code inspection-grades.tsv}, {@code judgement-areas.tsv}, {@code improvement-lead-ins.tsv} and
 * {@code inspection-cues.tsv}, and the helpers that find an inspection "in context" at a place in the
 * text for the judgement and improvement-area rules.
 */
final class InspectionTerms {
    private InspectionTerms() {}

    /** A phrase found in a text, with what it stands for. */
    record Hit<T>(int start, int end, T value, String written, boolean weak) {}

    /**
     * Phrases of one lexicon matched as words: entries in capitals case-sensitively, others in any case.
     * An entry may hold the slot {@code {owner}}, which stands for a possessive such as "Halton's",
     * "the Council's" or "our" ("inspection of {owner} children's services"); {@code {place}} a place with
     * or without a possessive ("inspection of {place} local authority children's services").
     */
    static final class Phrases<T> {
        static final String OWNER = "(?:(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}['’]s?|our|its|their)";
        /** A place named as an attribute, with or without a possessive: "Leeds", "North Tyneside's". */
        static final String PLACE = "(?:(?:the\\s+)?(?-i:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})(?:['’]s?)?|our|its|their)";

        private final Pattern pattern;
        /** The same alternation without named groups, for composing into other patterns. */
        private final String plain;
        private final List<T> values = new ArrayList<>();
        private final List<Boolean> weak = new ArrayList<>();
        /** The words every entry's match holds: a sentence with none of the entries' words is not searched. */
        private final LiteralFilter literals = new LiteralFilter();
        /** The folded first characters of the entries: a match starts at one of them. */
        private final java.util.BitSet firstChars = new java.util.BitSet();

        Phrases(String file, Function<String, T> value) {
            List<String[]> rows = Lexicon.rows(file).stream()
                    .sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed()).toList();
            StringBuilder alt = new StringBuilder(), plainAlt = new StringBuilder();
            for (String[] r : rows) {
                String e = r[0];
                String regex = Texts.isAllCaps(e) && !e.contains(" ") ? "(?-i:" + Lexicon.quoteFlexibly(e) + ")"
                        : Lexicon.quoteFlexibly(e).replace(Pattern.quote("{owner}"), OWNER).replace(Pattern.quote("{place}"), PLACE);
                if (alt.length() > 0) { alt.append('|'); plainAlt.append('|'); }
                plainAlt.append(regex);
                alt.append("(?<e").append(values.size()).append('>').append(regex).append(')');
                values.add(value.apply(r[1]));
                // the pieces quoteFlexibly quotes verbatim; {owner} and {place} stand for any name
                literals.add(java.util.Arrays.stream(e.split("[ '’]")).filter(p -> !p.contains("{")).toList());
                char first = e.charAt(0);
                if (first == '{') throw new IllegalStateException("an entry opening with a name can start anywhere: " + e);
                if (first == '\'' || first == '’') { firstChars.set('\''); firstChars.set('’'); }
                else firstChars.set(LiteralFilter.fold(String.valueOf(first)).charAt(0));
                weak.add(r.length > 2 && r[2].equalsIgnoreCase("weak"));
            }
            pattern = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])");
            plain = "(?iu)(?<![\\p{L}\\p{N}])(?:" + plainAlt + ")(?![\\p{L}\\p{N}])";
        }

        List<Hit<T>> find(String s, int base) {
            List<Hit<T>> out = new ArrayList<>();
            String folded = LiteralFilter.fold(s);
            if (!literals.mayMatchFolded(folded)) return out;
            // the pattern is tried only where an entry's first letter stands, as find() would meet them
            Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            for (int at = 0; at < s.length(); at++) {
                if (!firstChars.get(folded.charAt(at)) || !m.region(at, s.length()).lookingAt()) continue;
                for (int i = 0; i < values.size(); i++) {
                    if (m.start("e" + i) < 0) continue;
                    out.add(new Hit<>(base + m.start(), base + m.end(), values.get(i), m.group(), weak.get(i)));
                    break;
                }
                at = Math.max(at, m.end() - 1); // go on after the match, as find() does
            }
            return out;
        }

        String regex() { return plain; }
    }

    static final Phrases<InspectionType> TYPES = new Phrases<>("inspection-types.tsv",
            n -> InspectionType.valueOf(n.toUpperCase(Locale.ROOT).replace('-', '_')));
    static final Phrases<Grade> GRADES = new Phrases<>("inspection-grades.tsv",
            n -> Grade.valueOf(n.toUpperCase(Locale.ROOT).replace('-', '_')));
    static final Phrases<JudgementArea> AREAS = new Phrases<>("judgement-areas.tsv",
            n -> Arrays.stream(JudgementArea.values()).filter(a -> a.notation().equals(n)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown judgement area " + n)));
    static final Phrases<Boolean> LEAD_INS = new Phrases<>("improvement-lead-ins.tsv", s -> s.equalsIgnoreCase("strong"));

    /** Kinds that Ofsted grades overall and by area. */
    static final Set<InspectionType> GRADED = EnumSet.of(InspectionType.ILACS, InspectionType.SIF, InspectionType.OTHER);
    /** Kinds a bare "the inspection" can refer to. */
    static final Set<InspectionType> INSPECTIONS = EnumSet.of(InspectionType.ILACS, InspectionType.SIF, InspectionType.JTAI,
            InspectionType.AREA_SEND, InspectionType.OTHER);

    /** An alternation of the cues of one role in {@code inspection-cues.tsv}, longest first. */
    static String cues(String role) {
        return Lexicon.rows("inspection-cues.tsv").stream().filter(r -> r.length > 1 && r[1].equals(role)).map(r -> r[0])
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Lexicon::quoteFlexibly)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    static final Pattern PAST_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])" + cues("past") + "(?:\\s+to)?\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,2}$");
    static final Pattern PAST_INSIDE = Pattern.compile("(?iu)^(?:[\\p{L}’'-]+\\s+)?" + cues("past") + "\\b");
    static final Pattern RECENT_INSIDE = Pattern.compile("(?iu)^(?:[\\p{L}’'-]+\\s+)?" + cues("recent") + "\\b");
    static final Pattern CONTEXT = Pattern.compile("(?iu)(?<![\\p{L}])" + cues("context") + "(?![\\p{L}])");
    static final Pattern CHILDRENS_SERVICES = Pattern.compile("(?iu)(?<![\\p{L}])" + cues("childrens-services") + "(?![\\p{L}])");
    static final Pattern NOT_ABOUT = Pattern.compile("(?iu)(?<![\\p{L}])" + cues("not-about") + "(?![\\p{L}])");

    /** Words a whole sentence never ends on: a clause stopping there lost its last words ("… as Good in"). */
    private static final Pattern DANGLING = Pattern.compile("(?iu)(?<![\\p{L}])(?:in|of|at|by|for|and|or|to|the|a|an|as|was|were|is|are|be|with|from|since|following|after|on|its|their|our)\\s*$");

    /**
     * A sentence cut off by the end of an excerpt mid-clause: nothing after it and no closing punctuation, and its
     * last word one no sentence ends on. A grade read there may belong to words that are missing.
     */
    static boolean cutOff(String text, int start, int end) {
        if (!Texts.blankFrom(text, end)) return false;
        String own = text.substring(start, end).strip();
        return !Texts.fullMatch(own, "(?s).*[.?!][\"”’')]*$") && DANGLING.matcher(own).find();
    }

    /** True when the mention at {@code text[start,end)} refers to an earlier inspection than the current one. */
    static boolean isPast(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String inside = text.substring(start, Math.min(end, start + 40));
        if (RECENT_INSIDE.matcher(inside).find()) return false;
        return PAST_BEFORE.matcher(before).find() || PAST_INSIDE.matcher(inside).find();
    }

    /**
     * The inspection the text at {@code pos} is about when it names none: the one whose mention
     * came last before {@code pos}, leaving out mentions of earlier inspections ("since the 2019
     * inspection") and inspections not yet done.
     */
    static Inspection inContext(String text, List<Inspection> inspections, int pos, Set<InspectionType> kinds) {
        List<Map.Entry<Evidence, Inspection>> mentions = new ArrayList<>();
        for (Inspection i : inspections) {
            if (i.status() == InspectionStatus.PLANNED || !kinds.contains(i.type())) continue;
            for (Evidence e : i.evidence())
                if (isMention(e) && e.start() < pos && !isPast(text, e.start(), e.end())) mentions.add(Map.entry(e, i));
        }
        mentions.sort(Comparator.comparingInt(m -> m.getKey().start()));
        Inspection best = null;
        for (Map.Entry<Evidence, Inspection> m : mentions) {
            Inspection i = m.getValue();
            // a look back that names no kind ("at the council's most recent standard inspection in 2018")
            // does not take the place of a later inspection the text is about
            if (best != null && i != best && i.start() != null && best.start() != null && i.start().compareTo(best.start()) < 0
                    && !TYPES.pattern.matcher(m.getKey().quote()).find()) continue;
            best = i;
        }
        return best;
    }

    private static final Pattern MENTION_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:inspection|inspected|visit|review)(?![\\p{L}])");

    /** Whether evidence quotes a mention of the inspection, not only its grade ("judged to be good"). */
    static boolean isMention(Evidence e) {
        return MENTION_WORD.matcher(e.quote()).find() || TYPES.pattern.matcher(e.quote()).find();
    }

    /** The inspection one of whose mentions lies within {@code text[start,end)}, if any (the first). */
    static Inspection named(List<Inspection> inspections, int start, int end, Set<InspectionType> kinds) {
        Inspection best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Inspection i : inspections) {
            if (!kinds.contains(i.type())) continue;
            for (Evidence e : i.evidence()) {
                if (e.start() >= start && e.end() <= end && e.start() < bestStart && e.rule().equals("inspection")
                        && TYPES.pattern.matcher(e.quote()).find()) {
                    best = i;
                    bestStart = e.start();
                }
            }
        }
        return best;
    }
}
