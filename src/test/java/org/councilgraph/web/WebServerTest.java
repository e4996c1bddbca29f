package org.councilgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebServerTest {
    static final String CHROME_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    static TestSite site;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        site = TestSite.start(Duration.ofSeconds(1), 50);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : site.url(path))).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.url(path))).timeout(Duration.ofSeconds(20)).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sparqlGet(String query, String accept) throws Exception {
        return get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept).body();
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    static String council() { return site.base() + "id/council/" + TestSite.GSS; }

    @Test
    void a_thing_IRI_answers_303_to_its_page() throws Exception {
        HttpResponse<String> r = get("id/council/" + TestSite.GSS, "Accept", CHROME_ACCEPT);
        assertEquals(303, r.statusCode());
        assertEquals(site.url("doc/council/" + TestSite.GSS), r.headers().firstValue("Location").orElseThrow());
        assertTrue(r.headers().allValues("Vary").contains("Accept"));
    }

    @Test
    void a_browser_gets_HTML_and_a_program_asking_for_Turtle_gets_Turtle_from_the_same_URL() throws Exception {
        HttpResponse<String> html = get("doc/council/" + TestSite.GSS, "Accept", CHROME_ACCEPT);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.headers().allValues("Vary").contains("Accept"));
        assertTrue(html.body().contains("Stockton-on-Tees"));
        HttpResponse<String> ttl = get("doc/council/" + TestSite.GSS, "Accept", "text/turtle");
        assertTrue(ttl.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        assertTrue(ttl.headers().allValues("Vary").contains("Accept"));
        assertTrue(parse(ttl.body(), Lang.TURTLE).contains(NodeFactory.createURI(council()), NodeFactory.createURI("https://w3id.org/councilgraph/def#gssCode"), NodeFactory.createLiteralString(TestSite.GSS)));
    }

    @Test
    void every_RDF_format_is_served_by_Accept_by_extension_and_by_format_parameter() throws Exception {
        for (Representation r : Representation.values()) {
            if (!r.isRdf()) continue;
            HttpResponse<String> byAccept = get("doc/council/" + TestSite.GSS, "Accept", r.mediaType());
            HttpResponse<String> byExt = get("doc/council/" + TestSite.GSS + "." + r.extension());
            HttpResponse<String> byParam = get("doc/council/" + TestSite.GSS + "?format=" + r.extension(), "Accept", CHROME_ACCEPT);
            for (HttpResponse<String> resp : new HttpResponse[]{byAccept, byExt, byParam}) {
                assertEquals(200, resp.statusCode(), r + " " + resp.uri());
                assertTrue(resp.headers().firstValue("Content-Type").orElseThrow().startsWith(r.mediaType()), r + " " + resp.uri());
                assertTrue(parse(resp.body(), r.lang()).size() > 5, r + " parses");
            }
        }
    }

    @Test
    void an_unacceptable_Accept_gets_406() throws Exception {
        assertEquals(406, get("doc/council/" + TestSite.GSS, "Accept", "image/png").statusCode());
    }

    @Test
    void an_unchanged_page_answers_304_to_its_ETag_and_to_If_Modified_Since() throws Exception {
        HttpResponse<String> first = get("doc/council/" + TestSite.GSS, "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("doc/council/" + TestSite.GSS, "Accept", "text/turtle", "If-None-Match", etag).statusCode());
        assertEquals(304, get("doc/council/" + TestSite.GSS, "Accept", "text/turtle", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get("doc/council/" + TestSite.GSS, "Accept", "text/turtle", "If-None-Match", "\"other\"").statusCode());
        assertNotEquals(etag, get("doc/council/" + TestSite.GSS, "Accept", "application/n-triples").headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void an_unknown_thing_is_a_404_with_a_helpful_page() throws Exception {
        HttpResponse<String> r = get("doc/council/E99999999", "Accept", CHROME_ACCEPT);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("search?q=E99999999"));
        assertEquals(404, get("doc/council/E99999999.ttl").statusCode());
    }

    @Test
    void doc_paths_with_dot_segments_or_encoded_junk_are_rejected() throws Exception {
        for (String path : new String[]{"doc/council/%2e%2e/%2e%2e/etc/passwd", "doc/council/E06000004%00", "doc/%3Cscript%3E", "doc/council/..%2Fx", "id/council/%2e%2e"}) {
            int status = get(path).statusCode();
            assertTrue(status == 400, path + " gave " + status);
        }
    }

    @Test
    void a_script_tag_inside_a_literal_is_shown_escaped() throws Exception {
        HttpResponse<String> r = get("doc/document/fixture-ilacs/decision/script", "Accept", CHROME_ACCEPT);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains(TestSite.SCRIPT), "raw script tag in page");
        assertTrue(r.body().contains("&lt;script&gt;"));
        HttpResponse<String> search = get("search?q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8));
        assertFalse(search.body().contains(TestSite.SCRIPT));
    }

    @Test
    void a_resource_page_shows_evidence_quotes_types_graphs_and_national_links() throws Exception {
        String body = get("doc/council/" + TestSite.GSS + "/inspection/ilacs/2019-11-04").body();
        assertTrue(body.contains("Ofsted judged services for children to be good overall."));
        assertTrue(body.contains(site.url("doc/document/fixture-ilacs")));
        assertTrue(body.contains("Inspection"));
        String council = get("doc/council/" + TestSite.GSS + "?format=html").body();
        assertTrue(council.contains("http://www.wikidata.org/entity/Q17022493"));
        assertTrue(council.contains("ONS statistical geography E06000004"));
    }

    @Test
    void the_council_page_has_the_inspection_timeline_judgements_and_a_chart() throws Exception {
        String body = get("doc/council/" + TestSite.GSS).body();
        assertTrue(body.indexOf("2015-06-01") < body.indexOf("2019-11-04"), "timeline in date order");
        assertTrue(body.contains("grade-good"));
        assertTrue(body.contains("The quality of supervision for social workers."));
        assertTrue(body.contains("<svg") && body.contains("<polyline"));
        assertTrue(body.contains("RESOLVED") || body.contains("the report be noted"));
    }

    @Test
    void the_ontology_and_code_list_concepts_have_pages() throws Exception {
        HttpResponse<String> grade = get("def/grade/GOOD", "Accept", CHROME_ACCEPT);
        assertEquals(200, grade.statusCode());
        assertTrue(grade.body().contains("GOOD"));
        assertEquals(200, get("def/grade/GOOD.ttl").statusCode());
        HttpResponse<String> term = get("doc?uri=" + URLEncoder.encode("https://w3id.org/councilgraph/def#Council", StandardCharsets.UTF_8));
        assertEquals(200, term.statusCode());
        assertEquals(200, get("def").statusCode());
    }

    @Test
    void comparison_pages_show_the_latest_ILACS_grade_and_an_indicator_across_years() throws Exception {
        String ilacs = get("compare/ilacs").body();
        assertTrue(ilacs.contains("grade-good") && ilacs.indexOf("grade-good") < ilacs.indexOf("grade-requires-improvement"),
                "the latest inspection's grade, then the previous one's");
        String ind = get("compare/indicator?indicator=children-in-care-rate").body();
        assertTrue(ind.contains("2019") && ind.contains("2021") && ind.contains("81.5"));
    }

    @Test
    void the_home_page_counts_kinds_and_lists_councils() throws Exception {
        HttpResponse<String> r = get("", "Accept", CHROME_ACCEPT);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("inspections"));
        assertTrue(r.body().contains(site.url("doc/council/" + TestSite.GSS)));
        assertEquals(200, get("static/style.css").statusCode());
    }

    @Test
    void the_SPARQL_endpoint_answers_GET_form_POST_and_direct_POST_in_every_result_format() throws Exception {
        String q = "PREFIX cg: <https://w3id.org/councilgraph/def#> SELECT ?c WHERE { ?c a cg:Council }";
        assertTrue(sparqlGet(q, "application/sparql-results+json").contains("\"bindings\""));
        assertTrue(sparqlGet(q, "application/sparql-results+xml").contains("<sparql"));
        assertTrue(sparqlGet(q, "text/csv").startsWith("c\r\n"));
        assertTrue(sparqlGet(q, "text/tab-separated-values").startsWith("?c"));
        HttpResponse<String> form = post("sparql", "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains(council()));
        HttpResponse<String> direct = post("sparql", "application/sparql-query", q, "Accept", "application/sparql-results+json");
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains(council()));
    }

    @Test
    void the_SPARQL_endpoint_sends_CORS_headers() throws Exception {
        HttpResponse<String> r = get("sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "Origin", "https://example.org");
        String allow = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allow.equals("*") || allow.equals("https://example.org"), allow);
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(site.url("sparql"))).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST").build();
        HttpResponse<String> p = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertTrue(p.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void DESCRIBE_and_CONSTRUCT_through_the_endpoint_come_back_in_RDF_formats() throws Exception {
        String describe = "DESCRIBE <" + council() + ">";
        Graph g = parse(sparqlGet(describe, "text/turtle"), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(council()), NodeFactory.createURI("https://w3id.org/councilgraph/def#gssCode"), NodeFactory.createLiteralString(TestSite.GSS)));
        String construct = "CONSTRUCT { ?c ?p ?o } WHERE { ?c a <https://w3id.org/councilgraph/def#Council> ; ?p ?o }";
        assertTrue(parse(sparqlGet(construct, "application/ld+json"), Lang.JSONLD).size() > 3);
        assertTrue(parse(sparqlGet(construct, "application/n-triples"), Lang.NTRIPLES).size() > 3);
        assertTrue(parse(sparqlGet(construct, "application/rdf+xml"), Lang.RDFXML).size() > 3);
    }

    @Test
    void the_default_graph_is_the_union_and_the_register_graph_is_invisible() throws Exception {
        String union = sparqlGet("ASK { <" + council() + "> a <https://w3id.org/councilgraph/def#Council> }", "application/sparql-results+json");
        assertTrue(union.contains("true"));
        String register = sparqlGet("SELECT * WHERE { GRAPH <urn:x-councilgraph:register> { ?s ?p ?o } }", "text/csv");
        assertEquals("s,p,o", register.strip());
        assertTrue(sparqlGet("ASK { ?s <https://w3id.org/councilgraph/def#loadedAs> ?o }", "application/sparql-results+json").contains("false"));
        String graphs = sparqlGet("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertFalse(graphs.contains("urn:x-councilgraph:register"));
        assertTrue(graphs.contains(site.base() + "id/document/fixture-ilacs"));
    }

    @Test
    void a_query_past_the_timeout_is_cut_off() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertNotEquals(200, r.statusCode(), r.body());
        assertTrue(seconds < 8, "took " + seconds + " s");
    }

    @Test
    void results_are_capped_at_the_row_limit() throws Exception {
        HttpResponse<String> r = get("sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals("50", r.headers().firstValue(CappedQueryService.CAP_HEADER).orElseThrow());
        assertEquals(51, r.body().strip().split("\r\n").length);
    }

    @Test
    void updates_graph_store_writes_and_admin_paths_are_refused() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        int direct = post("sparql", "application/sparql-update", update).statusCode();
        int form = post("sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)).statusCode();
        assertTrue(direct >= 400 && direct < 500, "direct update gave " + direct);
        assertTrue(form >= 400 && form < 500, "form update gave " + form);
        assertTrue(get("sparql/update").statusCode() >= 400);
        HttpRequest put = HttpRequest.newBuilder(URI.create(site.url("sparql?default"))).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build();
        assertTrue(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        for (String admin : new String[]{"$/datasets", "$/server", "$/stats", "$/metrics", "$/compact/sparql", "$/backup/sparql"}) {
            assertEquals(404, get(admin).statusCode(), admin);
        }
        assertFalse(sparqlGet("ASK { <urn:x:a> ?p ?o }", "application/sparql-results+json").contains("true"));
        assertEquals(200, get("$/ping").statusCode());
    }

    @Test
    void a_browser_opening_the_endpoint_is_sent_to_the_SPARQL_page_which_runs_canned_queries() throws Exception {
        HttpResponse<String> r = get("sparql", "Accept", CHROME_ACCEPT);
        assertEquals(303, r.statusCode());
        String page = get("query?canned=decisions").body();
        assertTrue(page.contains("Decisions") || page.contains("decisions"));
        String run = get("query?query=" + URLEncoder.encode("SELECT ?c WHERE { ?c a <https://w3id.org/councilgraph/def#Council> }", StandardCharsets.UTF_8)).body();
        assertTrue(run.contains("id=\"yasgui\"") && run.contains("def#Council"), "the query opens in the editor");
        assertTrue(run.contains("format=csv"));
    }

    @Test
    void VoID_and_DCAT_describe_the_dataset_with_licence_endpoint_and_dump() throws Exception {
        Graph g = parse(get(".well-known/void", "Accept", "text/turtle").body(), Lang.TURTLE);
        var ds = NodeFactory.createURI(site.base() + "id/dataset/councilgraph");
        assertTrue(g.contains(ds, NodeFactory.createURI("http://purl.org/dc/terms/license"), NodeFactory.createURI(DatasetDescriptionServlet.OGL)));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"), NodeFactory.createURI(site.url("sparql"))));
        assertTrue(g.contains(ds, NodeFactory.createURI("http://rdfs.org/ns/void#dataDump"), NodeFactory.createURI(site.url("dump.nq.gz"))));
    }

    @Test
    void the_dump_is_gzip_NQuads_without_the_register_graph() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(site.url("dump.nq.gz"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        String nq = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(nq.contains("urn:x-councilgraph:register"));
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(nq, Lang.NQUADS).parse(dsg);
        assertTrue(dsg.containsGraph(NodeFactory.createURI(site.base() + "id/document/fixture-ilacs")));
    }

    @Test
    void a_document_page_lists_what_was_read_from_it() throws Exception {
        String body = get("doc/document/fixture-ilacs").body();
        assertTrue(body.contains("In this graph"));
        assertTrue(body.contains(site.url("doc/council/" + TestSite.GSS + "/inspection/ilacs/2019-11-04")));
    }

    @Test
    void the_register_graph_has_no_page() throws Exception {
        assertEquals(404, get("doc?uri=" + URLEncoder.encode("urn:x-councilgraph:register", StandardCharsets.UTF_8)).statusCode());
        assertEquals(400, get("doc?uri=" + URLEncoder.encode("file:///etc/passwd", StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void the_sitemap_lists_thing_pages() throws Exception {
        String xml = get("sitemap.xml").body();
        assertTrue(xml.contains("<loc>" + site.url("doc/council/" + TestSite.GSS) + "</loc>"));
    }
}
