package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
                ParameterizedSparqlString q = query("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?type }");
                q.setParam("type", NodeFactory.createURI(org.councilgraph.rdf.CG.NS + k.getKey()));
                long n = Long.parseLong(str(data.select(q).get(0), "n"));
                ParameterizedSparqlString list = new ParameterizedSparqlString(
                        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?thing ?label WHERE {\n  ?thing a ?type .\n  OPTIONAL { ?thing rdfs:label ?label }\n} ORDER BY ?label LIMIT 200");
                list.setParam("type", NodeFactory.createURI(org.councilgraph.rdf.CG.NS + k.getKey()));
                counts.add(new Views.Count(k.getValue(), n, urls.queryPage(list.toString())));
            }
            List<Views.Link> councils = councils();
            ParameterizedSparqlString dates = query("""
                    SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) {
                      { ?m schema:startDate ?x } UNION { ?i cg:startDate ?x }
                      BIND(SUBSTR(STR(?x), 1, 10) AS ?d) }""");
            Binding d = data.select(dates).get(0);
            long triples = Long.parseLong(str(data.select(query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).get(0), "n"));
            return new Views.Home(counts, councils, str(d, "first"), str(d, "last"), triples, indicators());
        });
    }

    List<Views.Link> councils() {
        List<Views.Link> out = new ArrayList<>();
        // councils as they are today: a former council (schema:dissolutionDate) keeps its page but is not listed
        for (Binding b : data.select(query("SELECT ?c (SAMPLE(?l) AS ?label) { ?c a cg:Council OPTIONAL { ?c rdfs:label ?l } "
                + "FILTER NOT EXISTS { ?c schema:dissolutionDate ?gone } } GROUP BY ?c ORDER BY ?label"))) {
            out.add(resources.link(node(b, "c"), str(b, "label")));
        }
        return out;
    }

    List<Views.Link> indicators() {
        List<Views.Link> out = new ArrayList<>();
        for (Binding b : data.select(query("""
                SELECT DISTINCT ?ind { ?o a cg:IndicatorObservation ; cg:indicator ?i OPTIONAL { ?i skos:notation ?n }
                  BIND(COALESCE(?n, REPLACE(STR(?i), "^.*/", "")) AS ?ind) } ORDER BY ?ind"""))) {
            String ind = str(b, "ind");
            out.add(new Views.Link(urls.base() + "compare/indicator?indicator=" + LinkedDataUrls.encode(ind), Labels.words(ind), null));
        }
        return out;
    }

    List<Views.Link> search(String text) {
        ParameterizedSparqlString q = query("""
                SELECT ?s (SAMPLE(?l) AS ?label) { ?s rdfs:label|skos:prefLabel|skos:altLabel ?l
                  FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?text))) } GROUP BY ?s ORDER BY STRLEN(?label) ?label LIMIT 100""");
        q.setLiteral("text", text);
        List<Views.Link> out = new ArrayList<>();
        for (Binding b : data.select(q)) out.add(resources.link(node(b, "s"), str(b, "label")));
        return out;
    }
}
