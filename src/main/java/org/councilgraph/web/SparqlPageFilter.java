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
 * Runs before Fuseki's dispatch: a browser opening {@code /sparql} with no query is sent to the SPARQL
 * page instead of a protocol error; everything else goes on to the endpoint.
 */
final class SparqlPageFilter implements Filter {
    private final LinkedDataUrls urls;

    SparqlPageFilter(LinkedDataUrls urls) { this.urls = urls; }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if ("GET".equals(req.getMethod()) && req.getQueryString() == null) {
            String accept = req.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) {
                HttpServletResponse resp = (HttpServletResponse) response;
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", urls.base() + "query");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
