package org.councilgraph.web;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.Locale;
import java.util.Optional;

/** The forms a linked-data page can take: HTML for people, four RDF syntaxes for programs. */
public enum Representation {
    HTML("text/html", "html", null, null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY);

    private final String mediaType;
    private final String extension;
    private final Lang lang;
    private final RDFFormat format;

    Representation(String mediaType, String extension, Lang lang, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.format = format;
    }

    public String mediaType() { return mediaType; }

    public String extension() { return extension; }

    public Lang lang() { return lang; }

    public RDFFormat rdfFormat() { return format; }

    public boolean isRdf() { return lang != null; }

    /** Content-Type header value, with a charset for the text formats. */
    public String contentType() {
        return this == RDFXML ? mediaType + "; charset=utf-8" : mediaType + (mediaType.startsWith("text/") || this == JSONLD || this == NTRIPLES ? "; charset=utf-8" : "");
    }

    /** By file extension ({@code ttl}) or short name as used in {@code ?format=} ({@code turtle}, {@code json-ld}). */
    public static Optional<Representation> byName(String name) {
        if (name == null) return Optional.empty();
        return switch (name.toLowerCase(Locale.ROOT).strip()) {
            case "html", "htm" -> Optional.of(HTML);
            case "ttl", "turtle" -> Optional.of(TURTLE);
            case "jsonld", "json-ld", "json" -> Optional.of(JSONLD);
            case "nt", "ntriples", "n-triples" -> Optional.of(NTRIPLES);
            case "rdf", "xml", "rdfxml", "rdf-xml", "owl" -> Optional.of(RDFXML);
            default -> Optional.empty();
        };
    }
}
