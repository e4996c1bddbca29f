package org.councilgraph.extract;

import org.councilgraph.model.Observation;
import org.councilgraph.model.Unit;
import org.councilgraph.model.PartialDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Performance figures as {@link Observation}s: tables of areas by grade or phase
 * ({@link IndicatorTableReader}), then sentences and list items ({@link IndicatorSentenceReader}). The
 * layout gives context: a heading such as "Primary" above a list of figures gives their breakdown, and a
 * lead-in ending in a colon ("… Ofsted rankings as at end December:") their time. Runs after the meeting
 * extractor, whose date places "at the end of December" and "at the time of the meeting".
 */
public final class IndicatorExtractor implements Extractor {
    private static final Pattern HEADING_TAIL = Pattern.compile("(?i)\\s*(?:schools?|academies|phase|sector|settings?)?\\s*:?\\s*$");
    private static final int SHORT_LINE_WORDS = 15;
    /** A line this short is a label and its value ("Neglect – 150"). */
    private static final int LABEL_LINE_WORDS = 6;

    @Override public String id() { return "indicator"; }
    /** Reads the meeting found before it (the date its periods count from). */
    @Override public boolean readsFacts() { return true; }

    private record Key(String indicator, String area, PartialDate period, String breakdown, String value) {
        /** The observation's dimensions: one value per dimension key (RDF Data Cube), when area and period are known. */
        Key dimensions() { return area == null || period == null ? this : new Key(indicator, area, period, breakdown, null); }
    }

    @Override
    public void extract(ExtractionContext ctx) {
        IndicatorPeriods periods = IndicatorPeriods.of(ctx);
        IndicatorAreas areas = new IndicatorAreas(ctx.registry(), ctx.council().orElse(null));
        Set<Key> seen = new HashSet<>();

        List<IndicatorTableReader.Table> tables = new IndicatorTableReader(areas, periods).read(ctx.text());
        PartialDate standing = periods.reportPeriod(); // "figures are at … unless stated", a heading's quarter
        for (IndicatorTableReader.Table t : tables) {
            for (IndicatorTableReader.Reading r : t.readings()) {
                String indicator = r.label() != null ? "label:" + r.label() : r.indicator();
                PartialDate period = r.period() != null ? r.period() : standing; // a column of an area says no time of its own
                Key key = new Key(indicator, r.area(), period, r.breakdown(), r.value().stripTrailingZeros().toPlainString());
                if (!seen.add(key) || key.dimensions() != key && !seen.add(key.dimensions())) continue;
                if (r.label() != null) {
                    ctx.add(Observation.reported(r.label(), r.area(), period, r.breakdown(), r.value(), r.unit(), null,
                            List.of(ctx.evidence(r.start(), r.end(), this, "dashboard"))));
                } else {
                    ctx.add(new Observation(r.indicator(), r.area(), period, r.breakdown(), r.value(), r.unit(), null,
                            List.of(ctx.evidence(r.start(), r.end(), this))));
                }
            }
        }

        TextLayout layout = ctx.layout();
        IndicatorSentenceReader reader = new IndicatorSentenceReader(periods, areas);
        String headingBreakdown = null;
        PartialDate leadIn = null;
        PartialDate listLeadIn = null; // "As at October 2019 … the following:" dates the list lines under it until the next dated lead-in
        IndicatorReportedReader reportedReader = new IndicatorReportedReader(periods, areas);
        java.util.Map<String, Pattern> subAreas = new java.util.LinkedHashMap<>(); // each part's name as a word, compiled once
        for (String n : areas.subAreas(ctx.text())) subAreas.put(n, Pattern.compile("\\b" + Pattern.quote(n) + "\\b"));
        boolean aboutPlans = false; // the paragraph, or the one a list or short line stands under, is about child protection plans
        for (TextLayout.Block b : layout.blocks()) {
            if (inTable(tables, b)) continue;
            String content = layout.content(b).strip();
            if (NUMBERED_HEADING.matcher(content).matches() && TextLayout.isTitleCase(content)) continue; // "4 Children in Care": a section number
            // a paragraph about a part of the area ("in the Barrow area", then "in Barrow") gives only the
            // figures it ties to the council by name ("the Cumbria rate of 91")
            List<String> named = subAreas.entrySet().stream().filter(n -> n.getValue().matcher(content).find()).map(java.util.Map.Entry::getKey).toList();
            boolean partOfArea = !named.isEmpty();
            // a district of the council's area named alone: the council's untied figures are the district's
            String district = named.size() == 1 ? areas.districtGss(named.get(0)) : null;
            boolean shortLine = Texts.WHITESPACE.split(content).length <= SHORT_LINE_WORDS;
            if (!b.isListItem() && !shortLine) aboutPlans = IndicatorAbuseCategoryReader.aboutPlans(content);
            else aboutPlans |= IndicatorAbuseCategoryReader.aboutPlans(content);
            IndicatorSentenceReader.Context context;
            if (!b.isListItem()) {
                String heading = headingBreakdown(content);
                if (heading != null) { headingBreakdown = heading; continue; }
                if (content.endsWith(":")) {
                    leadIn = leadInPeriod(periods, content);
                    if (leadIn != null) listLeadIn = leadIn;
                    headingBreakdown = null;
                    context = IndicatorSentenceReader.Context.NONE;
                } else if (Texts.WHITESPACE.split(content).length <= SHORT_LINE_WORDS && (headingBreakdown != null || leadIn != null)) {
                    context = new IndicatorSentenceReader.Context(headingBreakdown, leadIn); // "% schools … : 94.9%" under a heading
                } else {
                    headingBreakdown = null;
                    leadIn = null;
                    context = IndicatorSentenceReader.Context.NONE;
                }
            } else {
                context = new IndicatorSentenceReader.Context(headingBreakdown, leadIn);
            }
            context = context.standing(standing);
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                String text = layout.text(s);
                IndicatorSentenceReader.Context sentenceContext = context;
                // "At 31 January 2025 the council looked after … It was also supporting …": a date opening a
                // sentence dates the rest of its paragraph too
                PartialDate opening = openingPeriod(periods, text);
                if (opening != null) context = new IndicatorSentenceReader.Context(context.breakdown(), opening);
                Set<Integer> taken = new HashSet<>();
                // a count by category of abuse is the category's, not every plan's
                List<IndicatorAbuseCategoryReader.Reading> byCategory = aboutPlans
                        ? IndicatorAbuseCategoryReader.read(text, Texts.WHITESPACE.split(content).length <= LABEL_LINE_WORDS) : List.of();
                byCategory.forEach(r -> taken.add(r.figure().start()));
                List<Figures.Figure> figures = Figures.find(text); // both readers below read the same figures
                for (IndicatorSentenceReader.Reading r : reader.read(text, figures, sentenceContext)) {
                    if (!taken.add(r.figure().start()) && byCategory.stream().anyMatch(c -> c.figure().start() == r.figure().start())) continue;
                    String area = r.area();
                    if (partOfArea && !partFree(areas, text, area, r.figure().qualifierStart())) {
                        if (district == null) continue;
                        area = district;
                    }
                    Key key = new Key(r.indicator(), area, r.period(), r.breakdown(), r.figure().value().stripTrailingZeros().toPlainString());
                    if (!seen.add(key) || key.dimensions() != key && !seen.add(key.dimensions())) continue; // a second value for the same dimensions is left out
                    ctx.add(new Observation(r.indicator(), area, r.period(), r.breakdown(), r.figure().value(), r.unit(),
                            r.figure().qualifier(), List.of(ctx.evidence(s.start() + r.evidenceStart(), s.start() + r.evidenceEnd(), this))));
                }
                {
                    for (IndicatorAbuseCategoryReader.Reading r : byCategory) {
                        String area = areas.councilGss();
                        if (partOfArea) {
                            if (district == null) continue;
                            area = district;
                        }
                        PartialDate period = sentenceContext.period() != null ? sentenceContext.period() : sentenceContext.standing();
                        Key key = new Key(IndicatorAbuseCategoryReader.INDICATOR, area, period, r.breakdown(), r.figure().value().stripTrailingZeros().toPlainString());
                        if (!seen.add(key) || key.dimensions() != key && !seen.add(key.dimensions())) continue;
                        ctx.add(new Observation(IndicatorAbuseCategoryReader.INDICATOR, area, period, r.breakdown(), r.figure().value(), Unit.COUNT,
                                null, List.of(ctx.evidence(s.start() + r.start(), s.start() + r.end(), this, "abuse-category"))));
                    }
                }
                // figures of measures outside the code list, named by the paper's words
                List<IndicatorReportedReader.Reading> reported = new ArrayList<>();
                IndicatorReportedReader.Reading line = content.endsWith(text.strip()) && content.length() - text.strip().length() <= 3 && taken.isEmpty()
                        ? IndicatorReportedReader.readLine(text, areas, listLeadIn != null ? listLeadIn : standing) : null;
                if (line != null) reported.add(line);
                else reported.addAll(reportedReader.read(text, figures, sentenceContext, taken));
                for (IndicatorReportedReader.Reading r : reported) {
                    String area = r.area();
                    if (partOfArea && !partFree(areas, text, area, r.figure().qualifierStart())) {
                        if (district == null) continue;
                        area = district;
                    }
                    Key key = new Key("label:" + r.label().toLowerCase(java.util.Locale.ROOT), area, r.period(), null,
                            r.figure().value().stripTrailingZeros().toPlainString());
                    if (!seen.add(key) || key.dimensions() != key && !seen.add(key.dimensions())) continue;
                    ctx.add(Observation.reported(r.label(), area, r.period(), null, r.figure().value(), r.unit(), r.figure().qualifier(),
                            List.of(ctx.evidence(s.start() + r.evidenceStart(), s.start() + r.evidenceEnd(), this, line != null ? "label-value-line" : "reported-figure"))));
                }
            }
        }
    }

    /** In a paragraph about a part of the area, whether a figure is still the council's (named) or another area's (England). */
    private static boolean partFree(IndicatorAreas areas, String sentence, String area, int figureStart) {
        return area == null || !area.equals(areas.councilGss()) || areas.councilNamedBefore(sentence, figureStart);
    }

    /** A numbered heading on a line of its own: "4 Children in Care", "2.1 Background". */
    private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile("^\\d{1,3}(?:\\.\\d{1,2})*\\.?\\s+\\S[^.!?]{0,80}$");

    /** "Primary", "Secondary schools:", "Special" on a line of their own. */
    private static String headingBreakdown(String content) {
        if (content.length() > 40) return null;
        var bs = IndicatorLexicon.breakdowns(content, 0, content.length(), List.of("phase", "age", "sex"));
        if (bs.size() != 1 || bs.get(0).start() != 0) return null;
        return HEADING_TAIL.matcher(content.substring(bs.get(0).end())).matches() ? bs.get(0).breakdown().notation() : null;
    }

    /** "At 31 March 2024, …", "At the end of September 2024 there were …": an anchor date opening a sentence. */
    private static final Pattern OPENING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?(?:As\\s+)?(?:At|By|On)\\s+(?:the\\s+end\\s+of\\s+)?", Pattern.CASE_INSENSITIVE);

    static PartialDate openingPeriod(IndicatorPeriods periods, String sentence) {
        String t = sentence.strip();
        var m = OPENING.matcher(t);
        if (!m.lookingAt()) return null;
        var anchors = periods.cues(t).stream().filter(c -> c.kind() == IndicatorPeriods.Kind.ANCHOR).toList();
        return !anchors.isEmpty() && anchors.get(0).start() == m.end() && anchors.get(0).period().month() != null
                ? anchors.get(0).period() : null;
    }

    /** "Figures are at 31 December 2024 unless stated": the time of every figure in the document that gives none. */
    private static final Pattern STANDING = Pattern.compile(
            "\\b(?:all\\s+)?(?:figures|data|numbers)\\s+(?:are|is|relate\\s+to\\s+the\\s+position)\\s+(?:as\\s+)?at\\s+([^.\\n]{4,40}?)\\s*,?\\s+unless\\s+(?:otherwise\\s+)?(?:stated|shown|indicated)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern REPORT_BEFORE = Pattern.compile(IndicatorLexicon.cueAlternation("report") + "$", Pattern.CASE_INSENSITIVE);

    /** "… presented the Performance Update for October 2019": the month a report covers, when the paper names one only. */
    static PartialDate reportMonth(String text) {
        java.util.Set<PartialDate> found = new java.util.HashSet<>();
        var my = Dates.MONTH_YEAR.matcher(text);
        for (int from = 0; Dates.findMonthYear(my, text, from); from = my.end()) {
            if (REPORT_BEFORE.matcher(text.substring(Math.max(0, my.start() - 40), my.start())).find()) found.add(Dates.monthYear(my));
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    static PartialDate standingPeriod(IndicatorPeriods periods, String text) {
        var m = STANDING.matcher(text);
        if (!m.find()) return reportMonth(text);
        var anchors = periods.cues(text.substring(m.start(), m.end())).stream().filter(c -> c.kind() == IndicatorPeriods.Kind.ANCHOR).toList();
        return anchors.size() == 1 ? anchors.get(0).period() : null;
    }

    private static PartialDate leadInPeriod(IndicatorPeriods periods, String content) {
        var anchors = periods.cues(content).stream().filter(c -> c.kind() == IndicatorPeriods.Kind.ANCHOR).toList();
        return anchors.size() == 1 ? anchors.get(0).period() : null;
    }

    private static boolean inTable(List<IndicatorTableReader.Table> tables, TextLayout.Block b) {
        for (IndicatorTableReader.Table t : tables) if (b.start() < t.end() && t.start() < b.end()) return true;
        return false;
    }
}
