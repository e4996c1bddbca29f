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
 * …"), from label lines ("Impact of leaders: Good") and from tables flattened one cell per line (an
 * area line, then a grade line). A judgement belongs to the inspection the sentence names, else to the
 * graded inspection in context; with none there is no judgement. An "overall effectiveness"
 * judgement sets the inspection's overall grade when it has none.
 */
public final class JudgementExtractor implements Extractor {
    private static final String Q = "[‘'“\"]?";
    private static final String QE = "[’'”\"]?";
    private static final String AREA = InspectionTerms.AREAS.regex().replace("(?iu)", "");
    private static final String GRADE = InspectionTerms.GRADES.regex().replace("(?iu)", "");
    /** "Impact of leaders: Good", "Overall effectiveness – Outstanding", "The experiences … of care leavers\tGood". */
    private static final Pattern LABEL_LINE = Pattern.compile("(?iu)^\\s*(?:the\\s+)?(" + AREA + ")\\s*(?::|–|—|-|\\||\\t|\\s{2,})\\s*" + Q + "(" + GRADE + ")" + QE + "\\.?\\s*\\|?\\s*$");
    /** The opening rule of a table row written with pipes: "| Overall effectiveness | Good |". */
    private static final Pattern PIPE_OPEN = Pattern.compile("^\\s*\\|\\s*");
    private static final Pattern AREA_LINE = Pattern.compile("(?iu)^\\s*(?:the\\s+)?(" + AREA + ")\\s*:?\\s*$");
    private static final Pattern GRADE_LINE = Pattern.compile("(?iu)^\\s*" + Q + "(" + GRADE + ")" + QE + "\\.?\\s*$");
    /** What may stand between an area and its grade in a sentence. */
    private static final Pattern JUDGED = Pattern.compile("(?iu)(?<![\\p{L}])(?:judged|rated|graded|assessed|found|judge?ment|grade|grading|rating)(?![\\p{L}])");
    private static final Pattern DISJOINED = Pattern.compile("(?iu)^" + QE + "\\s*(?:or|/)\\s*(?:better|" + Q + "(?:" + GRADE + "))");
    private static final Pattern LIST_MARKER = TextLayout.LIST_MARKER;
    /** Between an area and the grade after it, in a sentence with a judging word: "… to be", "…’ services as", "… were", ": ". */
    private static final Pattern SAID_OF = Pattern.compile("(?iu)(?:[’']s?)?\\s*(?:services?\\s+|practice\\s+)?(?:(?:was|were|is|are|remains?|remained|had\\s+been|has\\s+been)\\s+)?"
            + "(?:as|to\\s+be)?\\s*[:–—-]?\\s*[‘'“\"]?\\s*");

    @Override public String id() { return "judgement"; }

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
            ctx.add(new Judgement(i, f.area(), f.written(), f.grade(), List.of(f.evidence())));
        }
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

    /** Sentences naming areas and the grade they were judged. */
    private void sentences(ExtractionContext ctx, List<Inspection> inspections, List<Found> found) {
        TextLayout layout = ctx.layout();
        for (TextLayout.Sentence s : layout.sentences()) {
            String sentence = layout.text(s);
            if (sentence.contains("%") || !JUDGED.matcher(sentence).find()) continue;
            if (InspectionTerms.NOT_ABOUT.matcher(sentence).find()) continue;
            List<InspectionTerms.Hit<JudgementArea>> areas = InspectionTerms.AREAS.find(sentence, 0);
            if (areas.isEmpty()) continue;
            List<InspectionTerms.Hit<Grade>> grades = new ArrayList<>();
            for (InspectionTerms.Hit<Grade> g : InspectionTerms.GRADES.find(sentence, 0)) {
                if (DISJOINED.matcher(sentence.substring(g.end())).find()) continue;
                if (areas.stream().anyMatch(a -> g.start() >= a.start() && g.end() <= a.end())) continue;
                // the grade is the judgement's when it closes its clause ("… were judged as ‘good’.", "good, and …")
                String after = sentence.substring(g.end());
                if (!after.matches("(?s)^[’'”\"]?\\s*(?:$|[.,;:)!–-].*|(?:overall|in|for|by|at|and|with|across|since|following|whilst|while|but)\\b.*)")) continue;
                grades.add(g);
            }
            if (grades.isEmpty()) continue;
            Inspection named = InspectionTerms.named(inspections, s.start(), s.end(), InspectionTerms.GRADED);
            Inspection in = named != null ? named : InspectionTerms.inContext(ctx.text(), inspections, s.start(), InspectionTerms.GRADED);
            if (in == null) continue;
            for (InspectionTerms.Hit<JudgementArea> a : areas) {
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
}
