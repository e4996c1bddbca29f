package org.councilgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL 1.1 Protocol and Service Description, and the headers caches, crawlers and clients read, over a real server. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SparqlProtocolTest {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static TestSite site;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception { site = TestSite.start(Duration.ofSeconds(5), 50); }

    @AfterAll
    static void stop() { if (site != null) site.close(); }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : site.url(path))).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) { return new String(r.body(), StandardCharsets.UTF_8); }

    static String type(HttpResponse<byte[]> r) { return r.headers().firstValue("Content-Type").orElse(""); }

    static Graph parse(HttpResponse<byte[]> r) {
        Lang lang = RDFLanguages.contentTypeToLang(type(r).replaceAll(";.*", "").strip());
        return WebServerTest.parse(text(r), lang);
    }

    static Node iri(String s) { return NodeFactory.createURI(s); }

    @Test
    void a_bare_GET_with_Comunicas_Accept_answers_a_service_description_Jena_parses() throws Exception {
        HttpResponse<byte[]> r = get("sparql", "Accept", ContentNegotiationTest.COMUNICA_ACCEPT);
        assertEquals(200, r.statusCode());
        assertTrue(type(r).startsWith("application/n-quads"), type(r));
        Graph g = parse(r);
        Node service = iri(site.url("sparql") + "#service");
        assertTrue(g.contains(service, RDF.type.asNode(), iri(SD + "Service")));
        assertTrue(g.contains(service, iri(SD + "endpoint"), iri(site.url("sparql"))));
        assertTrue(g.contains(service, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Query")));
        assertTrue(g.contains(service, iri(SD + "resultFormat"), iri("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        assertTrue(g.contains(service, iri("https://w3id.org/councilgraph/def#resultRowCap"), NodeFactory.createLiteralDT("50", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        assertTrue(g.contains(service, iri("https://w3id.org/councilgraph/def#queryTimeout"), NodeFactory.createLiteralDT("PT5S", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdayTimeDuration)));
        Node dataset = iri(site.url("sparql") + "#dataset");
        assertTrue(g.contains(service, iri(SD + "defaultDataset"), dataset));
        Node graphs = g.find(dataset, iri("https://w3id.org/councilgraph/def#namedGraphCount"), Node.ANY).next().getObject();
        assertTrue(Integer.parseInt(graphs.getLiteralLexicalForm()) >= 3, "the paper, the TriG file's graph and the vocabulary: " + graphs);
    }

    @Test
    void the_service_description_is_in_every_RDF_syntax_and_HTML_only_when_HTML_wins() throws Exception {
        for (Representation rep : Representation.rdf()) {
            HttpResponse<byte[]> r = get("sparql", "Accept", rep.mediaType());
            assertEquals(200, r.statusCode(), rep.toString());
            assertTrue(parse(r).contains(Node.ANY, iri(SD + "endpoint"), iri(site.url("sparql"))), rep.toString());
        }
        assertTrue(type(get("sparql", "Accept", "*/*")).startsWith("text/turtle"), "curl's */* gets Turtle");
        assertTrue(type(get("sparql")).startsWith("text/turtle"), "no Accept gets Turtle");
        HttpResponse<byte[]> browser = get("sparql", "Accept", WebServerTest.CHROME_ACCEPT);
        assertEquals(303, browser.statusCode());
        assertTrue(browser.headers().firstValue("Location").orElseThrow().endsWith("/query"));
        assertEquals(200, get("sparql", "Accept", "text/html;q=0.2, text/turtle").statusCode());
    }

    @Test
    void a_trailing_slash_moves_to_the_endpoint_and_keeps_the_query() throws Exception {
        HttpResponse<byte[]> r = get("sparql/?query=ASK%7B%7D");
        assertEquals(308, r.statusCode());
        assertEquals(site.url("sparql?query=ASK%7B%7D"), r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void output_names_that_clients_send_are_understood() throws Exception {
        String q = URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", StandardCharsets.UTF_8);
        for (String[] f : new String[][]{{"rdf+xml", "application/rdf+xml"}, {"rdfxml", "application/rdf+xml"}, {"jsonld", "application/ld+json"},
                {"json-ld", "application/ld+json"}, {"nt", "application/n-triples"}, {"ttl", "text/turtle"}, {"nq", "application/n-quads"}}) {
            HttpResponse<byte[]> r = get("sparql?query=" + q + "&format=" + URLEncoder.encode(f[0], StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), f[0] + ": " + text(r));
            assertTrue(type(r).startsWith(f[1]), f[0] + " gave " + type(r));
        }
    }

    @Test
    void every_doc_page_links_each_of_its_other_formats_and_each_answers_200() throws Exception {
        HttpResponse<byte[]> page = get("doc/council/" + TestSite.GSS, "Accept", WebServerTest.CHROME_ACCEPT);
        List<String> links = page.headers().allValues("Link");
        Pattern alt = Pattern.compile("<([^>]+)>; rel=\"alternate\"; type=\"([^\"]+)\"");
        int seen = 0;
        for (String link : links) {
            Matcher m = alt.matcher(link);
            if (!m.matches()) continue;
            seen++;
            HttpResponse<byte[]> r = get(URI.create(site.url("doc/council/" + TestSite.GSS)).resolve(m.group(1)).toString());
            assertEquals(200, r.statusCode(), link);
            assertTrue(type(r).startsWith(m.group(2)), link + " gave " + type(r));
        }
        assertEquals(Representation.values().length - 1, seen, "one Link per other format: " + links);
    }

    @Test
    void N3_TriG_N_Quads_application_wildcard_json_extension_and_trailing_slash() throws Exception {
        String page = "doc/council/" + TestSite.GSS;
        for (String accept : new String[]{"text/n3", "application/trig", "application/n-quads"}) {
            HttpResponse<byte[]> r = get(page, "Accept", accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(parse(r).size() > 5, accept);
        }
        assertFalse(type(get(page, "Accept", "application/*")).startsWith("text/html"));
        HttpResponse<byte[]> json = get(page + ".json");
        assertEquals(200, json.statusCode());
        assertTrue(type(json).startsWith("application/ld+json"));
        HttpResponse<byte[]> slash = get(page + "/");
        assertEquals(301, slash.statusCode());
        assertTrue(slash.headers().firstValue("Location").orElseThrow().endsWith("/" + page));
    }

    @Test
    void answers_are_compressed_for_clients_that_ask_and_validators_survive_it() throws Exception {
        String page = "doc/council/" + TestSite.GSS;
        HttpResponse<byte[]> r = get(page, "Accept", "text/turtle", "Accept-Encoding", "gzip");
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(r.headers().allValues("Vary").containsAll(List.of("Accept-Encoding", "Accept")), r.headers().allValues("Vary").toString());
        String ttl = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ttl.contains(TestSite.GSS));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(page, "Accept", "text/turtle", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode());
        assertTrue(get(page, "Accept", "text/turtle").headers().firstValue("Content-Encoding").isEmpty(), "no compression unasked");
    }

    @Test
    void the_dump_is_a_gzip_file_not_a_gzip_encoding_with_validators() throws Exception {
        HttpResponse<byte[]> r = get("dump.nq.gz", "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", type(r));
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), "the .gz file is the resource");
        assertTrue(new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8).contains(TestSite.GSS));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String modified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, get("dump.nq.gz", "If-None-Match", etag).statusCode());
        assertEquals(304, get("dump.nq.gz", "If-Modified-Since", modified).statusCode());
    }
}
