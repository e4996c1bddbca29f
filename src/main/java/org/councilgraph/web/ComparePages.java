package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.councilgraph.rdf.Iris;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.councilgraph.web.ResourcePages.node;
import static org.councilgraph.web.ResourcePages.str;

/**
 * The comparisons across councils: every council's latest and previous ILACS grade, one indicator across councils
 * and periods (official figures and papers' figures side by side, periods kept apart unless they are the same
 * interval), and the papers checked against the official record.
 */
final class ComparePages {
    private final PublishedDataset data;
    private final ResourcePages resources;
    private final LinkedDataUrls urls;

    ComparePages(PublishedDataset data, ResourcePages resources, LinkedDataUrls urls) {
        this.data = data;
        this.resources = resources;
        this.urls = urls;
    }

    // ------------------------------------------------------------------ ILACS

    record Region(String code, String name, boolean selected) {}

    record IlacsPage(List<OfficialViews.IlacsRow> rows, List<Region> regions, String region, long graded) {}

    private record Seen(Node inspection, String start, String grade) {}

    IlacsPage ilacs(String regionCode) {
        return data.read(() -> {
            Map<Node, List<Seen>> byCouncil = new LinkedHashMap<>();
            Map<Node, Binding> first = new LinkedHashMap<>();
            for (Binding b : data.select(PageQueries.get("compare-ilacs"))) {
                Node c = node(b, "c");
                first.putIfAbsent(c, b);
                List<Seen> seen = byCouncil.computeIfAbsent(c, k -> new ArrayList<>());
                Node i = node(b, "i");
                if (i != null && seen.stream().noneMatch(s -> s.inspection().equals(i))) seen.add(new Seen(i, str(b, "start"), str(b, "grade")));
            }
            TreeMap<String, String> regions = new TreeMap<>();
            List<OfficialViews.IlacsRow> rows = new ArrayList<>();
            first.forEach((c, b) -> {
                String code = str(b, "region") == null ? null : str(b, "region").replaceAll("^.*/", "");
                if (code != null) regions.put(code, str(b, "regionName") != null ? str(b, "regionName") : code);
                if (regionCode != null && !regionCode.isEmpty() && !regionCode.equals(code)) return;
                List<Seen> seen = byCouncil.get(c);
                Seen latest = seen.isEmpty() ? null : seen.get(0), previous = seen.size() > 1 ? seen.get(1) : null;
                rows.add(new OfficialViews.IlacsRow(resources.link(c, str(b, "name")), str(b, "gss"), str(b, "regionName"), code,
                        latest == null ? null : resources.link(latest.inspection(), "ILACS " + orEmpty(latest.start())),
                        latest == null ? null : latest.start(), latest == null ? "no ILACS inspection recorded" : CouncilPages.gradeLabel(latest.grade()),
                        latest == null ? "grade-none" : CouncilPages.gradeClass(latest.grade()),
                        previous == null ? null : resources.link(previous.inspection(), "ILACS " + orEmpty(previous.start())),
                        previous == null ? null : previous.start(), previous == null ? "" : CouncilPages.gradeLabel(previous.grade()),
                        previous == null ? "grade-none" : CouncilPages.gradeClass(previous.grade())));
            });
            List<Region> regionList = regions.entrySet().stream().map(e -> new Region(e.getKey(), e.getValue(), e.getKey().equals(regionCode))).toList();
            long graded = rows.stream().filter(r -> r.latest() != null && !r.latestClass().equals("grade-none")).count();
            return new IlacsPage(rows, regionList, regionCode, graded);
        });
    }

    static String ilacsCsv(List<OfficialViews.IlacsRow> rows) {
        StringBuilder sb = new StringBuilder("council_code,council,region_code,region,latest_start,latest_grade,previous_start,previous_grade\n");
        for (OfficialViews.IlacsRow r : rows) {
            boolean inspected = r.latest() != null;
            Csv.row(sb, r.gss(), r.council().label(), r.regionCode(), r.region(), r.latestDate(), inspected ? r.latestGrade() : "",
                    r.previousDate(), r.previousGrade());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ one indicator

    /** One figure in long form, for CSV and JSON. */
    record Figure(String councilCode, String council, String unit, String period, String periodLabel, String value, String source) {}

    record IndicatorPage(String indicator, String title, List<OfficialViews.IndicatorTable> tables, List<Views.Link> indicators, List<Figure> figures) {}

    IndicatorPage indicator(String notation) {
        return data.read(() -> {
            List<Views.Link> indicators = new ArrayList<>();
            String title = null;
            for (Binding b : data.select(PageQueries.get("compare-indicators"))) {
                String ind = str(b, "ind"), label = str(b, "label");
                String words = label == null || label.isEmpty() ? Labels.words(ind) : label;
                indicators.add(new Views.Link(urls.base() + "compare/indicator?indicator=" + LinkedDataUrls.encode(ind), words, null));
                if (ind.equals(notation)) title = words;
            }
            if (notation == null || notation.isEmpty()) return new IndicatorPage(null, null, List.of(), indicators, List.of());
            ParameterizedSparqlString q = PageQueries.get("compare-indicator");
            q.setParam("code", NodeFactory.createURI(Iris.concept("indicator", notation)));
            q.setParam("reported", NodeFactory.createURI(urls.base() + "id/indicator/" + notation));
            // unit → council → period → source → values
            Map<String, Map<Node, Map<String, Map<String, Set<String>>>>> cells = new TreeMap<>();
            Map<String, TreeSet<Periods.Period>> periods = new TreeMap<>();
            Map<Node, String> names = new LinkedHashMap<>();
            Map<Node, String> codes = new LinkedHashMap<>();
            List<Figure> figures = new ArrayList<>();
            for (Binding b : data.select(q)) {
                String unit = str(b, "unit");
                Periods.Period p = Periods.of(str(b, "p"));
                Node c = node(b, "c");
                String value = Labels.number(str(b, "v"));
                names.putIfAbsent(c, str(b, "name"));
                codes.putIfAbsent(c, c.getURI().replaceAll("^.*/", ""));
                periods.computeIfAbsent(unit, k -> new TreeSet<>(Periods.ORDER)).add(p);
                Set<String> vs = cells.computeIfAbsent(unit, k -> new LinkedHashMap<>()).computeIfAbsent(c, k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.iri(), k -> new LinkedHashMap<>()).computeIfAbsent(str(b, "source"), k -> new LinkedHashSet<>());
                if (vs.add(value)) figures.add(new Figure(codes.get(c), names.get(c), unit, p.iri().replaceAll("^.*/id/", ""), p.label(), value, str(b, "source")));
            }
            List<OfficialViews.IndicatorTable> tables = new ArrayList<>();
            cells.forEach((unit, byCouncil) -> {
                List<Periods.Period> cols = new ArrayList<>(periods.get(unit));
                List<OfficialViews.IndicatorRow> rows = new ArrayList<>();
                byCouncil.entrySet().stream().sorted(java.util.Comparator.comparing(e -> String.valueOf(names.get(e.getKey()))))
                        .forEach(e -> rows.add(new OfficialViews.IndicatorRow(resources.link(e.getKey(), names.get(e.getKey())),
                                cols.stream().map(p -> cell(e.getValue().get(p.iri()))).toList())));
                tables.add(new OfficialViews.IndicatorTable(unit, CouncilOfficialPages.unitLabel(unit), cols.stream().map(Periods.Period::label).toList(), rows));
            });
            figures.sort(java.util.Comparator.comparing(Figure::unit).thenComparing(Figure::councilCode).thenComparing(Figure::period).thenComparing(Figure::source));
            return new IndicatorPage(notation, title != null ? title : Labels.words(notation), tables, indicators, figures);
        });
    }

    /** The official value, and the papers' value when there is no official one or it is another number. */
    private static OfficialViews.Cell cell(Map<String, Set<String>> bySource) {
        if (bySource == null) return new OfficialViews.Cell("", "");
        Set<String> official = bySource.getOrDefault("official", Set.of()), paper = new LinkedHashSet<>(bySource.getOrDefault("paper", Set.of()));
        paper.removeAll(official);
        return new OfficialViews.Cell(String.join(" / ", official), String.join(" / ", paper));
    }

    static String indicatorCsv(List<Figure> figures) {
        StringBuilder sb = new StringBuilder("council_code,council,unit,period,period_label,value,source\n");
        for (Figure f : figures) Csv.row(sb, f.councilCode(), f.council(), f.unit(), f.period(), f.periodLabel(), f.value(), f.source());
        return sb.toString();
    }

    // ------------------------------------------------------------------ cross-check

    List<OfficialViews.CrossCheckRow> crossCheck() {
        return data.read(() -> {
            Map<String, Node> councils = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Binding b : data.select(PageQueries.get("council-names"))) {
                councils.putIfAbsent(str(b, "gss"), node(b, "c"));
                names.putIfAbsent(str(b, "gss"), str(b, "name"));
            }
            List<OfficialViews.CrossCheckRow> rows = new ArrayList<>();
            for (Binding b : data.select(new ParameterizedSparqlString(CannedQueries.readResource("queries/cross-check.rq")))) {
                String gss = str(b, "council_code");
                Node c = councils.get(gss);
                String verdict = str(b, "verdict");
                String cls = verdict.startsWith("agrees") ? "verdict-agrees" : verdict.startsWith("differs") ? "verdict-differs" : "verdict-none";
                String measure = str(b, "measure");
                if ("figure".equals(str(b, "kind"))) measure = Labels.words(measure);
                rows.add(new OfficialViews.CrossCheckRow(c != null ? resources.link(c, names.get(gss)) : new Views.Link(null, gss, null),
                        resources.link(node(b, "document"), fileName(node(b, "document"))), str(b, "kind"), measure, Periods.of(str(b, "period").matches("\\d{4}-\\d{2}-\\d{2}")
                        ? "http://reference.data.gov.uk/id/day/" + str(b, "period") : str(b, "period")).label(),
                        Labels.number(orEmpty(str(b, "paper_value"))), Labels.number(orEmpty(str(b, "official_value"))),
                        CouncilOfficialPages.unitLabel(str(b, "unit")), verdict, cls,
                        node(b, "official_source") == null ? null : resources.link(node(b, "official_source"), resources.label(node(b, "official_source"))), str(b, "quote")));
            }
            return rows;
        });
    }

    private static String orEmpty(String s) { return s == null ? "" : s; }

    /** A paper is known to people by its file name. */
    private String fileName(Node document) {
        ParameterizedSparqlString q = PageQueries.get("document-file-name");
        q.setParam("d", document);
        List<Binding> rows = data.select(q);
        return rows.isEmpty() ? resources.label(document) : str(rows.get(0), "f");
    }

    /** RFC 4180 rows. */
    static final class Csv {
        private Csv() {}

        static void row(StringBuilder sb, String... cells) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) sb.append(',');
                String c = cells[i] == null ? "" : cells[i];
                sb.append(c.matches(".*[\",\\r\\n].*") || c.startsWith(" ") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            sb.append('\n');
        }
    }

}
