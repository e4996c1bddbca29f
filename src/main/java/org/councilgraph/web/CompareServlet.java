package org.councilgraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Comparison pages: {@code /compare/ilacs} (every council's latest and previous ILACS grade; {@code ?region=E12000001};
 * {@code ?format=csv}), {@code /compare/indicator?indicator=…} (official and papers' figures across councils and
 * periods; {@code &format=csv|json}) and {@code /compare/cross-check} (papers checked against the official record).
 */
final class CompareServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebContext web;
    private final ComparePages compare;
    /** The SPARQL page opened on the cross-check's query: the same for every request, so made once. */
    private final String crossCheckQuery;
    /** Each comparison by its path, prepared from the request. */
    private final Map<String, Function<HttpServletRequest, Answer>> comparisons;

    CompareServlet(WebContext web) {
        this.web = web;
        this.compare = new ComparePages(web.data(), web.resources(), web.urls());
        this.crossCheckQuery = web.urls().queryPage(CannedQueries.readResource("queries/cross-check.rq"));
        this.comparisons = Map.of("/ilacs", this::ilacs, "/indicator", this::indicator, "/cross-check", req -> crossCheck());
    }

    /** A comparison as prepared: its media type and bytes, and the file name it downloads as (null for a page). */
    private record Answer(String contentType, byte[] body, String fileName) {
        static Answer page(String html) { return new Answer("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), null); }

        static Answer download(String contentType, String fileName, String body) {
            return new Answer(contentType, body.getBytes(StandardCharsets.UTF_8), fileName.replaceAll("[^A-Za-z0-9._-]", "-"));
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Function<HttpServletRequest, Answer> comparison = comparisons.get(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (comparison == null) {
            WebResponses.text(req, resp, 404, "No such comparison. Try /compare/ilacs, /compare/indicator or /compare/cross-check.\n");
            return;
        }
        Answer answer;
        try {
            // prepared in a turn, like the resource pages; sent after it, so a slow reader holds no turn
            answer = web.admission().render(() -> comparison.apply(req));
        } catch (PageAdmission.Busy e) {
            WebResponses.busy(req, resp, web.admission());
            return;
        }
        if (answer.fileName() != null) resp.setHeader("Content-Disposition", "attachment; filename=\"" + answer.fileName() + "\"");
        WebResponses.send(req, resp, 200, answer.contentType(), answer.body(), web.data().lastModified(), false);
    }

    private Answer ilacs(HttpServletRequest req) {
        String region = req.getParameter("region");
        if (region != null && !region.matches("E\\d{8}")) region = null;
        ComparePages.IlacsPage page = compare.ilacs(region);
        if ("csv".equals(req.getParameter("format"))) return Answer.download("text/csv; charset=utf-8", "ilacs-grades.csv", ComparePages.ilacsCsv(page.rows()));
        Map<String, Object> model = new HashMap<>();
        model.put("title", "ILACS grades of every council");
        model.put("p", page);
        model.put("csv", web.urls().base() + "compare/ilacs?format=csv" + (region != null ? "&region=" + region : ""));
        return Answer.page(web.templates().render("compare-ilacs", model));
    }

    private Answer indicator(HttpServletRequest req) {
        String ind = req.getParameter("indicator");
        if (ind != null && !ind.matches("[A-Za-z0-9-]{1,120}")) ind = null;
        ComparePages.IndicatorPage page = compare.indicator(ind);
        String format = req.getParameter("format");
        if ("csv".equals(format)) return Answer.download("text/csv; charset=utf-8", ind + ".csv", ComparePages.indicatorCsv(page.figures()));
        if ("json".equals(format)) return Answer.download("application/json", ind + ".json", json(Map.of("indicator", String.valueOf(ind), "figures", page.figures())));
        Map<String, Object> model = new HashMap<>();
        String title = page.title();
        model.put("title", title == null ? "Figures across councils" : Character.toUpperCase(title.charAt(0)) + title.substring(1) + " across councils");
        model.put("t", page);
        if (ind != null) {
            model.put("csv", web.urls().base() + "compare/indicator?indicator=" + ind + "&format=csv");
            model.put("json", web.urls().base() + "compare/indicator?indicator=" + ind + "&format=json");
        }
        return Answer.page(web.templates().render("compare-indicator", model));
    }

    private Answer crossCheck() {
        List<OfficialViews.CrossCheckRow> rows = compare.crossCheck();
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Papers checked against the official record");
        model.put("rows", rows);
        model.put("agree", rows.stream().filter(r -> r.verdictClass().equals("verdict-agrees")).count());
        model.put("differ", rows.stream().filter(r -> r.verdictClass().equals("verdict-differs")).count());
        model.put("query", crossCheckQuery);
        return Answer.page(web.templates().render("compare-cross-check", model));
    }

    private static String json(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
