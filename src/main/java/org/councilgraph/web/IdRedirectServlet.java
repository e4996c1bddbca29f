package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** {@code /id/…} names a thing, not a document: answer 303 See Other to its page at {@code /doc/…}. */
final class IdRedirectServlet extends HttpServlet {
    private final WebContext web;

    IdRedirectServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<String> iri = req.getRequestURI().contains("%") ? Optional.empty() : web.urls().thingForPath(rest);
        if (iri.isEmpty()) {
            WebResponses.text(req, resp, 400, "That path is not one this server makes.\n");
            return;
        }
        resp.addHeader("Vary", "Accept");
        resp.setHeader("Location", web.urls().page(iri.get()));
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
    }
}
