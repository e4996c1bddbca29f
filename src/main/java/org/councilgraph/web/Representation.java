package org.councilgraph.web;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms a linked-data page can take: HTML for people, RDF syntaxes for programs. A page is one
 * graph; TriG and N-Quads carry it as their default graph and N3 as Turtle (N3 reads Turtle), so that
 * clients asking for those get data instead of a 406.
 */
public enum Representation {
    HTML("text/html", "html", "HTML", null, null),
    TURTLE("text/turtle", "ttl", "Turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    TRIG("application/trig", "trig", "TriG", Lang.TRIG, RDFFormat.TRIG_PRETTY),
    NQUADS("application/n-quads", "nq", "N-Quads", Lang.NQUADS, RDFFormat.NQUADS),
    N3("text/n3", "n3", "N3", Lang.N3, RDFFormat.TURTLE_PRETTY);

    private final String mediaType;
    private final String extension;
    private final String label;
    private final Lang lang;
    private final RDFFormat format;

    Representation(String mediaType, String extension, String label, Lang lang, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.lang = lang;
        this.format = format;
    }

    public String mediaType() { return mediaType; }

    public String extension() { return extension; }

    /** The name people know the syntax by ({@code RDF/XML}). */
    public String label() { return label; }

    public Lang lang() { return lang; }

    public RDFFormat rdfFormat() { return format; }

    public boolean isRdf() { return lang != null; }

    /** The RDF syntaxes, in the server's order of preference. */
    public static List<Representation> rdf() { return Arrays.stream(values()).filter(Representation::isRdf).toList(); }

    /** Content-Type header value: every syntax here is UTF-8 text. */
    public String contentType() { return mediaType + "; charset=utf-8"; }

    /** By file extension ({@code ttl}) or short name as used in {@code ?format=} ({@code turtle}, {@code json-ld}). */
    public static Optional<Representation> byName(String name) {
        if (name == null) return Optional.empty();
        return switch (name.toLowerCase(Locale.ROOT).strip()) {
            case "html", "htm" -> Optional.of(HTML);
            case "ttl", "turtle" -> Optional.of(TURTLE);
            case "jsonld", "json-ld", "json" -> Optional.of(JSONLD);
            case "nt", "ntriples", "n-triples" -> Optional.of(NTRIPLES);
            case "rdf", "xml", "rdfxml", "rdf-xml", "owl" -> Optional.of(RDFXML);
            case "trig" -> Optional.of(TRIG);
            case "nq", "nquads", "n-quads" -> Optional.of(NQUADS);
            case "n3" -> Optional.of(N3);
            default -> Optional.empty();
        };
    }
}
