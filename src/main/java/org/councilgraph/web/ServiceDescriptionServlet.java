package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.Vocabularies;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.councilgraph.web.ResourcePages.str;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}, answered to a {@code GET} with no query (what
 * Comunica and other clients send first): the endpoint, the query language, the result formats, the
 * default dataset (the union of the named graphs, with their count and the triples), and the limits
 * a query meets: the timeout and the row cap. RDF in any syntax by {@code Accept}; a browser, for
 * which HTML wins by q-value, is sent to the SPARQL page instead.
 */
final class ServiceDescriptionServlet extends HttpServlet {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG", "N-Quads");

    private final WebContext web;
    private volatile long[] counts; // named graphs, triples: the served store does not change

    ServiceDescriptionServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String accept = req.getHeader("Accept");
        String format = req.getParameter("format");
        Optional<Representation> rdf = ContentNegotiation.choose(accept, null, format, Representation.rdf());
        boolean htmlWins = format == null && rdf.map(r -> ContentNegotiation.quality(accept, Representation.HTML) > ContentNegotiation.quality(accept, r))
                .orElse(ContentNegotiation.quality(accept, Representation.HTML) > 0);
        if (htmlWins && accept != null) {
            resp.addHeader("Vary", "Accept");
            resp.setHeader("Location", web.urls().base() + "query");
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            return;
        }
        // a client that accepts none of the RDF syntaxes still learns what the endpoint is, in Turtle
        WebResponses.rdf(req, resp, description(web.urls().absolute(req)), rdf.orElse(Representation.TURTLE), web.data().lastModified(), format == null);
    }

    Graph description(LinkedDataUrls u) {
        long[] n = counts();
        String endpoint = u.sparqlEndpoint();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocabularies.prefixes());
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        Resource defaultGraph = m.createResource(endpoint + "#default-graph")
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addLiteral(m.createProperty(Vocabularies.VOID, "triples"), integer(m, n[1]));
        Resource dataset = m.createResource(endpoint + "#dataset")
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(sd(m, "defaultGraph"), defaultGraph)
                .addLiteral(CG.namedGraphCount, integer(m, n[0]))
                .addProperty(RDFS.seeAlso, m.createResource(u.base() + ".well-known/void"));
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(RDFS.label, "councilgraph SPARQL endpoint", "en")
                .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(sd(m, "defaultDataset"), dataset)
                .addProperty(CG.queryTimeout,
                        m.createTypedLiteral(web.config().timeout().toString(), XSDDatatype.XSDdayTimeDuration))
                .addLiteral(CG.resultRowCap, integer(m, web.config().maxRows()));
        for (String f : RESULT_FORMATS) service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f));
        return m.getGraph();
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Property sd(Model m, String local) { return m.createProperty(SD, local); }

    private long[] counts() {
        if (counts == null) {
            long graphs = Long.parseLong(str(web.data().select(PageQueries.get("service-graph-count")).get(0), "n"));
            long triples = Long.parseLong(str(web.data().select(PageQueries.get("triple-count")).get(0), "n"));
            counts = new long[] {graphs, triples};
        }
        return counts;
    }
}
