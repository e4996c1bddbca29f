package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The home page ({@code /}) and the label search ({@code /search?q=}). */
final class HomeServlet extends HttpServlet {
    private final WebContext web;

    HomeServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> model = new HashMap<>();
        if (req.getServletPath().equals("/search")) {
            String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
            if (q.length() > 200) q = q.substring(0, 200);
            model.put("title", "Search");
            model.put("q", q);
            model.put("hits", q.isEmpty() ? List.of() : web.site().search(q));
            WebResponses.html(req, resp, 200, web.templates().render("search", model), web.data().lastModified(), false);
            return;
        }
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.isEmpty()) {
            WebResponses.text(req, resp, 404, "Not found.\n");
            return;
        }
        PageCache.Body body = web.cache().get("home", () -> {
            model.put("title", "councilgraph");
            model.put("home", web.site().home());
            model.put("canned", web.canned().all());
            return new PageCache.Body("text/html; charset=utf-8", web.templates().render("home", model).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        WebResponses.send(req, resp, 200, body.contentType(), body.bytes(), web.data().lastModified(), false);
    }
}
