package org.councilgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a page's representation. An explicit {@code ?format=} wins, then a file extension, then the
 * {@code Accept} header (media ranges with q-values; on a tie the server's order, HTML first, decides,
 * so browsers, which also accept {@code application/xml;q=0.9} and {@code *}{@code /*}, get HTML).
 * Empty when nothing acceptable is on offer (406) or an explicit format is unknown.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    private static final List<Representation> SERVER_ORDER = List.of(Representation.values());

    public static Optional<Representation> choose(String accept, String extension, String format) {
        if (format != null && !format.isBlank()) return Representation.byName(format);
        if (extension != null && !extension.isBlank()) return Representation.byName(extension);
        if (accept == null || accept.isBlank()) return Optional.of(Representation.HTML);
        List<Range> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : SERVER_ORDER) {
            double q = quality(ranges, r);
            if (q > bestQ) { best = r; bestQ = q; }
        }
        return Optional.ofNullable(best);
    }

    private record Range(String type, String subtype, double q) {
        int specificity() { return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2; }
    }

    /** The q of the most specific range that matches {@code r}, or of an alias of its media type. */
    private static double quality(List<Range> ranges, Representation r) {
        double q = 0;
        int spec = -1;
        for (String mt : mediaTypes(r)) {
            String[] parts = mt.split("/");
            for (Range range : ranges) {
                boolean matches = range.type.equals("*")
                        || (range.type.equals(parts[0]) && (range.subtype.equals("*") || range.subtype.equals(parts[1])));
                if (!matches) continue;
                // a bare application/xml or */* is weaker than a media type named outright
                int s = range.specificity() * 2 + (mt.equals(r.mediaType()) ? 1 : 0);
                if (s > spec || (s == spec && range.q > q)) { spec = s; q = range.q; }
            }
        }
        if (q > 0 && r != Representation.HTML && spec <= 3) q -= 0.001; // wildcards favour HTML
        return q;
    }

    private static List<String> mediaTypes(Representation r) {
        return switch (r) {
            case HTML -> List.of("text/html", "application/xhtml+xml");
            case TURTLE -> List.of("text/turtle", "application/x-turtle");
            case JSONLD -> List.of("application/ld+json", "application/json");
            case NTRIPLES -> List.of("application/n-triples", "text/plain");
            case RDFXML -> List.of("application/rdf+xml", "application/xml");
        };
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] params = item.split(";");
            String mt = params[0].strip().toLowerCase(Locale.ROOT);
            if (mt.equals("*")) mt = "*/*";
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) continue;
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try { q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip()))); } catch (NumberFormatException e) { q = 0; }
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return out;
    }
}
