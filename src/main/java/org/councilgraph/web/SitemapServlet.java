package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /sitemap.xml}: the site's pages and the page of every thing under {@code {base}id/} (up to the sitemap limit). */
final class SitemapServlet extends HttpServlet {
    private final WebContext web;

    SitemapServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataUrls u = web.urls().absolute(req); // a sitemap lists absolute URLs
        List<String> pages = new ArrayList<>(List.of(u.base(), u.base() + "query", u.base() + "compare/ilacs", u.base() + "compare/indicator"));
        ParameterizedSparqlString q = PageQueries.get("sitemap-things");
        q.setLiteral("space", u.idSpace());
        for (Binding b : web.data().select(q)) pages.add(u.page(ResourcePages.str(b, "s")));
        Map<String, Object> model = new HashMap<>();
        model.put("pages", pages);
        String xml = web.templates().render("sitemap", model);
        WebResponses.send(req, resp, 200, "application/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8), web.data().lastModified(), false);
    }
}
