package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/** The few static files ({@code /static/style.css}, the SPARQL page's scripts), served from the jar; no CDN. */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of("style.css", "text/css; charset=utf-8", "favicon.svg", "image/svg+xml",
            "query-page.js", "text/javascript; charset=utf-8",
            // YASGUI, copied from npm into the jar at build time (pom.xml, src/main/frontend)
            "yasgui/yasgui.min.js", "text/javascript; charset=utf-8", "yasgui/yasgui.min.css", "text/css; charset=utf-8");
    private static final Instant STARTED = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        String type = FILES.get(name);
        if (type == null) { WebResponses.text(req, resp, 404, "Not found.\n"); return; }
        try (InputStream in = StaticServlet.class.getResourceAsStream("static/" + name)) {
            if (in == null) { WebResponses.text(req, resp, 404, "Not found.\n"); return; }
            WebResponses.send(req, resp, 200, type, in.readAllBytes(), STARTED, false);
        }
    }
}
