package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.councilgraph.web.ResourcePages.node;
import static org.councilgraph.web.ResourcePages.str;

/**
 * The official record on a council's page: its region and statistical neighbours, each official series of the
 * papers' indicators over the years with the neighbours' average (and England, for rates) beside it, the figures
 * its papers stated as points that link to their quotes, and where each inspection is known from.
 */
final class CouncilOfficialPages {
    private static final Map<String, String> UNIT_LABELS = Map.of(
            "count", "Number of children", "rate", "Rate per 10,000 children", "percent", "Percent", "days", "Days", "", "");

    private final PublishedDataset data;
    private final ResourcePages resources;
    /** One measure in one unit on one council's page. */
    private record CouncilMeasure(Node council, String indicator, String unit) {}

    /** The SPARQL page's link for all of a council's paper figures on one measure. */
    private final Memo<CouncilMeasure, String> allPaperFiguresLinks;

    CouncilOfficialPages(PublishedDataset data, ResourcePages resources) {
        this.data = data;
        this.resources = resources;
        this.allPaperFiguresLinks = new Memo<>(m -> resources.queryPage(allPaperFigures(m.council(), m.indicator(), m.unit())), 100_000);
    }

    static String unitLabel(String unit) { return UNIT_LABELS.getOrDefault(unit == null ? "" : unit, Labels.words(unit)); }

    /** Must run inside a read transaction. */
    OfficialViews.CouncilOfficial build(Node c, String councilName, PageRows rows) {
        Views.Link region = null;
        List<Views.Link> neighbours = new ArrayList<>();
        for (Binding b : rows.select("council-comparators", "c", c)) {
            Views.Link l = resources.link(node(b, "thing"), str(b, "label"));
            if ("region".equals(str(b, "kind"))) region = l;
            else neighbours.add(l);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>(); // inspection → {official, papers}
        for (Binding b : rows.select("council-inspection-sources", "c", c)) {
            int[] n = counts.computeIfAbsent(str(b, "i"), k -> new int[2]);
            n[Boolean.parseBoolean(str(b, "official")) ? 0 : 1]++;
        }
        counts.forEach((i, n) -> sources.put(i, (n[0] > 0 ? "Ofsted's record" : "") + (n[0] > 0 && n[1] > 0 ? " and " : "")
                + (n[1] > 0 ? n[1] + (n[1] == 1 ? " paper" : " papers") : "")));
        List<Views.Link> datasets = new ArrayList<>();
        for (Binding b : rows.select("official-sources", null, null)) datasets.add(resources.link(node(b, "ds"), str(b, "title")));
        return new OfficialViews.CouncilOfficial(region, neighbours, charts(c, councilName, rows), sources, datasets);
    }

    /** One official series of one council, with England's and the neighbours' values. */
    private static final class OfficialSeries {
        final String label, indicator, unit;
        final Map<Periods.Period, BigDecimal> council = new HashMap<>(), england = new HashMap<>();
        final Map<Periods.Period, List<BigDecimal>> neighbours = new HashMap<>();

        OfficialSeries(String label, String indicator, String unit) {
            this.label = label;
            this.indicator = indicator;
            this.unit = unit == null ? "" : unit;
        }
    }

    private List<OfficialViews.TimeChart> charts(Node c, String councilName, PageRows rows) {
        Map<String, OfficialSeries> official = new LinkedHashMap<>();
        for (Binding b : rows.select("council-official-series", "c", c)) {
            OfficialSeries s = official.computeIfAbsent(str(b, "series"), k -> new OfficialSeries(str(b, "label"), str(b, "ind"), str(b, "unit")));
            Periods.Period p = Periods.of(str(b, "p"));
            BigDecimal v = new BigDecimal(str(b, "v"));
            switch (str(b, "who")) {
                case "council" -> s.council.put(p, v);
                case "england" -> s.england.put(p, v);
                default -> s.neighbours.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, List<TimeCharts.Stated>> stated = new LinkedHashMap<>();
        Map<String, String> statedLabels = new HashMap<>();
        for (Binding b : rows.select("council-paper-figures", "c", c)) {
            String key = str(b, "ind") + "|" + str(b, "unit");
            Node ev = node(b, "ev");
            String url = ev == null ? null : resources.link(ev, "evidence").url();
            try {
                stated.computeIfAbsent(key, k -> new ArrayList<>()).add(new TimeCharts.Stated(Periods.of(str(b, "p")), new BigDecimal(str(b, "v")), str(b, "quote"), url));
            } catch (NumberFormatException ignored) {
                continue; // a value that is not a number has no place on a chart
            }
            statedLabels.putIfAbsent(key, str(b, "indLabel") == null || str(b, "indLabel").isEmpty() ? Labels.words(str(b, "ind")) : str(b, "indLabel"));
        }
        List<OfficialViews.TimeChart> charts = new ArrayList<>();
        official.values().stream().sorted(java.util.Comparator.comparing((OfficialSeries s) -> s.indicator).thenComparing(s -> s.unit)).forEach(s -> {
            List<TimeCharts.Series> lines = new ArrayList<>();
            lines.add(new TimeCharts.Series(councilName, "line-council", s.council));
            if (!s.neighbours.isEmpty()) lines.add(new TimeCharts.Series("Statistical neighbours' average", "line-neighbours", averages(s.neighbours)));
            boolean comparable = !s.unit.equals("count"); // England's count would dwarf a council's: rates and shares compare
            if (comparable && !s.england.isEmpty()) lines.add(new TimeCharts.Series("England", "line-england", s.england));
            List<TimeCharts.Stated> all = stated.remove(s.indicator + "|" + s.unit);
            List<TimeCharts.Stated> points = all == null ? List.of() : TimeCharts.latest(all, TimeCharts.MAX_PAPER_POINTS);
            String note = comparable ? null : "A count follows a council's size: England's total is not drawn, and the neighbours' average is of councils of other sizes; a rate per 10,000 children, where the DfE publishes one, compares fairly.";
            charts.add(withMore(TimeCharts.chart(s.label, unitLabel(s.unit), note, lines, points), c, s.indicator, s.unit, all, points));
        });
        stated.forEach((key, all) -> {
            String indicator = key.substring(0, key.indexOf('|')), unit = key.substring(key.indexOf('|') + 1);
            List<TimeCharts.Stated> points = TimeCharts.latest(all, TimeCharts.MAX_PAPER_POINTS);
            Map<Periods.Period, BigDecimal> line = new HashMap<>();
            points.forEach(p -> line.putIfAbsent(p.period(), p.value()));
            String title = statedLabels.get(key);
            charts.add(withMore(TimeCharts.chart(Character.toUpperCase(title.charAt(0)) + title.substring(1) + " (as stated in papers)", unitLabel(unit), null,
                    List.of(new TimeCharts.Series("Stated in papers", "line-papers", line)), points), c, indicator, unit, all, points));
        });
        return charts;
    }

    /** The chart, with a link to all the papers' figures for its measure when it shows only the latest. */
    private OfficialViews.TimeChart withMore(OfficialViews.TimeChart chart, Node council, String indicator, String unit,
                                            List<TimeCharts.Stated> all, List<TimeCharts.Stated> shown) {
        if (all == null || all.size() == shown.size()) return chart;
        return chart.withMore(new OfficialViews.MorePaperFigures(all.size(), allPaperFiguresLinks.get(new CouncilMeasure(council, indicator, unit))));
    }

    /** The query for every figure the council's papers state for one measure in one unit, as shown on the SPARQL page. */
    static String allPaperFigures(Node council, String indicator, String unit) {
        ParameterizedSparqlString q = ResourcePages.about("council-measure-paper-figures", council);
        q.setLiteral("measureCode", indicator);
        q.setLiteral("unitCode", unit);
        return ResourcePages.shown(q);
    }

    private static Map<Periods.Period, BigDecimal> averages(Map<Periods.Period, List<BigDecimal>> values) {
        Map<Periods.Period, BigDecimal> out = new HashMap<>();
        values.forEach((p, vs) -> out.put(p, vs.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(vs.size()), 1, RoundingMode.HALF_UP)));
        return out;
    }
}
