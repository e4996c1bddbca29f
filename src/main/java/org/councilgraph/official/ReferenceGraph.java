package org.councilgraph.official;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.Iris;
import org.councilgraph.rdf.Vocabularies;
import org.councilgraph.refdata.Area;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.util.List;
import java.util.Map;

import static org.councilgraph.rdf.Vocabularies.ORG_FormalOrganization;

/**
 * Every council with children's services, the regions and England as data, so that the graph knows every council
 * whether or not a paper of it was loaded, and a council's comparators are one hop away: {@code cg:region} (its
 * region's statistical geography, labelled) and {@code cg:statisticalNeighbour} (the DfE's ten statistical neighbours).
 */
public final class ReferenceGraph {
    private ReferenceGraph() {}

    public static Model build(Iris iris, CouncilRegistry registry, Map<String, List<String>> neighbours) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocabularies.prefixes());
        for (Area a : registry.areas()) {
            m.createResource(Iris.onsGeography(a.gss())).addProperty(RDF.type, CG.StatisticalArea)
                    .addProperty(RDFS.label, a.name(), "en").addProperty(SKOS.prefLabel, a.name(), "en")
                    .addProperty(SKOS.notation, a.gss()).addProperty(CG.gssCode, a.gss());
        }
        OfficialTables.EXTRA_AREAS.forEach((gss, name) -> m.createResource(Iris.onsGeography(gss.toUpperCase(java.util.Locale.ROOT)))
                .addProperty(RDF.type, CG.StatisticalArea).addProperty(RDFS.label, name, "en").addProperty(SKOS.prefLabel, name, "en")
                .addProperty(SKOS.notation, gss.toUpperCase(java.util.Locale.ROOT)).addProperty(CG.gssCode, gss.toUpperCase(java.util.Locale.ROOT)));
        for (Council c : registry.councils()) {
            Resource council = m.createResource(iris.council(c.gss()))
                    .addProperty(RDF.type, CG.Council).addProperty(RDF.type, ORG_FormalOrganization)
                    .addProperty(SKOS.prefLabel, c.name(), "en").addProperty(RDFS.label, c.name(), "en")
                    .addProperty(SKOS.notation, c.gss()).addProperty(CG.gssCode, c.gss())
                    .addProperty(CG.statisticalGeography, m.createResource(Iris.onsGeography(c.gss())));
            if (!c.shortName().equals(c.name())) council.addProperty(SKOS.altLabel, c.shortName(), "en");
            if (c.dfeCode() != null && !c.dfeCode().isBlank()) council.addProperty(CG.dfeCode, c.dfeCode());
            if (c.ofstedUrn() != null) council.addProperty(CG.ofstedUrn, c.ofstedUrn());
            if (c.regionGss() != null && !c.regionGss().isBlank()) council.addProperty(CG.region, m.createResource(Iris.onsGeography(c.regionGss())));
            if (c.wikidata() != null) council.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(c.wikidata())));
            if (c.odcUri() != null) council.addProperty(OWL.sameAs, m.createResource(c.odcUri()));
            if (c.endDate() != null) council.addProperty(m.createProperty(Vocabularies.SCHEMA + "dissolutionDate"),
                    m.createTypedLiteral(c.endDate().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            // the council's area, so that an observation's refArea has a name
            m.createResource(Iris.onsGeography(c.gss())).addProperty(RDF.type, CG.StatisticalArea)
                    .addProperty(RDFS.label, c.shortName(), "en").addProperty(SKOS.notation, c.gss()).addProperty(CG.gssCode, c.gss());
            for (String n : neighbours.getOrDefault(c.gss(), List.of())) {
                council.addProperty(CG.statisticalNeighbour, m.createResource(iris.council(CodeChanges.current(registry, n))));
            }
        }
        return m;
    }
}
