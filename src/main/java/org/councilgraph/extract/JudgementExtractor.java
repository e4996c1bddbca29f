package org.councilgraph.extract;

import org.councilgraph.model.Evidence;
import org.councilgraph.model.Fact;
import org.councilgraph.model.Grade;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.Judgement;
import org.councilgraph.model.JudgementArea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Graded judgements of the areas an inspection judges (names in {@code judgement-areas.tsv}), from
 * sentences ("The experiences and progress of children in care were judged as ‘outstanding’", areas
 * joined by commas and "and" sharing one grade, "Inspectors judged the impact of leaders to be good and
 * …", a grade before the areas it governs: "judged ‘Good’ in the domains of A and B"), from label lines ("Impact
 * of leaders: Good", several pairs on one line, an area and a grade filling the line) and from tables flattened one
 * cell per line (an area line, then a grade line). Areas include the single inspection framework's own. A judgement belongs to the inspection the sentence names, else to the
 * graded inspection in context; with none there is no judgement. An "overall effectiveness"
 * judgement sets the inspection's overall grade when it has none.
 */
public final class JudgementExtractor implements Extractor {
    private static final String Q = "[‘'“\"]?";
    private static final String QE = "[’'”\"]?";
    private static final String AREA = InspectionTerms.AREAS.regex().replace("(?iu)", "");
    private static final String GRADE = InspectionTerms.GRADES.regex().replace("(?iu)", "");
    /**
     * "Impact of leaders: Good", "Overall effectiveness – Outstanding", "The experiences … of care leavers\tGood", and a
     * table row flattened to one line ("Adoption performance Requires improvement"): an area and a grade that fill the line.
     */
    private static final Pattern LABEL_LINE = Pattern.compile("(?iu)^\\s*(?:the\\s+)?(" + AREA + ")(?:\\s*(?::|–|—|-|\\||\\t)\\s*|\\s+)" + Q + "(" + GRADE + ")" + QE + "\\.?\\s*\\|?\\s*$");
    /** One pair of a line of several: "Overall effectiveness: Good; Impact of leaders: Outstanding; …". */
    private static final String PAIR = "(?:the\\s+)?(" + AREA + ")\\s*(?::|–|—|-)\\s*" + Q + "(" + GRADE + ")" + QE;
    private static final Pattern PAIRS_LINE = Pattern.compile("(?iu)^\\s*" + PAIR.replace("(" + AREA + ")", "(?:" + AREA + ")")
            .replace("(" + GRADE + ")", "(?:" + GRADE + ")") + "(?:\\s*[;,]\\s*(?:and\\s+)?" + PAIR.replace("(" + AREA + ")", "(?:" + AREA + ")")
            .replace("(" + GRADE + ")", "(?:" + GRADE + ")") + ")+\\s*[.;]?\\s*$");
    private static final Pattern PAIR_IN_LINE = Pattern.compile("(?iu)" + PAIR);
    /** The opening rule of a table row written with pipes: "| Overall effectiveness | Good |". */
    private static final Pattern PIPE_OPEN = Pattern.compile("^\\s*\\|\\s*");
    private static final Pattern AREA_LINE = Pattern.compile("(?iu)^\\s*(?:the\\s+)?(" + AREA + ")\\s*:?\\s*$");
    private static final Pattern GRADE_LINE = Pattern.compile("(?iu)^\\s*" + Q + "(" + GRADE + ")" + QE + "\\.?\\s*$");
    /** What may stand between an area and its grade in a sentence. */
    private static final Pattern JUDGED = Pattern.compile("(?iu)(?<![\\p{L}])(?:judged|rated|graded|assessed|found|judge?ment|grade|grading|rating)(?![\\p{L}])");
    private static final Pattern DISJOINED = Pattern.compile("(?iu)^" + QE + "\\s*(?:or|/)\\s*(?:better|" + Q + "(?:" + GRADE + "))");
    private static final Pattern LIST_MARKER = TextLayout.LIST_MARKER;
    /**
     * Ofsted's leadership judgement with its grade as an adjective, needing no judging word: "leadership that has an
     * ‘outstanding’ impact on social work practice", "leaders had a good impact on social work practice with children and
     * families". The grade is quoted, as Ofsted's grades are, or what leaders have: "to make an outstanding impact" is an aim.
     */
    private static final Pattern GRADED_IMPACT = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:has|had|having)\\s+an?\\s+" + Q + "(?<plain>" + GRADE + ")" + QE
            + "|[‘'“\"](?<quoted>" + GRADE + ")[’'”\"])"
            + "\\s+(?<area>" + AREA + ")(?![\\p{L}])");
    /** Between an area and the grade after it, in a sentence with a judging word: "… to be", "…’ services as", "… were", ": ". */
    private static final Pattern SAID_OF = Pattern.compile("(?iu)(?:[’']s?)?\\s*(?:services?\\s+|practice\\s+)?(?:(?:was|were|is|are|remains?|remained|had\\s+been|has\\s+been)\\s+)?"
            + "(?:as|to\\s+be)?\\s*[:–—-]?\\s*[‘'“\"]?\\s*");

    /**
     * After a grade, what makes the areas that follow its own: "‘Requires improvement to be good’ in the domains of
     * the impact of leaders … and …", "‘good’ for children in care".
     */
    private static final Pattern GOVERNS = Pattern.compile("(?iu)^" + QE + "\\s+(?:(?:in|for|across)\\s+(?:the\\s+|both\\s+|all\\s+)?"
            + "(?:(?:key\\s+|judgement\\s+)?(?:domains?|areas?|judge?ments?)\\s+(?:of\\s+|for\\s+)?(?:the\\s+)?)?"
            + "|(?:judge?ment|grade|grading|rating)\\s+(?:for|of|in)\\s+(?:the\\s+)?)$");
    /** Between two areas of one list: "and the", ", ". */
    private static final Pattern AREA_JOIN = Pattern.compile("(?iu)^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|as\\s+well\\s+as\\s+)(?:the\\s+|for\\s+(?:the\\s+)?)?$");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+");
    private static final java.util.Set<String> FILLER = java.util.Set.of("the", "of", "and", "for", "with", "on", "in", "who", "a", "an");

    @Override public String id() { return "judgement"; }
    /** Grades the inspections found before it. */
    @Override public boolean readsFacts() { return true; }

    private record Found(Inspection inspection, JudgementArea area, String written, Grade grade, Evidence evidence) {}

    @Override
    public void extract(ExtractionContext ctx) {
        List<Inspection> inspections = ctx.found(Inspection.class);
        if (inspections.isEmpty()) return;
        List<Found> found = new ArrayList<>();
        lines(ctx, inspections, found);
        sentences(ctx, inspections, found);

        // one judgement per inspection and area, the first read
        Map<String, Found> unique = new LinkedHashMap<>();
        for (Found f : found) unique.putIfAbsent(System.identityHashCode(f.inspection()) + "|" + f.area(), f);

        // an overall effectiveness judgement is the inspection's overall grade
        Map<Inspection, Inspection> updated = new LinkedHashMap<>();
        for (Found f : unique.values()) {
            if (f.area() != JudgementArea.OVERALL_EFFECTIVENESS || f.inspection().overallGrade() != null || updated.containsKey(f.inspection())) continue;
            Inspection i = f.inspection();
            List<Evidence> ev = new ArrayList<>(i.evidence());
            ev.add(f.evidence());
            Inspection graded = new Inspection(i.type(), i.start(), i.end(), i.published(), f.grade(), i.status(), ev);
            ctx.replace(i, graded);
            updated.put(i, graded);
        }
        for (Found f : unique.values()) {
            Inspection i = updated.getOrDefault(f.inspection(), f.inspection());
            ctx.add(new Judgement(i, f.area(), aspect(f.area(), f.written()), f.grade(), List.of(f.evidence())));
        }
    }

    /**
     * The aspect as the text names it, when its words say more than the area's label ("the experiences and
     * progress of children in care and care leavers"); none when the label holds all its words ("children in
     * care"), so the label stands for it.
     */
    static String aspect(JudgementArea area, String written) {
        java.util.Set<String> label = words(area.label());
        return label.containsAll(words(written)) ? null : written;
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) if (!FILLER.contains(m.group())) out.add(m.group());
        return out;
    }

    /** Label lines and tables flattened one cell per line. */
    private void lines(ExtractionContext ctx, List<Inspection> inspections, List<Found> found) {
        String text = ctx.text();
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new int[] {pos, end});
            if (nl < 0) break;
            pos = nl + 1;
        }
        for (int i = 0; i < lines.size(); i++) {
            int s = lines.get(i)[0];
            String line = text.substring(s, lines.get(i)[1]);
            Matcher marker = LIST_MARKER.matcher(line);
            int skip = marker.find() ? marker.end() : 0;
            Matcher pipe = PIPE_OPEN.matcher(line.substring(skip));
            if (pipe.find()) skip += pipe.end();
            String body = line.substring(skip);
            Matcher label = LABEL_LINE.matcher(body);
            if (label.matches()) {
                add(ctx, inspections, found, s + skip + label.start(1), s + skip + label.end(1), label.group(1), label.group(2), s + skip + label.end(2));
                continue;
            }
            if (PAIRS_LINE.matcher(body).matches()) {
                Matcher pair = PAIR_IN_LINE.matcher(body);
                while (pair.find())
                    add(ctx, inspections, found, s + skip + pair.start(1), s + skip + pair.end(1), pair.group(1), pair.group(2), s + skip + pair.end(2));
                continue;
            }
            Matcher area = AREA_LINE.matcher(body);
            if (!area.matches()) continue;
            int j = i + 1;
            while (j < lines.size() && text.substring(lines.get(j)[0], lines.get(j)[1]).isBlank()) j++;
            if (j >= lines.size()) continue;
            String next = text.substring(lines.get(j)[0], lines.get(j)[1]);
            Matcher grade = GRADE_LINE.matcher(next);
            if (!grade.matches()) continue;
            add(ctx, inspections, found, s + skip + area.start(1), s + skip + area.end(1), area.group(1), grade.group(1), lines.get(j)[0] + grade.end(1));
            i = j;
        }
    }

    private void add(ExtractionContext ctx, List<Inspection> inspections, List<Found> found, int areaStart, int areaEnd,
                     String areaText, String gradeText, int end) {
        Inspection in = InspectionTerms.inContext(ctx.text(), inspections, areaStart, InspectionTerms.GRADED);
        if (in == null) return;
        JudgementArea area = InspectionTerms.AREAS.find(areaText, 0).get(0).value();
        Grade grade = InspectionTerms.GRADES.find(gradeText, 0).get(0).value();
        found.add(new Found(in, area, Texts.squash(areaText), grade, ctx.evidence(areaStart, end, this)));
    }

    /**
     * Areas listed right after a grade that governs them ("judged ‘good’ in the domains of A and B and
     * ‘inadequate’ in the domain of C"), with that grade.
     */
    private static java.util.Map<InspectionTerms.Hit<JudgementArea>, InspectionTerms.Hit<Grade>> governed(
            String sentence, List<InspectionTerms.Hit<JudgementArea>> areas, List<InspectionTerms.Hit<Grade>> grades) {
        java.util.Map<InspectionTerms.Hit<JudgementArea>, InspectionTerms.Hit<Grade>> out = new java.util.HashMap<>();
        for (InspectionTerms.Hit<Grade> g : grades) {
            int from = g.end();
            boolean first = true;
            for (InspectionTerms.Hit<JudgementArea> a : areas) {
                if (a.start() < from) continue;
                String between = sentence.substring(from, a.start());
                if (!(first ? GOVERNS : AREA_JOIN).matcher(between).find()) break;
                out.put(a, g);
                from = a.end();
                first = false;
            }
        }
        return out;
    }

    /** "… children in care and care leavers were both judged …": two areas, not the combined one. */
    private static final Pattern BOTH = Pattern.compile("(?iu)^\\s*,?\\s*(?:(?:were|are|have\\s+been|had\\s+been)\\s+)?both(?![\\p{L}])");
    private static final Pattern COMBINED = Pattern.compile("(?iu)\\s+and\\s+(?=care\\s+leavers$)");

    /**
     * The areas a sentence names, leaving out words of an inspection's own name ("the inspection of services
     * for children in need of help and protection, children looked after and care leavers").
     */
    private static List<InspectionTerms.Hit<JudgementArea>> areas(String sentence) {
        List<InspectionTerms.Hit<?>> names = new ArrayList<>(InspectionTerms.TYPES.find(sentence, 0));
        List<InspectionTerms.Hit<JudgementArea>> out = new ArrayList<>();
        for (InspectionTerms.Hit<JudgementArea> a : InspectionTerms.AREAS.find(sentence, 0)) {
            if (names.stream().anyMatch(n -> a.start() >= n.start() && a.end() <= n.end())) continue;
            Matcher split = COMBINED.matcher(a.written());
            if (split.find() && BOTH.matcher(sentence.substring(a.end())).find()) {
                int cut = a.start() + split.start(), second = a.start() + split.end();
                out.add(new InspectionTerms.Hit<>(a.start(), cut, JudgementArea.CHILDREN_IN_CARE, sentence.substring(a.start(), cut), false));
                out.add(new InspectionTerms.Hit<>(second, a.end(), JudgementArea.CARE_LEAVERS, sentence.substring(second, a.end()), false));
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /** Sentences naming areas and the grade they were judged. */
    private void sentences(ExtractionContext ctx, List<Inspection> inspections, List<Found> found) {
        TextLayout layout = ctx.layout();
        for (TextLayout.Sentence s : layout.sentences()) {
            String sentence = layout.text(s);
            if (sentence.contains("%")) continue;
            // "Children who need help and protection: Requires improvement." run into prose as a sentence of its own
            Matcher label = LABEL_LINE.matcher(sentence);
            // with a colon or dash between: "Care leavers require improvement." is prose, not a label
            if (label.matches() && Texts.fullMatch(sentence.substring(label.end(1), label.start(2)), "(?s).*[:–—|-].*")
                    && !InspectionTerms.cutOff(ctx.text(), s.start(), s.end())) {
                add(ctx, inspections, found, s.start() + label.start(1), s.start() + label.end(1), label.group(1), label.group(2), s.start() + label.end(2));
                continue;
            }
            gradedImpact(ctx, inspections, found, s, sentence);
            if (!JUDGED.matcher(sentence).find()) continue;
            if (InspectionTerms.NOT_ABOUT.matcher(sentence).find() || InspectionTerms.cutOff(ctx.text(), s.start(), s.end())) continue;
            List<InspectionTerms.Hit<JudgementArea>> areas = areas(sentence);
            if (areas.isEmpty()) continue;
            List<InspectionTerms.Hit<Grade>> grades = new ArrayList<>();
            for (InspectionTerms.Hit<Grade> g : InspectionTerms.GRADES.find(sentence, 0)) {
                if (DISJOINED.matcher(sentence.substring(g.end())).find()) continue;
                if (areas.stream().anyMatch(a -> g.start() >= a.start() && g.end() <= a.end())) continue;
                // the grade is the judgement's when it closes its clause ("… were judged as ‘good’.", "good, and …")
                String after = sentence.substring(g.end());
                if (!Texts.fullMatch(after, "(?s)^[’'”\"]?\\s*(?:$|[.,;:)!–-].*|(?:overall|in|for|by|at|and|with|across|since|following|whilst|while|but|judge?ment|grade|grading|rating)\\b.*)")) continue;
                grades.add(g);
            }
            if (grades.isEmpty()) continue;
            Inspection named = InspectionTerms.named(inspections, s.start(), s.end(), InspectionTerms.GRADED);
            Inspection in = named != null ? named : InspectionTerms.inContext(ctx.text(), inspections, s.start(), InspectionTerms.GRADED);
            if (in == null) continue;
            java.util.Map<InspectionTerms.Hit<JudgementArea>, InspectionTerms.Hit<Grade>> governed = governed(sentence, areas, grades);
            for (InspectionTerms.Hit<JudgementArea> a : areas) {
                InspectionTerms.Hit<Grade> ruling = governed.get(a);
                if (ruling != null) {
                    found.add(new Found(in, a.value(), Texts.squash(a.written()), ruling.value(),
                            ctx.evidence(s.start() + ruling.start(), s.start() + a.end(), this, "grade-before-areas")));
                    continue;
                }
                InspectionTerms.Hit<Grade> grade = grades.stream().filter(g -> g.start() > a.end()).findFirst()
                        .orElse(null);
                if (grade == null) {
                    for (InspectionTerms.Hit<Grade> g : grades) if (g.end() <= a.start()) grade = g;
                }
                if (grade == null) continue;
                // the grade must be said of the area: a judging word between them, or a colon or dash
                int from = Math.min(a.end(), grade.end()), to = Math.max(a.start(), grade.start());
                String between = sentence.substring(from, to);
                if (!JUDGED.matcher(between).find() && !(grade.start() > a.end() && SAID_OF.matcher(between).matches())) continue;
                int start = s.start() + Math.min(a.start(), grade.start());
                int end = s.start() + Math.max(a.end(), grade.end());
                found.add(new Found(in, a.value(), Texts.squash(a.written()), grade.value(), ctx.evidence(start, end, this)));
            }
        }
    }

    /** The impact of leaders graded as an adjective ({@link #GRADED_IMPACT}); one judgement per inspection and area is kept later. */
    private void gradedImpact(ExtractionContext ctx, List<Inspection> inspections, List<Found> found, TextLayout.Sentence s, String sentence) {
        Matcher m = GRADED_IMPACT.matcher(sentence);
        // only the impact of leaders reads as a noun its grade qualifies ("an outstanding impact on …")
        if (!m.find() || InspectionTerms.AREAS.find(m.group("area"), 0).get(0).value() != JudgementArea.IMPACT_OF_LEADERS || InspectionTerms.NOT_ABOUT.matcher(sentence).find() || InspectionTerms.cutOff(ctx.text(), s.start(), s.end())) return;
        Inspection named = InspectionTerms.named(inspections, s.start(), s.end(), InspectionTerms.GRADED);
        if (named == null) named = readIn(inspections, s.start(), s.end()); // "… to ‘good’ overall, with leadership that has …"
        Inspection in = named != null ? named : InspectionTerms.inContext(ctx.text(), inspections, s.start(), InspectionTerms.GRADED);
        if (in == null) return;
        String written = m.group("quoted") != null ? m.group("quoted") : m.group("plain");
        Grade grade = InspectionTerms.GRADES.find(written, 0).get(0).value();
        found.add(new Found(in, JudgementArea.IMPACT_OF_LEADERS, Texts.squash(m.group("area")), grade,
                ctx.evidence(s.start() + m.start(), s.start() + m.end("area"), this, "graded-impact")));
    }

    /** The one graded inspection read from within {@code [start, end)} (its grade said in the same sentence), or null. */
    private static Inspection readIn(List<Inspection> inspections, int start, int end) {
        List<Inspection> within = inspections.stream().filter(i -> InspectionTerms.GRADED.contains(i.type()) && i.status() != org.councilgraph.model.InspectionStatus.PLANNED
                && i.evidence().stream().anyMatch(e -> e.start() >= start && e.end() <= end)).distinct().toList();
        return within.size() == 1 ? within.get(0) : null;
    }
}
