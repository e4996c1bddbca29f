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

    /** Phrases of one lexicon matched as words: entries in capitals case-sensitively, others in any case. */
    static final class Phrases<T> {
        private final Pattern pattern;
        private final Map<String, T> byKey;
        private final Set<String> weak;

        Phrases(String file, Function<String, T> value) {
            List<String[]> rows = Lexicon.rows(file);
            byKey = rows.stream().collect(Collectors.toMap(r -> key(r[0]), r -> value.apply(r[1]), (a, b) -> a));
            weak = rows.stream().filter(r -> r.length > 2 && r[2].equalsIgnoreCase("weak")).map(r -> key(r[0])).collect(Collectors.toSet());
            String alt = rows.stream().map(r -> r[0]).sorted(Comparator.comparingInt(String::length).reversed())
                    .map(e -> Texts.isAllCaps(e) && !e.contains(" ") ? "(?-i:" + Lexicon.quoteFlexibly(e) + ")" : Lexicon.quoteFlexibly(e))
                    .collect(Collectors.joining("|"));
            pattern = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])");
        }

        List<Hit<T>> find(String s, int base) {
            List<Hit<T>> out = new ArrayList<>();
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                String k = key(m.group());
                T v = byKey.get(k);
                if (v != null) out.add(new Hit<>(base + m.start(), base + m.end(), v, m.group(), weak.contains(k)));
            }
            return out;
        }

        String regex() { return pattern.pattern(); }

        private static String key(String s) { return Texts.key(s.replace('/', ' ')); }
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
    static final Set<InspectionType> GRADED = EnumSet.of(InspectionType.ILACS, InspectionType.OTHER);
    /** Kinds a bare "the inspection" can refer to. */
    static final Set<InspectionType> INSPECTIONS = EnumSet.of(InspectionType.ILACS, InspectionType.JTAI,
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
        Inspection best = null;
        int bestStart = -1;
        for (Inspection i : inspections) {
            if (i.status() == InspectionStatus.PLANNED || !kinds.contains(i.type())) continue;
            for (Evidence e : i.evidence()) {
                if (e.start() < pos && e.start() > bestStart && !isPast(text, e.start(), e.end())) {
                    best = i;
                    bestStart = e.start();
                }
            }
        }
        return best;
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
