package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFDataMgr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages and data of things ({@code /doc/…}), of the ontology and its code lists ({@code /def/…}) and of
 * any other IRI in the store ({@code /doc?uri=…}), in the representation {@link ContentNegotiation} picks.
 */
final class ResourceServlet extends HttpServlet {
    private static final Pattern EXTENSION = Pattern.compile("^(.*)\\.([a-z0-9]+)$");

    private final WebContext web;

    ResourceServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String servletPath = req.getServletPath();     // "/doc", "/def" or the ontology's data, "/def.ttl" …
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        boolean ontologyData = servletPath.startsWith("/def.");
        if (ontologyData) { rest = servletPath.substring(1); servletPath = "/def"; }
        String raw = req.getRequestURI();
        if (raw.length() > 1 && raw.endsWith("/") && !raw.endsWith("//")) {
            // one canonical URL per page: /doc/council/E06000004/ moves to /doc/council/E06000004
            String canonical = web.urls().base() + raw.substring(1, raw.length() - 1) + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.setHeader("Location", canonical);
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            return;
        }
        if (raw.contains("%") || raw.contains("..") || raw.contains("//")) {
            badRequest(req, resp, "That path is not one this server makes: no dot segments or percent escapes in /doc/ and /def/ paths.");
            return;
        }
        String extension = null;
        Matcher m = EXTENSION.matcher(rest);
        if (m.matches() && Representation.byName(m.group(2)).isPresent()) { rest = m.group(1); extension = m.group(2); }
        if (ontologyData) rest = "";   // /def.ttl: the ontology itself
        Optional<Representation> rep = ContentNegotiation.choose(req.getHeader("Accept"), extension, req.getParameter("format"));
        if (rep.isEmpty()) {
            resp.addHeader("Vary", "Accept");
            WebResponses.text(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable. Available: " + String.join(", ", java.util.Arrays.stream(Representation.values()).map(Representation::mediaType).toList()) + ".\n");
            return;
        }
        Optional<String> iri;
        if (servletPath.equals("/def")) iri = web.urls().vocabularyForPath(rest);
        else if (rest.isEmpty()) iri = Optional.ofNullable(req.getParameter("uri")).filter(ResourceServlet::plausibleIri);
        else iri = web.urls().thingForPath(rest);
        if (iri.isEmpty()) {
            if (rest.isEmpty() && servletPath.equals("/doc")) badRequest(req, resp, "Give the IRI of a thing: /doc?uri=…");
            else badRequest(req, resp, "That path is not one this server makes.");
            return;
        }
        Node subject = NodeFactory.createURI(iri.get());
        boolean negotiated = extension == null && req.getParameter("format") == null;
        Representation r = rep.get();
        PageCache.Body body;
        try {
            body = web.cache().get(r + " " + iri.get(), () -> web.admission().render(() -> render(subject, r)));
        } catch (PageAdmission.Busy e) {
            WebResponses.busy(req, resp, web.admission());
            return;
        } catch (QueryCancelledException e) {
            resp.setHeader("Retry-After", "10");
            WebResponses.text(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This page took too long to prepare; try again shortly.\n");
            return;
        }
        if (body == null) { notFound(req, resp, iri.get(), r); return; }
        alternates(resp, iri.get(), r);
        WebResponses.send(req, resp, 200, body.contentType(), body.bytes(), web.data().lastModified(), negotiated);
    }

    /** {@code Link: <…>; rel="alternate"; type="…"} for every other form of the page, so crawlers find the data. */
    private void alternates(HttpServletResponse resp, String iri, Representation current) {
        for (Representation other : Representation.values()) {
            if (other == current) continue;
            String url = other == Representation.HTML ? web.urls().page(iri) : web.urls().data(iri, other);
            resp.addHeader("Link", "<" + url + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"");
        }
    }

    /** The body of {@code subject}'s page or data, or null when the store knows nothing about it. */
    private PageCache.Body render(Node subject, Representation rep) {
        if (rep.isRdf()) {
            Graph g = web.data().describe(subject);
            if (g.isEmpty() && !web.resources().exists(subject)) return null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, g, rep.rdfFormat());
            return new PageCache.Body(rep.contentType(), out.toByteArray());
        }
        Optional<RecordedRows> summary = web.summaries().of(subject);
        if (summary.isPresent()) {
            try {
                return html(subject, summary.get());
            } catch (RecordedRows.Missing e) {
                // the page asked what the summary did not record: the store answers instead
            }
        }
        return html(subject, PageRows.live(web.data()));
    }

    private PageCache.Body html(Node subject, PageRows rows) {
        Optional<Views.Resource> view = web.resources().resource(subject, rows);
        if (view.isEmpty()) return null;
        Map<String, Object> model = new HashMap<>();
        model.put("r", view.get());
        model.put("title", view.get().label());
        String html;
        if (web.councils().isCouncil(subject, view.get(), rows)) {
            model.put("c", web.councils().council(subject, view.get(), rows));
            html = web.templates().render("council", model);
        } else {
            html = web.templates().render("resource", model);
        }
        return new PageCache.Body("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean plausibleIri(String s) {
        return s.matches("(https?|urn):[^\\s<>\"{}|\\\\^`]+") && s.length() < 2000;
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String iri, Representation rep) throws IOException {
        resp.addHeader("Vary", "Accept");
        if (rep != Representation.HTML) {
            WebResponses.text(req, resp, 404, "Nothing is known about <" + iri + ">.\n");
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Not found");
        model.put("iri", iri);
        model.put("searchTerm", iri.substring(iri.lastIndexOf('/') + 1));
        WebResponses.html(req, resp, 404, web.templates().render("notfound", model), web.data().lastModified(), false);
    }

    private void badRequest(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Bad request");
        model.put("message", message);
        WebResponses.html(req, resp, 400, web.templates().render("error", model), web.data().lastModified(), false);
    }
}
