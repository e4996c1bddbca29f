package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.councilgraph.web.ResourcePages.node;
import static org.councilgraph.web.ResourcePages.query;
import static org.councilgraph.web.ResourcePages.str;

/** View-models of the pages that span the store: home, search, comparisons across councils. */
final class SitePages {
    /** The kinds counted on the home page, in the order shown. */
    static final Map<String, String> KINDS = kinds();

    private final PublishedDataset data;
    private final ResourcePages resources;
    private final LinkedDataUrls urls;

    SitePages(PublishedDataset data, ResourcePages resources, LinkedDataUrls urls) {
        this.data = data;
        this.resources = resources;
        this.urls = urls;
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Council", "councils");
        m.put("SourceDocument", "documents");
        m.put("Meeting", "meetings");
        m.put("Decision", "decisions");
        m.put("Inspection", "inspections");
        m.put("Judgement", "judgements");
        m.put("AreaForImprovement", "areas for improvement");
        m.put("IndicatorObservation", "figures");
        m.put("Priority", "priorities");
        m.put("MembersQuestion", "members' questions");
        m.put("NamedOrganisation", "organisations");
        return m;
    }

    Views.Home home() {
        return data.read(() -> {
            List<Views.Count> counts = new ArrayList<>();
            for (Map.Entry<String, String> k : KINDS.entrySet()) {
                Node type = NodeFactory.createURI(org.councilgraph.rdf.CG.NS + k.getKey());
                ParameterizedSparqlString q = PageQueries.get("home-kind-count");
                q.setParam("type", type);
                long n = Long.parseLong(str(data.select(q).get(0), "n"));
                ParameterizedSparqlString list = PageQueries.get("home-kind-list");
                list.setParam("type", type);
                counts.add(new Views.Count(k.getValue(), n, urls.queryPage(ResourcePages.shown(list))));
            }
            List<Views.Link> councils = councils();
            Binding d = data.select(PageQueries.get("home-date-range")).get(0);
            return new Views.Home(counts, councils, str(d, "first"), str(d, "last"), tripleCount(), indicators());
        });
    }

    /** How many triples the published default graph holds. */
    long tripleCount() {
        return Long.parseLong(str(data.select(PageQueries.get("triple-count")).get(0), "n"));
    }

    List<Views.Link> councils() {
        List<Views.Link> out = new ArrayList<>();
        for (Binding b : data.select(PageQueries.get("site-councils"))) {
            out.add(resources.link(node(b, "c"), str(b, "label")));
        }
        return out;
    }

    List<Views.Link> indicators() {
        List<Views.Link> out = new ArrayList<>();
        for (Binding b : data.select(PageQueries.get("site-indicators"))) {
            String ind = str(b, "ind");
            out.add(new Views.Link(urls.base() + "compare/indicator?indicator=" + LinkedDataUrls.encode(ind), Labels.words(ind), null));
        }
        return out;
    }

    List<Views.Link> search(String text) {
        ParameterizedSparqlString q = PageQueries.get("search");
        q.setLiteral("text", text);
        List<Views.Link> out = new ArrayList<>();
        for (Binding b : data.select(q)) out.add(resources.link(node(b, "s"), str(b, "label")));
        return out;
    }

    /** The latest ILACS inspection of every council, with its overall grade. */
    List<Views.GradeRow> latestIlacs() {
        ParameterizedSparqlString q = query("""
                SELECT ?c (SAMPLE(?cl) AS ?council) ?i (SAMPLE(?s) AS ?start) (SAMPLE(?g) AS ?grade) {
                  ?i a cg:Inspection ; cg:council ?c ; cg:inspectionType/skos:notation "ILACS" .
                  OPTIONAL { ?c rdfs:label ?cl } OPTIONAL { ?i cg:startDate ?s } OPTIONAL { ?i cg:overallGrade/skos:notation ?g }
                } GROUP BY ?c ?i ORDER BY ?council DESC(?start)""");
        Map<Node, Views.GradeRow> latest = new LinkedHashMap<>();
        for (Binding b : data.select(q)) {
            latest.putIfAbsent(node(b, "c"), new Views.GradeRow(resources.link(node(b, "c"), str(b, "council")),
                    resources.link(node(b, "i"), "ILACS " + (str(b, "start") != null ? str(b, "start") : "")),
                    str(b, "start"), CouncilPages.gradeLabel(str(b, "grade")), CouncilPages.gradeClass(str(b, "grade"))));
        }
        return new ArrayList<>(latest.values());
    }

    /** One indicator across councils (rows) and periods (columns); headline figures only, not breakdowns. */
    Views.IndicatorTable indicator(String notation) {
        return data.read(() -> {
            ParameterizedSparqlString q = query("""
                    SELECT ?c (SAMPLE(?cl) AS ?council) ?period (SAMPLE(?v) AS ?value) {
                      ?o a cg:IndicatorObservation ; cg:indicator ?i ; cg:value ?v ; sdmx-dimension:refPeriod ?p ; cg:council ?c .
                      OPTIONAL { ?i skos:notation ?n } FILTER(COALESCE(?n, REPLACE(STR(?i), "^.*/", "")) = ?notation)
                      FILTER NOT EXISTS { ?o cg:breakdown ?b }
                      OPTIONAL { ?c rdfs:label ?cl } BIND(REPLACE(STR(?p), "^.*/", "") AS ?period)
                    } GROUP BY ?c ?period ORDER BY ?council ?period""");
            q.setLiteral("notation", notation == null ? "" : notation);
            TreeSet<String> periods = new TreeSet<>();
            Map<Node, Map<String, String>> cells = new LinkedHashMap<>();
            Map<Node, String> names = new LinkedHashMap<>();
            for (Binding b : data.select(q)) {
                periods.add(str(b, "period"));
                cells.computeIfAbsent(node(b, "c"), k -> new LinkedHashMap<>()).put(str(b, "period"), Labels.number(str(b, "value")));
                names.putIfAbsent(node(b, "c"), str(b, "council"));
            }
            List<Views.IndicatorRow> rows = new ArrayList<>();
            cells.forEach((c, byPeriod) -> rows.add(new Views.IndicatorRow(resources.link(c, names.get(c)),
                    periods.stream().map(p -> byPeriod.getOrDefault(p, "")).toList())));
            return new Views.IndicatorTable(notation, new ArrayList<>(periods), rows, indicators());
        });
    }
}
