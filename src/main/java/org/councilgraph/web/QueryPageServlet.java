package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.councilgraph.rdf.Vocabularies;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SPARQL page ({@code /query}): YASGUI, served from the jar, talking to this server's own {@code /sparql}.
 * The canned queries are its examples and the project's prefixes its prefix completions. {@code ?canned=NAME}
 * opens a canned query, {@code ?query=…} opens any query and runs it. Without scripts the page is a form
 * that sends the query to the endpoint in a chosen format; its download links are plain links too.
 */
final class QueryPageServlet extends HttpServlet {
    private final WebContext web;

    QueryPageServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String text = req.getParameter("query");
        String cannedName = req.getParameter("canned");
        boolean run = text != null && !text.isBlank();
        if (!run && cannedName != null) text = web.canned().byName(cannedName).map(CannedQueries.Canned::text).orElse(null);
        if (text == null || text.isBlank()) {
            cannedName = web.canned().all().isEmpty() ? null : web.canned().all().get(0).name();
            text = cannedName == null ? "SELECT * WHERE { ?s ?p ?o } LIMIT 20" : web.canned().all().get(0).text();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "SPARQL");
        model.put("canned", web.canned().all().stream()
                .map(c -> new Views.Canned(c.name(), c.title(), c.description(), web.urls().base() + "query?canned=" + c.name(), c.text())).toList());
        model.put("query", text);
        model.put("selected", run ? null : cannedName);
        model.put("run", run);
        model.put("endpoint", web.urls().absolute(req).sparqlEndpoint()); // the full URL to copy, wherever the site runs
        model.put("prefixes", prefixLines());
        model.put("formats", SparqlDownloads.ALL);
        int status = 200;
        try {
            model.put("downloads", SparqlDownloads.links(web.urls().sparqlEndpoint(), text, QueryFactory.create(text)));
        } catch (QueryParseException e) {
            status = run ? 400 : 200;
            model.put("syntaxError", e.getMessage());
            model.put("downloads", List.of());
        }
        WebResponses.html(req, resp, status, web.templates().render("query", model), web.data().lastModified(), false);
    }

    /** The project's prefixes, one {@code prefix: <namespace>} a line, as YASQE's prefix completion lists them. */
    private static String prefixLines() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(Vocabularies.prefixes().getNsPrefixMap()).forEach((p, ns) -> sb.append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /** Whether {@code q} answers rows (SELECT, ASK) rather than triples (CONSTRUCT, DESCRIBE). */
    static boolean answersRows(Query q) { return q.isSelectType() || q.isAskType(); }
}
