package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.cli.Main;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real server over a real TDB2 store in a temporary folder: one small council paper (text, run
 * through the converter by the load command) and one TriG file with an inspection history, figures
 * and a literal holding a {@code <script>} tag, all under a base on a free port.
 */
record TestSite(FusekiServer server, String base, Path dir) implements AutoCloseable {
    static final String GSS = "E06000004";
    static final String SCRIPT = "<script>alert('pwned')</script>";

    static TestSite start(Duration timeout, long maxRows) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        String base = "http://localhost:" + port + "/";
        Path dir = Files.createTempDirectory("councilgraph-web-test-");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("stockton-on-tees_cabinet-2018-02-15_decision-record.txt"), PAPER, StandardCharsets.UTF_8);
        Path trig = dir.resolve("history.trig");
        Files.writeString(trig, history(base), StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        int rc = Main.commandLine().execute("load", docs.toString(), trig.toString(), "--db", db.toString(), "--base-uri", base);
        if (rc != 0) throw new IllegalStateException("load failed: " + rc);
        FusekiServer server = WebServer.build(PublishedDataset.open(db, timeout), new ServerConfig(port, base, timeout, maxRows)).start();
        return new TestSite(server, base, dir);
    }

    String url(String path) { return base + path.replaceFirst("^/", ""); }

    @Override
    public void close() { server.stop(); }

    static final String PAPER = """
            Stockton-on-Tees Borough Council

            Cabinet Meeting
            15th February 2018

            1. Title of Item/Report

            Children's Services Performance Update Q3 (Oct - Dec)

            Decision

            RESOLVED that the report be noted, and in particular the achievements around the continued performance in respect of schools.
            """;

    static String history(String base) {
        String c = "<" + base + "id/council/" + GSS + ">";
        String doc = base + "id/document/fixture-ilacs";
        String insp = base + "id/council/" + GSS + "/inspection/ilacs/2019-11-04";
        String insp0 = base + "id/council/" + GSS + "/inspection/ilacs/2015-06-01";
        StringBuilder obs = new StringBuilder();
        String[][] figures = {{"2019", "72"}, {"2020", "81.5"}, {"2021", "77"}};
        for (String[] f : figures) {
            obs.append("<").append(base).append("id/observation/children-in-care-rate/").append(GSS).append("/").append(f[0]).append("> a qb:Observation , cg:IndicatorObservation ;\n")
                    .append("  cg:indicator <https://w3id.org/councilgraph/def/indicator/children-in-care-rate> ; cg:value \"").append(f[1]).append("\"^^xsd:decimal ;\n")
                    .append("  cg:council ").append(c).append(" ; sdmx-dimension:refArea <http://statistics.data.gov.uk/id/statistical-geography/").append(GSS).append("> ;\n")
                    .append("  sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/year/").append(f[0]).append("> ;\n")
                    .append("  rdfs:label \"children-in-care-rate = ").append(f[1]).append(", ").append(f[0]).append("\"@en ; cg:evidence <").append(doc).append("/evidence/10-40> .\n");
        }
        return """
                PREFIX cg: <https://w3id.org/councilgraph/def#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX schema: <https://schema.org/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
                GRAPH <%1$s> {
                  <%1$s> a cg:SourceDocument ; cg:fileName "ilacs-outcome.txt" ; cg:council %2$s .
                  <%3$s> a cg:Inspection ; cg:council %2$s ; rdfs:label "ILACS, 2019-11-04 inspection"@en ;
                      cg:inspectionType <https://w3id.org/councilgraph/def/inspection-type/ILACS> ;
                      cg:startDate "2019-11-04"^^xsd:date ; cg:overallGrade <https://w3id.org/councilgraph/def/grade/GOOD> ;
                      cg:evidence <%1$s/evidence/100-160> .
                  <%4$s> a cg:Inspection ; cg:council %2$s ; rdfs:label "ILACS, 2015-06-01 inspection"@en ;
                      cg:inspectionType <https://w3id.org/councilgraph/def/inspection-type/ILACS> ;
                      cg:startDate "2015-06-01"^^xsd:date ; cg:overallGrade <https://w3id.org/councilgraph/def/grade/REQUIRES-IMPROVEMENT> .
                  <%3$s/judgement/help-and-protection> a cg:Judgement ; cg:inspection <%3$s> ;
                      cg:grade <https://w3id.org/councilgraph/def/grade/GOOD> ; rdfs:label "Help and protection: GOOD"@en .
                  <%3$s/improvement-area/a1> a cg:AreaForImprovement ; cg:inspection <%3$s> ;
                      schema:text "The quality of supervision for social workers."@en ; rdfs:label "The quality of supervision"@en .
                  <%1$s/evidence/100-160> a cg:Evidence ; oa:hasSource <%1$s> ;
                      oa:hasSelector <%1$s/evidence/100-160#quote> , <%1$s/evidence/100-160#position> .
                  <%1$s/evidence/100-160#quote> a oa:TextQuoteSelector ; oa:exact "Ofsted judged services for children to be good overall." .
                  <%1$s/evidence/100-160#position> a oa:TextPositionSelector ; oa:start 100 ; oa:end 160 .
                  <%1$s/evidence/10-40> a cg:Evidence ; oa:hasSource <%1$s> .
                  <%1$s/decision/script> a cg:Decision ; cg:council %2$s ; rdfs:label "%5$s noted"@en .
                  %6$s
                }
                """.formatted(doc, c, insp, insp0, SCRIPT.replace("'", "\\'"), obs);
    }
}
