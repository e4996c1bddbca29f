package org.councilgraph.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs before Fuseki's dispatch: a {@code GET} (or {@code HEAD}) of {@code /sparql} with no query
 * answers the service description (which sends a browser to the SPARQL page); {@code /sparql/}
 * moves to {@code /sparql}; the output names clients put in {@code format=}/{@code output=} that
 * Fuseki does not know ({@code rdf+xml} from SPARQLWrapper, {@code jsonld}, {@code nq} …) become
 * the media types they mean; everything else goes on to the endpoint as it came.
 */
final class SparqlPageFilter implements Filter {
    private static final Set<String> OUTPUT_PARAMS = Set.of("format", "output", "results");
    private static final Map<String, String> OUTPUT_NAMES = Map.ofEntries(
            Map.entry("rdf+xml", "application/rdf+xml"), Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("rdf", "application/rdf+xml"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("ntriples", "application/n-triples"), Map.entry("n-triples", "application/n-triples"),
            Map.entry("nquads", "application/n-quads"), Map.entry("nq", "application/n-quads"),
            Map.entry("n3", "text/turtle"));

    private final LinkedDataUrls urls;
    private final ServiceDescriptionServlet description;

    SparqlPageFilter(LinkedDataUrls urls, ServiceDescriptionServlet description) {
        this.urls = urls;
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (req.getRequestURI().endsWith("/")) {
            resp.setHeader("Location", urls.sparqlEndpoint() + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
            resp.setStatus(308); // Permanent Redirect keeps a POST a POST
            return;
        }
        if (read && req.getParameter("query") == null) {
            description.service(req, resp);
            return;
        }
        chain.doFilter(needsOutputNames(req) ? new OutputNames(req) : req, response);
    }

    private static boolean needsOutputNames(HttpServletRequest req) {
        for (String p : OUTPUT_PARAMS) {
            String v = req.getParameter(p);
            if (v != null && OUTPUT_NAMES.containsKey(v.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static final class OutputNames extends HttpServletRequestWrapper {
        OutputNames(HttpServletRequest req) { super(req); }

        private static String expand(String name, String value) {
            return value != null && OUTPUT_PARAMS.contains(name) ? OUTPUT_NAMES.getOrDefault(value.toLowerCase(Locale.ROOT), value) : value;
        }

        @Override public String getParameter(String name) { return expand(name, super.getParameter(name)); }

        @Override public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            if (values == null) return null;
            String[] out = values.clone();
            for (int i = 0; i < out.length; i++) out[i] = expand(name, out[i]);
            return out;
        }

        @Override public Map<String, String[]> getParameterMap() {
            Map<String, String[]> out = new HashMap<>(super.getParameterMap());
            out.replaceAll((k, v) -> getParameterValues(k));
            return out;
        }
    }
}
