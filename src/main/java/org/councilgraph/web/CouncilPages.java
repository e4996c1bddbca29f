package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.councilgraph.web.ResourcePages.node;
import static org.councilgraph.web.ResourcePages.str;

/**
 * A council's page: inspection history, latest judgements and areas for improvement, the official figures over time with
 * its comparators and the figures its papers stated ({@link CouncilOfficialPages}), decisions, documents.
 */
final class CouncilPages {
    private final PublishedDataset data;
    private final ResourcePages resources;
    private final CouncilOfficialPages official;

    CouncilPages(PublishedDataset data, ResourcePages resources) {
        this.data = data;
        this.resources = resources;
        this.official = new CouncilOfficialPages(data, resources);
    }

    boolean isCouncil(Node n) {
        ParameterizedSparqlString q = PageQueries.get("is-council");
        q.setParam("x", n);
        return data.read(() -> { try (var qe = data.exec(q.asQuery())) { return qe.ask(); } });
    }

    Views.Council council(Node c, Views.Resource resource) {
        return data.read(() -> build(c, resource));
    }

    static String gradeClass(String notation) {
        return notation == null ? "grade-none" : "grade-" + notation.toLowerCase(Locale.ROOT);
    }

    static String gradeLabel(String notation) {
        if (notation == null) return "not graded";
        String words = notation.replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Views.Council build(Node c, Views.Resource resource) {
        ParameterizedSparqlString iq = PageQueries.get("council-inspections");
        iq.setParam("c", c);
        List<Views.InspectionRow> inspections = new ArrayList<>();
        Node latestGraded = null;
        Views.Link latestLink = null;
        for (Binding b : data.select(iq)) {
            Views.Link link = resources.link(node(b, "i"), str(b, "label"));
            inspections.add(new Views.InspectionRow(link, str(b, "type"), str(b, "start"), gradeLabel(str(b, "grade")), gradeClass(str(b, "grade"))));
            latestGraded = node(b, "i");
            latestLink = link;
        }
        List<Views.Judgement> judgements = new ArrayList<>();
        List<String> afis = new ArrayList<>();
        if (latestGraded != null) {
            ParameterizedSparqlString jq = PageQueries.get("council-judgements");
            jq.setParam("i", latestGraded);
            for (Binding b : data.select(jq)) judgements.add(new Views.Judgement(str(b, "area"), gradeLabel(str(b, "grade")), gradeClass(str(b, "grade"))));
            ParameterizedSparqlString aq = PageQueries.get("council-improvement-areas");
            aq.setParam("i", latestGraded);
            for (Binding b : data.select(aq)) afis.add(str(b, "t"));
        }

        ParameterizedSparqlString dq = PageQueries.get("council-decisions");
        dq.setParam("c", c);
        List<Views.Link> decisions = new ArrayList<>();
        for (Binding b : data.select(dq)) {
            String when = str(b, "when");
            decisions.add(resources.link(node(b, "d"), (when != null ? when + ": " : "") + (str(b, "label") != null ? str(b, "label") : "decision")));
        }
        ParameterizedSparqlString docq = PageQueries.get("council-documents");
        docq.setParam("c", c);
        List<Views.Link> documents = new ArrayList<>();
        for (Binding b : data.select(docq)) documents.add(resources.link(node(b, "doc"), str(b, "file")));

        ParameterizedSparqlString gq = PageQueries.get("council-gss");
        gq.setParam("c", c);
        List<Binding> g = data.select(gq);
        String gss = g.isEmpty() ? null : str(g.get(0), "gss");
        return new Views.Council(resource, gss, inspections, latestLink, judgements, afis, List.of(), decisions, documents,
                official.build(c, resource.label()));
    }
}
