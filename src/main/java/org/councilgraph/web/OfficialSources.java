package org.councilgraph.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.rdf.Vocabularies;

import static org.councilgraph.web.ResourcePages.str;

/** The imported official data sets as subsets in the site's VoID and DCAT description, each with its own source, licence and attribution. */
final class OfficialSources {
    private OfficialSources() {}

    static void describe(Model m, Resource dataset, PublishedDataset data) {
        data.read(() -> { add(m, dataset, data); return null; }); // bindings are read inside the transaction
    }

    private static void add(Model m, Resource dataset, PublishedDataset data) {
        for (Binding b : data.select(PageQueries.get("official-sources"))) {
            Resource sub = m.createResource(str(b, "ds"))
                    .addProperty(RDF.type, m.createResource(Vocabularies.VOID + "Dataset"))
                    .addProperty(RDF.type, m.createResource(Vocabularies.DCAT + "Dataset"))
                    .addProperty(DCTerms.title, str(b, "title"), "en")
                    .addProperty(DCTerms.publisher, str(b, "publisher"), "en")
                    .addProperty(DCTerms.license, m.createResource(str(b, "licence")));
            if (str(b, "source") != null) sub.addProperty(DCTerms.source, m.createResource(str(b, "source")));
            if (str(b, "retrieved") != null) sub.addProperty(m.createProperty("http://purl.org/pav/retrievedOn"), m.createTypedLiteral(str(b, "retrieved"), XSDDatatype.XSDdate));
            if (str(b, "rights") != null) sub.addProperty(DCTerms.rights, str(b, "rights"), "en");
            dataset.addProperty(m.createProperty(Vocabularies.VOID, "subset"), sub);
        }
    }
}
