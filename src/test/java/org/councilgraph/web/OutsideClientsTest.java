package org.councilgraph.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clients open-data people use, run unchanged against a real server: Comunica (from npm, installed
 * into {@code src/test/clients/} by {@code npm ci}), and Python's SPARQLWrapper and rdflib (Debian's
 * {@code python3-sparqlwrapper} and {@code python3-rdflib}). {@code .ci/run} installs them; a test
 * whose client is missing skips itself and says how to install it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OutsideClientsTest {
    static final Path COMUNICA = Path.of("src/test/clients/node_modules/.bin/comunica-sparql");
    static final String CG = "https://w3id.org/councilgraph/def#";
    static TestSite site;

    @BeforeAll
    static void start() throws IOException { site = TestSite.start(Duration.ofSeconds(10), 1000); }

    @AfterAll
    static void stop() { if (site != null) site.close(); }

    record Run(int exit, String out) {}

    static Run run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) { p.destroyForcibly(); throw new AssertionError("timed out: " + command); }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static void assumeComunica() {
        Assumptions.assumeTrue(Files.isExecutable(COMUNICA),
                "Comunica is not installed: run `npm ci` in src/test/clients (.ci/run does); skipping the Comunica checks");
    }

    static String python() throws Exception {
        String py = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        boolean present;
        try {
            present = run(List.of(py, "-c", "import SPARQLWrapper, rdflib")).exit() == 0;
        } catch (IOException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "SPARQLWrapper or rdflib is not installed: apt-get install python3-sparqlwrapper python3-rdflib "
                + "(.ci/run does); skipping the Python client checks");
        return py;
    }

    static Run comunica(String source, String query) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(COMUNICA.toString(), source, query));
        return run(cmd);
    }

    @Test
    void Comunica_queries_the_endpoint_named_as_a_SPARQL_source() throws Exception {
        assumeComunica();
        Run r = comunica("sparql@" + site.url("sparql"), "SELECT ?c WHERE { ?c a <" + CG + "Council> }");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains(site.url("id/council/" + TestSite.GSS)), r.out());
    }

    @Test
    void Comunica_finds_the_endpoint_from_its_service_description() throws Exception {
        assumeComunica();
        // no sparql@ hint: Comunica GETs the URL, reads sd:endpoint from the service description and queries it
        Run r = comunica(site.url("sparql"), "SELECT ?g WHERE { <" + site.url("id/council/" + TestSite.GSS) + "> <" + CG + "gssCode> ?g }");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains(TestSite.GSS), r.out());
    }

    @Test
    void Comunica_dereferences_a_council_IRI() throws Exception {
        assumeComunica();
        String council = site.url("id/council/" + TestSite.GSS);
        Run r = comunica(council, "SELECT ?g WHERE { <" + council + "> <" + CG + "gssCode> ?g }");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("{\"g\":\"\\\"" + TestSite.GSS + "\\\"\"}"), r.out()); // {"g":"\"E06000004\""}
    }

    static final String PYTHON_CLIENTS = """
            import sys
            from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TURTLE, RDFXML, N3
            import rdflib
            from rdflib.plugins.stores.sparqlstore import SPARQLStore
            endpoint, council, cg = sys.argv[1], sys.argv[2], sys.argv[3]
            select = "SELECT ?c WHERE { ?c a <%sCouncil> }" % cg
            construct = "CONSTRUCT { ?c ?p ?o } WHERE { ?c a <%sCouncil> ; ?p ?o }" % cg
            w = SPARQLWrapper(endpoint)
            w.setQuery(select)
            w.setReturnFormat(JSON)
            print("wrapper-json", [b["c"]["value"] for b in w.query().convert()["results"]["bindings"]])
            w.setReturnFormat(XML)
            print("wrapper-xml", len(w.query().convert().getElementsByTagName("result")))
            w.setReturnFormat(CSV)
            print("wrapper-csv", w.query().convert().decode("utf-8").count(council))
            for name, fmt in [("turtle", TURTLE), ("rdfxml", RDFXML), ("jsonld", JSON), ("n3", N3)]:
                w.setQuery(construct)
                w.setReturnFormat(fmt)
                if name == "jsonld":  # Debian's SPARQLWrapper 1.8.5 refuses JSONLD without the old rdflib-jsonld plugin; JSON asks the same of a CONSTRUCT
                    g = rdflib.Graph().parse(data=w.query().response.read(), format="json-ld")
                else:
                    result = w.query().convert()
                    g = result if isinstance(result, rdflib.Graph) else rdflib.Graph().parse(data=result, format="turtle")
                print("wrapper-" + name, len(g) > 0 and (rdflib.URIRef(council), None, None) in g)
            store = rdflib.Graph(store=SPARQLStore(endpoint))
            print("sparqlstore-select", [str(r[0]) for r in store.query(select)])
            print("sparqlstore-triples", len(list(store.triples((rdflib.URIRef(council), None, None)))) > 0)
            page = rdflib.Graph().parse(council)
            print("rdflib-dereference", (rdflib.URIRef(council), rdflib.URIRef(cg + "gssCode"), None) in page)
            """;

    @Test
    void SPARQLWrapper_and_rdflib_read_the_endpoint_and_the_pages() throws Exception {
        String py = python();
        String council = site.url("id/council/" + TestSite.GSS);
        Run r = run(List.of(py, "-c", PYTHON_CLIENTS, site.url("sparql"), council, CG));
        assertEquals(0, r.exit(), r.out());
        String out = r.out();
        assertTrue(out.contains("wrapper-json ['" + council + "']"), out);
        assertTrue(out.contains("wrapper-xml 1"), out);
        assertTrue(out.contains("wrapper-csv 1"), out);
        for (String f : List.of("turtle", "rdfxml", "jsonld", "n3")) assertTrue(out.contains("wrapper-" + f + " True"), f + ": " + out);
        assertTrue(out.contains("sparqlstore-select ['" + council + "']"), out);
        assertTrue(out.contains("sparqlstore-triples True"), out);
        assertTrue(out.contains("rdflib-dereference True"), out);
    }
}
