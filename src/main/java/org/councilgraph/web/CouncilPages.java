package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.councilgraph.rdf.CG;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.councilgraph.web.ResourcePages.node;
import static org.councilgraph.web.ResourcePages.str;

/**
 * A council's page: inspection history, latest judgements and areas for improvement, the official figures over time with
 * its comparators and the figures its papers stated ({@link CouncilOfficialPages}), decisions, documents. One query per
 * section, each starting from the council's IRI; what the resource page already read (types, GSS code) is not asked again.
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

    /** Whether the resource page shows a council: its types say so (asked of the store only when its properties were cut short). */
    boolean isCouncil(Node n, Views.Resource page, PageRows rows) {
        if (page.types().stream().anyMatch(t -> CG.Council.getURI().equals(t.iri()))) return true;
        if (page.types().size() + page.properties().stream().mapToInt(p -> p.values().size()).sum() < ResourcePages.PROPERTIES_CAP) return false;
        return rows.ask("is-council", "x", n);
    }

    /** The council part of {@code c}'s page from {@code rows} (in one read transaction when they are the store's). */
    Views.Council council(Node c, Views.Resource resource, PageRows rows) {
        return data.read(() -> build(c, resource, rows));
    }

    static String gradeClass(String notation) {
        return notation == null ? "grade-none" : "grade-" + notation.toLowerCase(Locale.ROOT);
    }

    static String gradeLabel(String notation) {
        if (notation == null) return "not graded";
        String words = notation.replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Views.Council build(Node c, Views.Resource resource, PageRows rows) {
        List<Views.InspectionRow> inspections = new ArrayList<>();
        Node latestGraded = null;
        Views.Link latestLink = null;
        for (Binding b : rows.select("council-inspections", "c", c)) {
            Views.Link link = resources.link(node(b, "i"), str(b, "label"));
            inspections.add(new Views.InspectionRow(link, str(b, "type"), str(b, "start"), gradeLabel(str(b, "grade")), gradeClass(str(b, "grade"))));
            latestGraded = node(b, "i");
            latestLink = link;
        }
        List<Views.Judgement> judgements = new ArrayList<>();
        Set<String> afis = new LinkedHashSet<>();
        if (latestGraded != null) {
            for (Binding b : rows.select("council-latest-inspection", "i", latestGraded)) {
                if (str(b, "t") != null) afis.add(str(b, "t"));
                else judgements.add(new Views.Judgement(str(b, "area"), gradeLabel(str(b, "grade")), gradeClass(str(b, "grade"))));
            }
        }

        List<Views.Link> decisions = new ArrayList<>();
        for (Binding b : rows.select("council-decisions", "c", c)) {
            String when = str(b, "when");
            decisions.add(resources.link(node(b, "d"), (when != null ? when + ": " : "") + (str(b, "label") != null ? str(b, "label") : "decision")));
        }
        List<Views.Link> documents = new ArrayList<>();
        for (Binding b : rows.select("council-documents", "c", c)) documents.add(resources.link(node(b, "doc"), str(b, "file")));

        return new Views.Council(resource, gss(resource), inspections, latestLink, judgements, new ArrayList<>(afis), List.of(), decisions, documents,
                official.build(c, resource.label(), rows));
    }

    /** The council's GSS code, as its page's properties list it (the first, as the properties are ordered by value). */
    private static String gss(Views.Resource resource) {
        return resource.properties().stream().filter(p -> CG.gssCode.getURI().equals(p.predicate().iri()))
                .flatMap(p -> p.values().stream()).map(Views.Value::text).findFirst().orElse(null);
    }
}
