package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.Vocabularies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Prepares the view-model of a resource page from the store: properties with labels, evidence, inverse links, graphs. */
final class ResourcePages {
    /** Inverse links a page shows; resource-inverse.rq picks one more, to know whether there are more. */
    static final int INVERSE_CAP = 50;
    static final int GRAPH_CONTENTS_CAP = 200;
    /** As many property values as a page shows (resource-properties.rq's LIMIT). */
    static final int PROPERTIES_CAP = 2000;
    /** Properties whose values are national datasets' identifiers for the same or a containing thing. */
    private static final Set<String> NATIONAL = Set.of(OWL.sameAs.getURI(), CG.statisticalGeography.getURI(), CG.region.getURI(),
            SKOS.exactMatch.getURI(), Vocabularies.SDMX_refArea.getURI());

    private final PublishedDataset data;
    private final LinkedDataUrls urls;

    ResourcePages(PublishedDataset data, LinkedDataUrls urls) {
        this.data = data;
        this.urls = urls;
    }

    /** A page query with {@code ?x} bound to {@code n}. */
    static ParameterizedSparqlString about(String pageQuery, Node n) {
        ParameterizedSparqlString q = PageQueries.get(pageQuery);
        q.setParam("x", n);
        return q;
    }

    /** A page query as it is shown to people on the SPARQL page: bound, without the files' comment lines. */
    static String shown(ParameterizedSparqlString q) {
        return q.toString().replaceAll("(?m)^#.*\\R", "");
    }

    /** A page query, parsed once, with {@code ?x} bound to {@code n}. */
    static Query boundTo(String pageQuery, Node n) {
        return PageQueries.bound(pageQuery, "x", n);
    }

    static String str(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.getBlankNodeLabel();
    }

    static Node node(Binding b, String var) { return b.get(Var.alloc(var)); }

    /** Label of a node as the store knows it: rdfs:label, else skos:prefLabel, else notation. */
    String label(Node n) {
        if (n == null || !n.isURI()) return Labels.fallback(n);
        List<Binding> rows = data.select(boundTo("resource-label", n));
        if (!rows.isEmpty()) {
            Binding b = rows.get(0);
            for (String v : List.of("l", "pl", "n")) if (str(b, v) != null) return str(b, v);
        }
        return Labels.fallback(n);
    }

    /**
     * A link to a vocabulary term (a property or a class): the term's page here for the ontology's own terms,
     * the term's IRI, which its vocabulary publishes, for the others.
     */
    Views.Link term(Node t, String knownLabel) {
        String iri = t.getURI();
        String label = knownLabel != null ? knownLabel : Labels.words(Labels.localName(iri));
        String href = LinkedDataUrls.isVocabulary(iri) ? urls.page(iri) : isWebIri(iri) ? iri : null;
        return new Views.Link(href, label, iri);
    }

    /** The SPARQL page, opened on the query given and running it. */
    String queryPage(String query) { return urls.queryPage(query); }

    Views.Link link(Node n, String knownLabel) {
        String label = knownLabel != null ? knownLabel : Labels.fallback(n);
        if (n.isURI()) return new Views.Link(urls.page(n.getURI()), label, n.getURI());
        return new Views.Link(null, label, null);
    }

    /** Whether the store says anything about {@code n}, as subject or object. */
    boolean exists(Node n) {
        Query q = boundTo("resource-exists", n);
        return data.read(() -> {
            try (var qe = data.exec(q)) { return qe.ask(); }
        });
    }

    /** The page of {@code subject}, or empty when the store says nothing about it (no statement with it as subject or object). */
    Optional<Views.Resource> resource(Node subject) {
        return resource(subject, PageRows.live(data));
    }

    /** The page of {@code subject} from {@code rows} (in one read transaction when they are the store's). */
    Optional<Views.Resource> resource(Node subject, PageRows rows) {
        return data.read(() -> build(subject, rows));
    }

    private Optional<Views.Resource> build(Node s, PageRows rows) {
        Map<String, List<Views.Value>> byPredicate = new LinkedHashMap<>();
        Map<String, Views.Link> predicates = new LinkedHashMap<>();
        List<Views.Link> types = new ArrayList<>();
        List<Views.Link> national = new ArrayList<>();
        String label = null;
        for (Binding b : rows.select("resource-properties", "x", s, PROPERTIES_CAP)) {
            Node p = node(b, "p"), o = node(b, "o");
            String pIri = p.getURI();
            String olabel = str(b, "olabel");
            if (pIri.equals(RDF.type.getURI())) { types.add(o.isURI() ? term(o, olabel) : link(o, olabel)); continue; }
            if (label == null && (pIri.equals(RDFS.label.getURI()) || pIri.equals(SKOS.prefLabel.getURI())) && o.isLiteral()) label = o.getLiteralLexicalForm();
            if (NATIONAL.contains(pIri) && o.isURI() && isWebIri(o.getURI()) && !urls.isThing(o.getURI())) national.add(new Views.Link(o.getURI(), nationalLabel(o.getURI()), o.getURI()));
            predicates.computeIfAbsent(pIri, k -> term(p, str(b, "plabel")));
            byPredicate.computeIfAbsent(pIri, k -> new ArrayList<>()).add(value(o, olabel));
        }
        if (label == null) label = Labels.fallback(s);
        List<Views.Property> props = new ArrayList<>();
        byPredicate.forEach((p, values) -> props.add(new Views.Property(predicates.get(p), values)));

        List<Views.Inverse> inverse = new ArrayList<>();
        List<Binding> inv = rows.select("resource-inverse", "x", s, INVERSE_CAP + 1);
        if (byPredicate.isEmpty() && types.isEmpty() && inv.isEmpty()) return Optional.empty(); // neither subject nor object: unknown
        for (Binding b : inv.subList(0, Math.min(INVERSE_CAP, inv.size()))) {
            inverse.add(new Views.Inverse(link(node(b, "s"), str(b, "sl")), term(node(b, "p"), null)));
        }
        String allInverse = inv.size() > INVERSE_CAP ? urls.queryPage(shown(about("resource-all-inverse", s))) : null;

        List<Views.Evidence> evidence = new ArrayList<>();
        for (Binding b : rows.select("resource-evidence", "x", s)) {
            String pos = str(b, "start") != null ? "characters " + str(b, "start") + "–" + str(b, "end") : "document metadata";
            evidence.add(new Views.Evidence(str(b, "quote"), link(node(b, "src"), str(b, "file")), pos, str(b, "rule")));
        }

        List<Views.Link> graphs = new ArrayList<>();
        for (Binding b : rows.select("resource-graphs", "x", s)) graphs.add(link(node(b, "g"), Labels.shortForm(str(b, "g"))));

        List<Views.Link> formats = new ArrayList<>();
        if (s.isURI()) for (Representation r : Representation.values()) {
            if (r.isRdf()) formats.add(new Views.Link(urls.data(s.getURI(), r), r.label(), null));
        }
        // a document's IRI names its graph too: list what was read from it
        List<Views.Link> contents = new ArrayList<>();
        List<Binding> inGraph = rows.select("resource-graph-contents", "x", s, GRAPH_CONTENTS_CAP + 1);
        for (Binding b : inGraph.subList(0, Math.min(GRAPH_CONTENTS_CAP, inGraph.size()))) contents.add(link(node(b, "t"), str(b, "label")));
        return Optional.of(new Views.Resource(s.isURI() ? s.getURI() : null, label, types, props, evidence, inverse, allInverse, graphs, national, formats,
                contents, inGraph.size() > GRAPH_CONTENTS_CAP));
    }

    private Views.Value value(Node o, String olabel) {
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String dt = o.getLiteralDatatypeURI();
            String note = lang != null && !lang.isEmpty() ? "@" + lang : dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString") ? Labels.shortForm(dt) : null;
            return new Views.Value(o.getLiteralLexicalForm(), null, note, false);
        }
        if (o.isBlank()) return new Views.Value("(anonymous node)", null, null, false);
        String iri = o.getURI();
        boolean local = urls.isThing(iri) || LinkedDataUrls.isVocabulary(iri);
        String text = olabel != null ? olabel : local ? Labels.fallback(o) : Labels.shortForm(iri);
        boolean web = isWebIri(iri);
        return new Views.Value(text, local ? urls.page(iri) : web ? iri : null, local ? null : "external", !local && web);
    }

    /** Only http and https IRIs become links to follow: never {@code javascript:}, {@code data:} and the like. */
    static boolean isWebIri(String iri) {
        return iri.regionMatches(true, 0, "http://", 0, 7) || iri.regionMatches(true, 0, "https://", 0, 8);
    }

    static String nationalLabel(String iri) {
        if (iri.startsWith(Vocabularies.WIKIDATA)) return "Wikidata " + iri.substring(Vocabularies.WIKIDATA.length());
        if (iri.startsWith(Vocabularies.ONS_GEOGRAPHY)) return "ONS statistical geography " + iri.substring(Vocabularies.ONS_GEOGRAPHY.length());
        if (iri.contains("opendatacommunities.org")) return "OpenDataCommunities " + iri.substring(iri.lastIndexOf('/') + 1);
        return iri;
    }

    static Node iri(String s) { return NodeFactory.createURI(s); }
}
