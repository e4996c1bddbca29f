package org.councilgraph.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Runs before Fuseki's dispatch: a {@code GET} (or {@code HEAD}) of {@code /sparql} with no query
 * answers the service description (which sends a browser to the SPARQL page); {@code /sparql/}
 * moves to {@code /sparql}; everything else goes on to the endpoint.
 */
final class SparqlPageFilter implements Filter {
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
        chain.doFilter(request, response);
    }
}
