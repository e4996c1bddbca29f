package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
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
    static final int INVERSE_CAP = 50;
    static final int GRAPH_CONTENTS_CAP = 200;
    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/councilgraph/def#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX schema: <https://schema.org/>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    /** Properties whose values are national datasets' identifiers for the same or a containing thing. */
    private static final Set<String> NATIONAL = Set.of(OWL.sameAs.getURI(), CG.statisticalGeography.getURI(), CG.region.getURI(),
            SKOS.exactMatch.getURI(), Vocabularies.SDMX_refArea.getURI());

    private final PublishedDataset data;
    private final LinkedDataUrls urls;

    ResourcePages(PublishedDataset data, LinkedDataUrls urls) {
        this.data = data;
        this.urls = urls;
    }

    static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }

    static String str(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.getBlankNodeLabel();
    }

    static Node node(Binding b, String var) { return b.get(Var.alloc(var)); }

    /** Label of a node as the store knows it: rdfs:label, else skos:prefLabel, else notation. */
    String label(Node n) {
        if (n == null || !n.isURI()) return Labels.fallback(n);
        ParameterizedSparqlString q = query("SELECT ?l ?pl ?n { OPTIONAL { ?x rdfs:label ?l } OPTIONAL { ?x skos:prefLabel ?pl } OPTIONAL { ?x skos:notation ?n } } LIMIT 1");
        q.setParam("x", n);
        List<Binding> rows = data.select(q);
        if (!rows.isEmpty()) {
            Binding b = rows.get(0);
            for (String v : List.of("l", "pl", "n")) if (str(b, v) != null) return str(b, v);
        }
        return Labels.fallback(n);
    }

    Views.Link link(Node n, String knownLabel) {
        String label = knownLabel != null ? knownLabel : Labels.fallback(n);
        if (n.isURI()) return new Views.Link(urls.page(n.getURI()), label, n.getURI());
        return new Views.Link(null, label, null);
    }

    /** Whether the store says anything about {@code n}, as subject or object. */
    boolean exists(Node n) {
        ParameterizedSparqlString q = query("ASK { { ?x ?p ?o } UNION { ?s ?p ?x } }");
        q.setParam("x", n);
        return data.read(() -> {
            try (var qe = data.exec(q.asQuery())) { return qe.ask(); }
        });
    }

    Optional<Views.Resource> resource(Node subject) {
        return data.read(() -> exists(subject) ? Optional.of(build(subject)) : Optional.empty());
    }

    private Views.Resource build(Node s) {
        ParameterizedSparqlString q = query("""
                SELECT ?p ?o (SAMPLE(?ol) AS ?olabel) (SAMPLE(?pl) AS ?plabel) {
                  ?x ?p ?o
                  OPTIONAL { ?o rdfs:label|skos:prefLabel ?ol }
                  OPTIONAL { ?p rdfs:label ?pl }
                } GROUP BY ?p ?o ORDER BY ?p ?o LIMIT 2000""");
        q.setParam("x", s);
        Map<String, List<Views.Value>> byPredicate = new LinkedHashMap<>();
        Map<String, Views.Link> predicates = new LinkedHashMap<>();
        List<Views.Link> types = new ArrayList<>();
        List<Views.Link> national = new ArrayList<>();
        String label = null;
        for (Binding b : data.select(q)) {
            Node p = node(b, "p"), o = node(b, "o");
            String pIri = p.getURI();
            String olabel = str(b, "olabel");
            if (pIri.equals(RDF.type.getURI())) { types.add(link(o, olabel != null ? olabel : Labels.fallback(o))); continue; }
            if (label == null && (pIri.equals(RDFS.label.getURI()) || pIri.equals(SKOS.prefLabel.getURI())) && o.isLiteral()) label = o.getLiteralLexicalForm();
            if (NATIONAL.contains(pIri) && o.isURI() && isWebIri(o.getURI()) && !urls.isThing(o.getURI())) national.add(new Views.Link(o.getURI(), nationalLabel(o.getURI()), o.getURI()));
            predicates.computeIfAbsent(pIri, k -> new Views.Link(urls.page(k), str(b, "plabel") != null ? str(b, "plabel") : Labels.words(Labels.localName(k)), k));
            byPredicate.computeIfAbsent(pIri, k -> new ArrayList<>()).add(value(o, olabel));
        }
        if (label == null) label = Labels.fallback(s);
        List<Views.Property> props = new ArrayList<>();
        byPredicate.forEach((p, values) -> props.add(new Views.Property(predicates.get(p), values)));

        List<Views.Inverse> inverse = new ArrayList<>();
        ParameterizedSparqlString iq = query("SELECT ?s ?p (SAMPLE(?l) AS ?sl) { ?s ?p ?x OPTIONAL { ?s rdfs:label ?l } } GROUP BY ?s ?p ORDER BY ?p ?s LIMIT " + (INVERSE_CAP + 1));
        iq.setParam("x", s);
        List<Binding> inv = data.select(iq);
        for (Binding b : inv.subList(0, Math.min(INVERSE_CAP, inv.size()))) {
            Node p = node(b, "p");
            inverse.add(new Views.Inverse(link(node(b, "s"), str(b, "sl")), new Views.Link(urls.page(p.getURI()), Labels.words(Labels.localName(p.getURI())), p.getURI())));
        }
        String allInverse = null;
        if (inv.size() > INVERSE_CAP) {
            ParameterizedSparqlString all = new ParameterizedSparqlString("SELECT ?s ?p WHERE { ?s ?p ?x }");
            all.setParam("x", s);
            allInverse = urls.queryPage(all.toString());
        }

        List<Views.Evidence> evidence = new ArrayList<>();
        ParameterizedSparqlString eq = query("""
                SELECT ?src (SAMPLE(?q) AS ?quote) (SAMPLE(?st) AS ?start) (SAMPLE(?en) AS ?end) (SAMPLE(?r) AS ?rule) (SAMPLE(?fn) AS ?file) {
                  ?x cg:evidence ?ev . ?ev oa:hasSource ?src .
                  OPTIONAL { ?ev oa:hasSelector/oa:exact ?q }
                  OPTIONAL { ?ev oa:hasSelector ?pos . ?pos oa:start ?st ; oa:end ?en }
                  OPTIONAL { ?ev cg:extractedBy ?r }
                  OPTIONAL { ?src cg:fileName ?fn }
                } GROUP BY ?ev ?src ORDER BY ?src ?start""");
        eq.setParam("x", s);
        for (Binding b : data.select(eq)) {
            String pos = str(b, "start") != null ? "characters " + str(b, "start") + "–" + str(b, "end") : "document metadata";
            evidence.add(new Views.Evidence(str(b, "quote"), link(node(b, "src"), str(b, "file")), pos, str(b, "rule")));
        }

        List<Views.Link> graphs = new ArrayList<>();
        ParameterizedSparqlString gq = query("SELECT DISTINCT ?g { GRAPH ?g { ?x ?p ?o } } ORDER BY ?g LIMIT 100");
        gq.setParam("x", s);
        for (Binding b : data.select(gq)) graphs.add(link(node(b, "g"), Labels.shortForm(str(b, "g"))));

        List<Views.Link> formats = new ArrayList<>();
        if (s.isURI()) for (Representation r : Representation.values()) {
            if (r.isRdf()) formats.add(new Views.Link(urls.data(s.getURI(), r), r.name().replace("JSONLD", "JSON-LD").replace("RDFXML", "RDF/XML").replace("NTRIPLES", "N-Triples").replace("TURTLE", "Turtle"), null));
        }
        // a document's IRI names its graph too: list what was read from it
        List<Views.Link> contents = new ArrayList<>();
        ParameterizedSparqlString cq = query("""
                SELECT ?t (SAMPLE(?l) AS ?label) { GRAPH ?x { ?t ?p ?o OPTIONAL { ?t rdfs:label|skos:prefLabel ?l } }
                  FILTER(isIRI(?t) && ?t != ?x && !CONTAINS(STR(?t), "#") && !CONTAINS(STR(?t), "/evidence/")) }
                GROUP BY ?t ORDER BY ?label ?t LIMIT """ + (GRAPH_CONTENTS_CAP + 1));
        cq.setParam("x", s);
        List<Binding> inGraph = data.select(cq);
        for (Binding b : inGraph.subList(0, Math.min(GRAPH_CONTENTS_CAP, inGraph.size()))) contents.add(link(node(b, "t"), str(b, "label")));
        return new Views.Resource(s.isURI() ? s.getURI() : null, label, types, props, evidence, inverse, allInverse, graphs, national, formats,
                contents, inGraph.size() > GRAPH_CONTENTS_CAP);
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
