package org.councilgraph.official;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.councilgraph.rdf.Vocabularies;

/** Standard terms the official graphs use beyond {@link Vocabularies}: Data Cube structure, DCAT and PAV. */
final class OfficialTerms {
    private OfficialTerms() {}

    static final Resource QB_DataStructureDefinition = ResourceFactory.createResource(Vocabularies.QB + "DataStructureDefinition");
    static final Resource QB_DimensionProperty = ResourceFactory.createResource(Vocabularies.QB + "DimensionProperty");
    static final Resource QB_ComponentSpecification = ResourceFactory.createResource(Vocabularies.QB + "ComponentSpecification");
    static final Property QB_component = ResourceFactory.createProperty(Vocabularies.QB + "component");
    static final Property QB_dimension = ResourceFactory.createProperty(Vocabularies.QB + "dimension");
    static final Property QB_measure = ResourceFactory.createProperty(Vocabularies.QB + "measure");
    static final Property QB_attribute = ResourceFactory.createProperty(Vocabularies.QB + "attribute");
    static final Resource DCAT_Dataset = ResourceFactory.createResource(Vocabularies.DCAT + "Dataset");
    static final Property DCAT_landingPage = ResourceFactory.createProperty(Vocabularies.DCAT + "landingPage");
    /** When the file was retrieved from its publisher (Provenance, Authoring and Versioning). */
    static final Property PAV_retrievedOn = ResourceFactory.createProperty("http://purl.org/pav/retrievedOn");
    static final Property SDMX_obsStatus = ResourceFactory.createProperty(Vocabularies.SDMX_ATTRIBUTE + "obsStatus");
}
