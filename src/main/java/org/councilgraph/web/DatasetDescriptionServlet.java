package org.councilgraph.web;

import org.councilgraph.rdf.Iris;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.rdf.Vocabularies;

import java.io.IOException;
import java.util.Optional;


/** VoID and DCAT description of the published dataset at {@code /.well-known/void}: licence, publisher, dump, endpoint. */
final class DatasetDescriptionServlet extends HttpServlet {
    static final String OGL = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private final WebContext web;

    DatasetDescriptionServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Representation> rep = ContentNegotiation.choose(req.getHeader("Accept"), null, req.getParameter("format"))
                .map(r -> r == Representation.HTML ? Representation.TURTLE : r);
        if (rep.isEmpty()) { WebResponses.text(req, resp, 406, "Not acceptable.\n"); return; }
        WebResponses.rdf(req, resp, web.data().read(() -> description(web.urls().absolute(req))), rep.get(), web.data().lastModified(), req.getParameter("format") == null);
    }

    org.apache.jena.graph.Graph description(LinkedDataUrls u) {
        Iris iris = new Iris(u.iriBase());
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocabularies.prefixes());
        String void_ = Vocabularies.VOID, dcat = Vocabularies.DCAT;
        long triples = web.site().tripleCount();
        Resource publisher = m.createResource(iris.publisher())
                .addProperty(RDF.type, m.createResource(Vocabularies.FOAF + "Organization"))
                .addProperty(Vocabularies.FOAF_name, "The councilgraph project");
        Resource endpoint = m.createResource(u.sparqlEndpoint());
        Resource service = m.createResource(iris.sparqlService())
                .addProperty(RDF.type, m.createResource(dcat + "DataService"))
                .addProperty(DCTerms.title, "councilgraph SPARQL endpoint", "en")
                .addProperty(m.createProperty(dcat, "endpointURL"), endpoint)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        Resource dump = m.createResource(iris.dumpDistribution())
                .addProperty(RDF.type, m.createResource(dcat + "Distribution"))
                .addProperty(DCTerms.title, "Full dump (N-Quads, gzip)", "en")
                .addProperty(m.createProperty(dcat, "downloadURL"), m.createResource(u.base() + "dump.nq.gz"))
                .addProperty(m.createProperty(dcat, "mediaType"), m.createResource("https://www.iana.org/assignments/media-types/application/n-quads"))
                .addProperty(m.createProperty(dcat, "compressFormat"), m.createResource("https://www.iana.org/assignments/media-types/application/gzip"))
                .addProperty(DCTerms.license, m.createResource(OGL));
        Resource ds = m.createResource(iris.dataset())
                .addProperty(RDF.type, m.createResource(void_ + "Dataset"))
                .addProperty(RDF.type, m.createResource(dcat + "Dataset"))
                .addProperty(DCTerms.title, "councilgraph: English councils' children's services", "en")
                .addProperty(DCTerms.description, "Meetings, decisions, inspections, judgements and figures taken from English councils' children's-services papers, each fact with the quote it came from.", "en")
                .addProperty(DCTerms.license, m.createResource(OGL))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.modified, m.createTypedLiteral(web.data().lastModified().toString(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(void_, "sparqlEndpoint"), endpoint)
                .addProperty(m.createProperty(void_, "dataDump"), m.createResource(u.base() + "dump.nq.gz"))
                .addProperty(m.createProperty(void_, "uriSpace"), u.idSpace())
                .addProperty(m.createProperty(void_, "vocabulary"), m.createResource("https://w3id.org/councilgraph/def#"))
                .addLiteral(m.createProperty(void_, "triples"), m.createTypedLiteral(triples))
                .addProperty(m.createProperty(dcat, "distribution"), dump)
                .addProperty(m.createProperty(dcat, "landingPage"), m.createResource(u.base()))
                .addProperty(RDFS.seeAlso, m.createResource(u.base() + "sitemap.xml"));
        service.addProperty(m.createProperty(dcat, "servesDataset"), ds);
        for (Views.Link c : web.site().councils()) ds.addProperty(m.createProperty(void_, "exampleResource"), m.createResource(c.iri()));
        OfficialSources.describe(m, ds, web.data());
        return m.getGraph();
    }
}
