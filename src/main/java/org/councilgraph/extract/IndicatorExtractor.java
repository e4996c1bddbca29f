package org.councilgraph.extract;

import org.councilgraph.model.Observation;
import org.councilgraph.model.PartialDate;

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

    @Override public String id() { return "indicator"; }

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
        for (IndicatorTableReader.Table t : tables) {
            for (IndicatorTableReader.Reading r : t.readings()) {
                Key key = new Key(r.indicator(), r.area(), r.period(), r.breakdown(), r.value().stripTrailingZeros().toPlainString());
                if (!seen.add(key) || key.dimensions() != key && !seen.add(key.dimensions())) continue;
                ctx.add(new Observation(r.indicator(), r.area(), r.period(), r.breakdown(), r.value(), r.unit(), null,
                        List.of(ctx.evidence(r.start(), r.end(), this))));
            }
        }

        TextLayout layout = ctx.layout();
        IndicatorSentenceReader reader = new IndicatorSentenceReader(periods, areas);
        String headingBreakdown = null;
        PartialDate leadIn = null;
        for (TextLayout.Block b : layout.blocks()) {
            if (inTable(tables, b)) continue;
            String content = layout.content(b).strip();
            if (NUMBERED_HEADING.matcher(content).matches() && TextLayout.isTitleCase(content)) continue; // "4 Children in Care": a section number
            IndicatorSentenceReader.Context context;
            if (!b.isListItem()) {
                String heading = headingBreakdown(content);
                if (heading != null) { headingBreakdown = heading; continue; }
                if (content.endsWith(":")) {
                    leadIn = leadInPeriod(periods, content);
                    headingBreakdown = null;
                    context = IndicatorSentenceReader.Context.NONE;
                } else if (content.split("\\s+").length <= SHORT_LINE_WORDS && (headingBreakdown != null || leadIn != null)) {
                    context = new IndicatorSentenceReader.Context(headingBreakdown, leadIn); // "% schools … : 94.9%" under a heading
                } else {
                    headingBreakdown = null;
                    leadIn = null;
                    context = IndicatorSentenceReader.Context.NONE;
                }
            } else {
                context = new IndicatorSentenceReader.Context(headingBreakdown, leadIn);
            }
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                String text = layout.text(s);
                for (IndicatorSentenceReader.Reading r : reader.read(text, context)) {
                    Key key = new Key(r.indicator(), r.area(), r.period(), r.breakdown(), r.figure().value().stripTrailingZeros().toPlainString());
                    if (!seen.add(key) || key.dimensions() != key && !seen.add(key.dimensions())) continue; // a second value for the same dimensions is left out
                    ctx.add(new Observation(r.indicator(), r.area(), r.period(), r.breakdown(), r.figure().value(), r.unit(),
                            r.figure().qualifier(), List.of(ctx.evidence(s.start() + r.evidenceStart(), s.start() + r.evidenceEnd(), this))));
                }
            }
        }
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

    private static PartialDate leadInPeriod(IndicatorPeriods periods, String content) {
        var anchors = periods.cues(content).stream().filter(c -> c.kind() == IndicatorPeriods.Kind.ANCHOR).toList();
        return anchors.size() == 1 ? anchors.get(0).period() : null;
    }

    private static boolean inTable(List<IndicatorTableReader.Table> tables, TextLayout.Block b) {
        for (IndicatorTableReader.Table t : tables) if (b.start() < t.end() && t.start() < b.end()) return true;
        return false;
    }
}
