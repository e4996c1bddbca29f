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
}
