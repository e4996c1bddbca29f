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
 * Cross-origin reads for everyone, with nothing a credential could unlock: {@code Access-Control-Allow-Origin: *}
 * on every response (so caches never mix two variants) and never {@code Allow-Credentials},
 * whatever the {@code Origin}; pre-flights offer GET, POST and OPTIONS
 * only; scripts may read the {@code X-Result-Cap} header that says a result was capped.
 */
final class CorsHeaders implements Filter {
    static final String METHODS = "GET, POST, OPTIONS";
    static final String HEADERS = "Accept, Accept-Language, Content-Type, Cache-Control, If-None-Match, If-Modified-Since, X-Requested-With";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", CappedQueryService.CAP_HEADER);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", METHODS);
            resp.setHeader("Access-Control-Allow-Headers", HEADERS);
            resp.setHeader("Access-Control-Max-Age", "86400");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
