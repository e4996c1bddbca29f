package org.councilgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/** The standard vocabularies councilgraph reuses, for the terms Jena's own vocabulary classes lack. */
public final class Vocabularies {
    private Vocabularies() {}

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_DIMENSION = "http://purl.org/linked-data/sdmx/2009/dimension#";
    public static final String SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** UK government reference intervals: {@code …/id/year/2019}, {@code …/id/month/2019-11}, {@code …/id/day/2019-11-04}. */
    public static final String INTERVALS = "http://reference.data.gov.uk/id/";
    public static final String ONS_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static Resource r(String iri) { return ResourceFactory.createResource(iri); }
    private static Property p(String iri) { return ResourceFactory.createProperty(iri); }

    public static final Resource ORG_FormalOrganization = r(ORG + "FormalOrganization");
    public static final Resource ORG_Organization = r(ORG + "Organization");
    public static final Resource ORG_OrganizationalUnit = r(ORG + "OrganizationalUnit");
    public static final Resource ORG_Post = r(ORG + "Post");
    public static final Property ORG_unitOf = p(ORG + "unitOf");
    public static final Property ORG_postIn = p(ORG + "postIn");
    public static final Property ORG_holds = p(ORG + "holds");
    public static final Property ORG_identifier = p(ORG + "identifier");

    public static final Resource PROV_Entity = r(PROV + "Entity");
    public static final Property PROV_wasDerivedFrom = p(PROV + "wasDerivedFrom");

    public static final Resource OA_TextQuoteSelector = r(OA + "TextQuoteSelector");
    public static final Resource OA_TextPositionSelector = r(OA + "TextPositionSelector");
    public static final Resource OA_SpecificResource = r(OA + "SpecificResource");
    public static final Property OA_hasSource = p(OA + "hasSource");
    public static final Property OA_hasSelector = p(OA + "hasSelector");
    public static final Property OA_exact = p(OA + "exact");
    public static final Property OA_start = p(OA + "start");
    public static final Property OA_end = p(OA + "end");

    public static final Resource QB_Observation = r(QB + "Observation");
    public static final Resource QB_DataSet = r(QB + "DataSet");
    public static final Property QB_dataSet = p(QB + "dataSet");
    public static final Property QB_structure = p(QB + "structure");
    public static final Property SDMX_refArea = p(SDMX_DIMENSION + "refArea");
    public static final Property SDMX_refPeriod = p(SDMX_DIMENSION + "refPeriod");
    public static final Property SDMX_unitMeasure = p(SDMX_ATTRIBUTE + "unitMeasure");

    public static final Resource SCHEMA_Event = r(SCHEMA + "Event");
    public static final Resource SCHEMA_Person = r(SCHEMA + "Person");
    public static final Resource SCHEMA_Question = r(SCHEMA + "Question");
    public static final Resource SCHEMA_Answer = r(SCHEMA + "Answer");
    public static final Property SCHEMA_name = p(SCHEMA + "name");
    public static final Property SCHEMA_text = p(SCHEMA + "text");
    public static final Property SCHEMA_startDate = p(SCHEMA + "startDate");
    public static final Property SCHEMA_acceptedAnswer = p(SCHEMA + "acceptedAnswer");
    public static final Property SCHEMA_superEvent = p(SCHEMA + "superEvent");
    public static final Property SCHEMA_position = p(SCHEMA + "position");

    public static final Resource FOAF_Document = r(FOAF + "Document");
    public static final Property FOAF_name = p(FOAF + "name");

    /** Prefixes used when writing Turtle, TriG and JSON-LD. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefix("cg", CG.NS);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("qb", QB);
        pm.setNsPrefix("sdmx-dimension", SDMX_DIMENSION);
        pm.setNsPrefix("sdmx-attribute", SDMX_ATTRIBUTE);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("foaf", FOAF);
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("dcat", DCAT);
        pm.setNsPrefix("void", VOID);
        pm.setNsPrefix("geo", ONS_GEOGRAPHY);
        pm.setNsPrefix("wd", WIKIDATA);
        return pm;
    }
}
