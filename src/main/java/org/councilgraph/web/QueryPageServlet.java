package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SPARQL page ({@code /query}): an editor pre-filled from the canned queries, the results as a
 * table (run here with the same timeout and row cap as {@code /sparql}) and download links per format.
 */
final class QueryPageServlet extends HttpServlet {
    private static final int SHOWN_ROWS = 1000;

    private final WebContext web;

    QueryPageServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "SPARQL");
        model.put("canned", web.canned().all().stream()
                .map(c -> new Views.Canned(c.name(), c.title(), c.description(), web.urls().base() + "query?canned=" + c.name())).toList());
        String text = req.getParameter("query");
        String cannedName = req.getParameter("canned");
        boolean run = text != null;
        if (text == null && cannedName != null) text = web.canned().byName(cannedName).map(CannedQueries.Canned::text).orElse(null);
        if (text == null) text = web.canned().all().isEmpty() ? "SELECT * { ?s ?p ?o } LIMIT 20" : web.canned().all().get(0).text();
        model.put("query", text);
        model.put("selected", cannedName);
        model.put("endpoint", web.urls().sparqlEndpoint());
        int status = 200;
        if (run) {
            try {
                Query q = QueryFactory.create(text);
                if (!q.hasLimit() || q.getLimit() > web.config().maxRows()) q.setLimit(web.config().maxRows());
                model.put("results", run(q));
                model.put("downloads", downloads(q, text));
            } catch (QueryParseException e) {
                status = 400;
                model.put("results", new Views.Results(List.of(), List.of(), "Syntax error: " + e.getMessage(), false));
            } catch (QueryCancelledException e) {
                status = 503;
                model.put("results", new Views.Results(List.of(), List.of(), "The query ran past the " + web.config().timeout().toSeconds() + " s limit and was stopped.", false));
            }
        }
        WebResponses.html(req, resp, status, web.templates().render("query", model), web.data().lastModified(), false);
    }

    private Views.Results run(Query q) {
        return web.data().read(() -> {
            try (QueryExec qe = web.data().exec(q)) {
                if (q.isSelectType()) {
                    RowSet rs = qe.select();
                    List<String> cols = rs.getResultVars().stream().map(Var::getVarName).toList();
                    List<List<Views.Value>> rows = new ArrayList<>();
                    while (rs.hasNext() && rows.size() < SHOWN_ROWS) {
                        var b = rs.next();
                        List<Views.Value> row = new ArrayList<>();
                        for (String c : cols) row.add(cell(b.get(Var.alloc(c))));
                        rows.add(row);
                    }
                    return new Views.Results(cols, rows, rows.size() + " row(s)", rows.size() >= web.config().maxRows() || rs.hasNext());
                }
                if (q.isAskType()) return new Views.Results(List.of(), List.of(), "Answer: " + qe.ask(), false);
                Graph g = q.isDescribeType() ? qe.describe() : qe.construct();
                List<List<Views.Value>> rows = new ArrayList<>();
                g.find().forEachRemaining(t -> { if (rows.size() < SHOWN_ROWS) rows.add(List.of(cell(t.getSubject()), cell(t.getPredicate()), cell(t.getObject()))); });
                return new Views.Results(List.of("subject", "predicate", "object"), rows, g.size() + " triple(s)", false);
            }
        });
    }

    private Views.Value cell(Node n) {
        if (n == null) return new Views.Value("", null, null, false);
        if (n.isURI()) {
            String iri = n.getURI();
            boolean local = web.urls().isThing(iri) || LinkedDataUrls.isVocabulary(iri);
            return new Views.Value(Labels.shortForm(iri), local ? web.urls().page(iri) : iri, null, !local);
        }
        if (n.isLiteral()) return new Views.Value(n.getLiteralLexicalForm(), null, null, false);
        return new Views.Value("_:" + n.getBlankNodeLabel(), null, null, false);
    }

    private List<Views.Download> downloads(Query q, String text) {
        String base = web.urls().sparqlEndpoint() + "?query=" + LinkedDataUrls.encode(text) + "&format=";
        List<String> formats = q.isSelectType() || q.isAskType() ? List.of("json", "xml", "csv", "tsv") : List.of("ttl", "jsonld", "nt", "rdfxml");
        return formats.stream().map(f -> new Views.Download(f.toUpperCase(), base + f)).toList();
    }
}
