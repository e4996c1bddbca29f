package org.councilgraph.official;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.Iris;

import java.math.BigDecimal;

import static org.councilgraph.rdf.Vocabularies.QB_DataSet;

/** The description every imported file's data set carries: title, publisher, licence, source, retrieval date, file. */
final class OfficialDatasets {
    private OfficialDatasets() {}

    static Resource describe(Model m, String datasetIri, SourceDescription d, String fileName, String sha256, Iris iris) {
        Resource ds = m.createResource(datasetIri)
                .addProperty(RDF.type, QB_DataSet).addProperty(RDF.type, CG.OfficialDataset).addProperty(RDF.type, OfficialTerms.DCAT_Dataset)
                .addProperty(DCTerms.title, d.title(), "en").addProperty(RDFS.label, d.title(), "en")
                .addProperty(DCTerms.license, m.createResource(d.licence()))
                .addProperty(DCTerms.identifier, fileName)
                .addProperty(CG.sha256, sha256);
        Resource publisher = m.createResource(iris.organisation(d.publisher())).addProperty(RDFS.label, d.publisher(), "en");
        ds.addProperty(DCTerms.publisher, publisher);
        if (d.source() != null) ds.addProperty(DCTerms.source, m.createResource(d.source()));
        if (d.retrieved() != null) ds.addProperty(OfficialTerms.PAV_retrievedOn, m.createTypedLiteral(d.retrieved().toString(), XSDDatatype.XSDdate));
        if (d.attribution() != null) ds.addProperty(DCTerms.rights, d.attribution(), "en");
        return ds;
    }

    /** The canonical xsd:decimal form, as the papers' figures are written ("564.0"), so that equal values compare equal as text too. */
    static String decimal(BigDecimal v) {
        BigDecimal d = v.stripTrailingZeros();
        if (d.scale() <= 0) d = d.setScale(1);
        return d.toPlainString();
    }
}
