package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.cli.Main;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's data as the demo builds it (the sample papers loaded, the official extract imported) served by a real
 * server: official figures for every council, Ofsted's record, council pages without papers, the comparisons.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficialPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        base = "http://localhost:" + port + "/";
        Path db = Files.createTempDirectory("councilgraph-official-test-").resolve("db");
        assertEquals(0, Main.commandLine().execute("load", "examples", "--db", db.toString(), "--base-uri", base));
        assertEquals(0, Main.commandLine().execute("import", "examples/official", "--db", db.toString(), "--base-uri", base));
        Duration timeout = Duration.ofSeconds(30);
        server = WebServer.build(PublishedDataset.open(db, timeout), new ServerConfig(port, base, timeout, 100_000)).start();
    }

    @AfterAll
    static void stop() { if (server != null) server.stop(); }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sparql(String query) throws Exception {
        HttpResponse<String> r = get("sparql?query=" + URLEncoder.encode("""
                PREFIX cg: <https://w3id.org/councilgraph/def#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
                """ + query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().toList();
    }

    @Test
    void sparql_finds_a_2025_children_looked_after_figure_for_at_least_150_councils_and_Stocktons_is_564() throws Exception {
        String cla = """
                ?s cg:reportsIndicator <https://w3id.org/councilgraph/def/indicator/children-in-care> ;
                   sdmx-attribute:unitMeasure <https://w3id.org/councilgraph/def/unit/count> .
                ?o cg:series ?s ; sdmx-dimension:refArea ?geo ; sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/day/2025-03-31> ; cg:value ?v .
                """;
        List<String> n = sparql("SELECT (COUNT(DISTINCT ?c) AS ?n) { " + cla + " ?c a cg:Council ; cg:statisticalGeography ?geo }");
        assertTrue(Integer.parseInt(n.get(1).strip()) >= 150, n.toString());
        List<String> stockton = sparql("SELECT ?v { " + cla + " <" + base + "id/council/E06000004> cg:statisticalGeography ?geo }");
        assertEquals(List.of("v", "564.0"), stockton);
    }

    @Test
    void at_least_140_councils_have_an_ILACS_grade_from_Ofsteds_record() throws Exception {
        List<String> n = sparql("""
                SELECT (COUNT(DISTINCT ?c) AS ?n) {
                  GRAPH ?g { ?g a cg:OfficialDataset . ?i a cg:Inspection ; cg:council ?c ; cg:overallGrade ?grade ; cg:inspectionType ?t }
                  ?t skos:notation "ILACS" }""");
        assertTrue(Integer.parseInt(n.get(1).strip()) >= 140, n.toString());
    }

    @Test
    void a_council_without_papers_has_a_page_with_its_official_series_and_comparators() throws Exception {
        HttpResponse<String> r = get("doc/council/E08000025", "text/html");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("Children looked after at 31 March"), "official series");
        assertTrue(body.contains("<polyline") && body.contains("line-neighbours") && body.contains("line-england"), "council, neighbours and England lines");
        assertTrue(body.contains("Statistical neighbours (DfE)") && body.contains("West Midlands"), "comparators");
        assertTrue(body.contains("from Ofsted&#39;s record") || body.contains("from Ofsted's record"), "the inspection timeline");
        assertTrue(body.contains(">0</text>"), "the value axis starts at zero");
    }

    @Test
    void a_council_with_papers_shows_their_figures_as_points_linked_to_the_quotes() throws Exception {
        String body = get("doc/council/E06000004", "text/html").body();
        assertTrue(body.contains("class=\"paper-point\""));
        assertTrue(body.contains("children looked after at 31 March 2025 was 564"), "the quote");
        assertTrue(body.contains(base + "doc/document/"), "a link to the evidence");
    }

    @Test
    void the_query_for_all_of_a_measures_paper_figures_finds_them_and_no_other_measure_or_unit() throws Exception {
        Node stockton = NodeFactory.createURI(base + "id/council/E06000004");
        List<String> rows = sparqlAsShown(CouncilOfficialPages.allPaperFigures(stockton, "children-in-care", "count"));
        assertEquals("period,value,quote,document", rows.get(0));
        assertTrue(rows.stream().anyMatch(l -> l.contains(",564.0,") && l.contains("was 564")), String.join("\n", rows));
        assertEquals(1, sparqlAsShown(CouncilOfficialPages.allPaperFigures(stockton, "children-in-care", "percent")).size(), "only the header");
        assertEquals(1, sparqlAsShown(CouncilOfficialPages.allPaperFigures(stockton, "no-such-measure", "count")).size(), "only the header");
    }

    private static List<String> sparqlAsShown(String query) throws Exception {
        HttpResponse<String> r = get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().toList();
    }

    @Test
    void compare_ilacs_lists_every_council_with_its_previous_grade_and_downloads_as_CSV() throws Exception {
        String html = get("compare/ilacs", "text/html").body();
        assertTrue(html.contains("Previous grade"));
        HttpResponse<String> csv = get("compare/ilacs?format=csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> rows = csv.body().lines().toList();
        assertEquals("council_code,council,region_code,region,latest_start,latest_grade,previous_start,previous_grade", rows.get(0));
        long graded = rows.stream().skip(1).filter(l -> l.matches(".*,\\d{4}-\\d{2}-\\d{2},(Outstanding|Good|Requires improvement|Inadequate),.*")).count();
        assertTrue(rows.size() - 1 >= 150 && graded >= 140, rows.size() + " councils, " + graded + " graded");
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("E06000004,Stockton-on-Tees Borough Council,E12000001,North East,2023-03-06,Requires improvement,2019-05-20,Requires improvement")));
        List<String> northEast = get("compare/ilacs?region=E12000001&format=csv", null).body().lines().toList();
        assertEquals(13, northEast.size(), "the twelve councils of the North East and the header");
    }

    @Test
    void compare_indicator_keeps_periods_apart_and_downloads_as_CSV_and_JSON() throws Exception {
        String html = get("compare/indicator?indicator=children-in-care", "text/html").body();
        assertTrue(html.contains("31 March 2025") && html.contains("Rate per 10,000 children"));
        String csv = get("compare/indicator?indicator=children-in-care&format=csv", null).body();
        assertTrue(csv.contains("E06000004,Stockton-on-Tees Borough Council,count,day/2025-03-31,31 March 2025,564,official"), csv.substring(0, 400));
        HttpResponse<String> json = get("compare/indicator?indicator=children-in-care&format=json", null);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"periodLabel\" : \"31 March 2025\""));
    }

    @Test
    void the_cross_check_gives_each_paper_figure_its_official_value_and_a_verdict() throws Exception {
        String page = get("compare/cross-check", "text/html").body();
        assertTrue(page.contains("verdict-agrees") && page.contains("Stockton-on-Tees Borough Council"));
        HttpResponse<String> r = get("sparql?query=" + URLEncoder.encode(Files.readString(Path.of("queries/cross-check.rq")), StandardCharsets.UTF_8), "text/csv");
        List<String> rows = r.body().lines().toList();
        assertTrue(rows.get(0).contains("verdict"));
        assertTrue(rows.stream().anyMatch(l -> l.contains(",E06000004,figure,children-in-care,2025-03-31,564.0,564.0,count,agrees,")), String.join("\n", rows));
    }

    @Test
    void the_dataset_description_names_each_official_source_with_its_licence_and_attribution() throws Exception {
        String ttl = get(".well-known/void", "text/turtle").body();
        assertTrue(ttl.contains("void:subset"), ttl);
        assertTrue(ttl.contains("https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers/blob/"), "the source of the DfE extract");
        assertTrue(ttl.contains("Open Government Licence v3.0: Department for Education"), "the attribution");
    }
}
