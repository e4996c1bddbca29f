package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Comparison pages: {@code /compare/ilacs} (latest ILACS grade per council), {@code /compare/indicator?indicator=…}. */
final class CompareServlet extends HttpServlet {
    private final WebContext web;

    CompareServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String which = req.getPathInfo() == null ? "" : req.getPathInfo();
        Map<String, Object> model = new HashMap<>();
        switch (which) {
            case "/ilacs" -> {
                model.put("title", "Latest ILACS grades");
                model.put("rows", web.site().latestIlacs());
                WebResponses.html(req, resp, 200, web.templates().render("compare-ilacs", model), web.data().lastModified(), false);
            }
            case "/indicator" -> {
                String ind = req.getParameter("indicator");
                String words = ind == null ? null : Labels.words(ind);
                model.put("title", words == null || words.isEmpty() ? "Figures across councils"
                        : Character.toUpperCase(words.charAt(0)) + words.substring(1) + " across councils");
                model.put("t", web.site().indicator(ind));
                WebResponses.html(req, resp, 200, web.templates().render("compare-indicator", model), web.data().lastModified(), false);
            }
            default -> WebResponses.text(req, resp, 404, "No such comparison. Try /compare/ilacs or /compare/indicator.\n");
        }
    }
}
