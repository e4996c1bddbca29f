package org.councilgraph.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lets {@code /sparql?format=NAME} (also {@code output=}, {@code results=}) take the format names the
 * site's download links and data pages use ({@code jsonld}, {@code rdfxml}, {@code rdf}, {@code ntriples}) and those clients send ({@code rdf+xml} from SPARQLWrapper):
 * Fuseki knows only its own short names ({@code json-ld}, {@code xml}, {@code nt} …) and answers 400 to
 * others, but takes a media type as it is, so a name it does not know becomes its media type here.
 */
final class SparqlFormatNames implements Filter {
    private static final Set<String> PARAMETERS = Set.of("format", "output", "results");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "jsonld", "application/ld+json",
            "rdfxml", "application/rdf+xml",
            "rdf", "application/rdf+xml",
            "ntriples", "application/n-triples",
            "n-triples", "application/n-triples",
            "nq", "application/n-quads",
            "nquads", "application/n-quads",
            "rdf+xml", "application/rdf+xml",   // SPARQLWrapper's name for RDF/XML
            "n3", "text/turtle");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean named = PARAMETERS.stream().map(req::getParameter).anyMatch(v -> v != null && MEDIA_TYPES.containsKey(key(v)));
        chain.doFilter(named ? new Renamed(req) : request, response);
    }

    private static String key(String value) { return value.strip().toLowerCase(Locale.ROOT); }

    static String mediaType(String value) { return value == null ? null : MEDIA_TYPES.getOrDefault(key(value), value); }

    /** The request with the format parameters' names replaced by media types. */
    private static final class Renamed extends HttpServletRequestWrapper {
        Renamed(HttpServletRequest req) { super(req); }

        @Override
        public String getParameter(String name) {
            String v = super.getParameter(name);
            return PARAMETERS.contains(name) ? mediaType(v) : v;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = super.getParameterValues(name);
            return v == null || !PARAMETERS.contains(name) ? v : Arrays.stream(v).map(SparqlFormatNames::mediaType).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new HashMap<>(super.getParameterMap());
            for (String p : PARAMETERS) if (m.containsKey(p)) m.put(p, getParameterValues(p));
            return m;
        }
    }
}
