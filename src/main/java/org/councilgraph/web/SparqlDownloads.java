package org.councilgraph.web;

import org.apache.jena.query.Query;

import java.util.List;

/**
 * The formats a query's answer can be downloaded in from {@code /sparql?query=…&format=NAME}: four for
 * rows (SELECT, ASK) and four for triples (CONSTRUCT, DESCRIBE). {@link SparqlFormatNames} makes the
 * endpoint understand every name here.
 */
final class SparqlDownloads {
    /** One download format: the {@code format=} name, its label and the media type the endpoint answers with. */
    record Format(String name, String label, String mediaType, boolean rows) {}

    static final List<Format> ALL = List.of(
            new Format("json", "JSON", "application/sparql-results+json", true),
            new Format("xml", "XML", "application/sparql-results+xml", true),
            new Format("csv", "CSV", "text/csv", true),
            new Format("tsv", "TSV", "text/tab-separated-values", true),
            new Format("ttl", "Turtle", "text/turtle", false),
            new Format("jsonld", "JSON-LD", "application/ld+json", false),
            new Format("nt", "N-Triples", "application/n-triples", false),
            new Format("rdfxml", "RDF/XML", "application/rdf+xml", false));

    private SparqlDownloads() {}

    /** The download links of the query {@code text} (parsed as {@code q}), in the formats its answer comes in. */
    static List<Views.Download> links(String endpoint, String text, Query q) {
        boolean rows = QueryPageServlet.answersRows(q);
        String base = endpoint + "?query=" + LinkedDataUrls.encode(text) + "&format=";
        return ALL.stream().filter(f -> f.rows() == rows).map(f -> new Views.Download(f.label(), base + f.name())).toList();
    }
}
