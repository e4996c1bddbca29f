package org.councilgraph.web;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

import java.util.List;
import java.util.Optional;

/**
 * Chooses a representation. An explicit {@code ?format=} wins, then a file extension, then the
 * {@code Accept} header, parsed by Jena's {@link AcceptList}. Each offer takes the q of the most
 * specific range that matches it (RFC 9110 §12.5.1), so {@code text/html;q=0.2} is 0.2 even when
 * {@code *}{@code /*;q=0.8} is also listed. An offer matched only through an alias
 * ({@code application/xml} for RDF/XML) or a wildcard ranks a hair below one named outright; on a
 * tie the server's order decides, HTML first, so browsers and {@code *}{@code /*} get HTML and
 * {@code application/*} gets JSON-LD. Empty when nothing on offer is acceptable (406) or an explicit
 * format is unknown.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /** What {@code offers} the client ranks highest; ties go to the earlier offer. */
    public static Optional<Representation> choose(String accept, String extension, String format) {
        return choose(accept, extension, format, List.of(Representation.values()));
    }

    public static Optional<Representation> choose(String accept, String extension, String format, List<Representation> offers) {
        if (format != null && !format.isBlank()) return Representation.byName(format).filter(offers::contains);
        if (extension != null && !extension.isBlank()) return Representation.byName(extension).filter(offers::contains);
        if (accept == null || accept.isBlank()) return Optional.of(offers.get(0));
        List<MediaRange> ranges = parse(accept);
        Representation best = null;
        double bestQ = 0;
        for (Representation r : offers) {
            double q = quality(ranges, r);
            if (q > bestQ) { best = r; bestQ = q; }
        }
        return Optional.ofNullable(best);
    }

    /** How much the client wants {@code r}: 0 when not at all. */
    public static double quality(String accept, Representation r) {
        return accept == null || accept.isBlank() ? 1 : quality(parse(accept), r);
    }

    private static double quality(List<MediaRange> ranges, Representation r) {
        double best = 0;
        List<String> types = mediaTypes(r);
        for (int i = 0; i < types.size(); i++) {
            MediaType offer = MediaType.create(types.get(i));
            MediaRange range = mostSpecific(ranges, offer);
            if (range == null) continue;
            double q = range.get_q();
            // a wildcard or an alias is weaker than the media type named outright
            if (q > 0) q -= (i > 0 ? 0.001 : 0) + (specificity(range) < 3 ? 0.001 : 0);
            best = Math.max(best, q);
        }
        return best;
    }

    /** The range that decides {@code offer}'s q: the most specific one that matches; the higher q among equals. */
    private static MediaRange mostSpecific(List<MediaRange> ranges, MediaType offer) {
        MediaRange choice = null;
        for (MediaRange range : ranges) {
            if (!range.accepts(offer)) continue;
            if (choice == null || specificity(range) > specificity(choice)
                    || (specificity(range) == specificity(choice) && range.get_q() > choice.get_q())) choice = range;
        }
        return choice;
    }

    private static int specificity(MediaRange range) {
        return (isStar(range.getType()) ? 0 : 2) + (isStar(range.getSubType()) ? 0 : 1);
    }

    private static boolean isStar(String s) { return s == null || s.equals("*"); }

    /** The media types a representation answers to, its own first; HTML has no alias, so {@code application/*} never gets a page. */
    private static List<String> mediaTypes(Representation r) {
        return switch (r) {
            case HTML -> List.of("text/html");
            case TURTLE -> List.of("text/turtle", "application/x-turtle");
            case JSONLD -> List.of("application/ld+json", "application/json");
            case NTRIPLES -> List.of("application/n-triples", "text/plain");
            case RDFXML -> List.of("application/rdf+xml", "application/xml", "text/xml");
            case TRIG -> List.of("application/trig");
            case NQUADS -> List.of("application/n-quads");
            case N3 -> List.of("text/n3", "text/rdf+n3");
        };
    }

    private static List<MediaRange> parse(String accept) {
        try {
            return new AcceptList(accept.replaceAll("(^|,)\\s*\\*\\s*(?=[;,]|$)", "$1*/*")).entries(); // a bare * is */*
        } catch (RuntimeException e) {
            return List.of(new MediaRange("*/*")); // an unreadable header asks for nothing in particular
        }
    }
}
