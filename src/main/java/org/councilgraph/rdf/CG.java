package org.councilgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the councilgraph ontology ({@code ontology/councilgraph.ttl}); constants are named
 * after the terms' local names. A test checks every constant here against the ontology file.
 */
public final class CG {
    private CG() {}

    public static final String NS = "https://w3id.org/councilgraph/def#";
    /** Code lists live under this path: {@code …/def/inspection-type/ILACS}. */
    public static final String CODES = "https://w3id.org/councilgraph/def/";
    public static final String ONTOLOGY = "https://w3id.org/councilgraph/def";

    private static Resource c(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // classes
    public static final Resource SourceDocument = c("SourceDocument");
    public static final Resource Evidence = c("Evidence");
    public static final Resource Council = c("Council");
    public static final Resource Committee = c("Committee");
    public static final Resource Meeting = c("Meeting");
    public static final Resource AgendaItem = c("AgendaItem");
    public static final Resource Decision = c("Decision");
    public static final Resource Inspection = c("Inspection");
    public static final Resource Judgement = c("Judgement");
    public static final Resource AreaForImprovement = c("AreaForImprovement");
    public static final Resource Priority = c("Priority");
    public static final Resource Indicator = c("Indicator");
    public static final Resource IndicatorObservation = c("IndicatorObservation");
    public static final Resource MembersQuestion = c("MembersQuestion");
    public static final Resource NamedOrganisation = c("NamedOrganisation");
    public static final Resource IndicatorStructure = c("IndicatorStructure");

    // documents and evidence
    public static final Property fileName = p("fileName");
    public static final Property documentType = p("documentType");
    public static final Property sha256 = p("sha256");
    public static final Property evidence = p("evidence");
    public static final Property extractedBy = p("extractedBy");

    // councils and national identifiers
    public static final Property council = p("council");
    public static final Property gssCode = p("gssCode");
    public static final Property dfeCode = p("dfeCode");
    public static final Property ofstedUrn = p("ofstedUrn");
    public static final Property statisticalGeography = p("statisticalGeography");
    public static final Property region = p("region");
    public static final Property schoolUrn = p("schoolUrn");

    // meetings and decisions
    public static final Property committee = p("committee");
    public static final Property meeting = p("meeting");
    public static final Property itemNumber = p("itemNumber");
    public static final Property agendaItem = p("agendaItem");
    public static final Property decisionType = p("decisionType");

    // inspections
    public static final Property inspectionType = p("inspectionType");
    public static final Property startDate = p("startDate");
    public static final Property endDate = p("endDate");
    public static final Property publicationDate = p("publicationDate");
    public static final Property overallGrade = p("overallGrade");
    public static final Property inspectionStatus = p("inspectionStatus");
    public static final Property inspection = p("inspection");
    public static final Property judgementArea = p("judgementArea");
    public static final Property aspectText = p("aspectText");
    public static final Property grade = p("grade");

    // figures
    public static final Property indicator = p("indicator");
    public static final Property breakdown = p("breakdown");
    public static final Property value = p("value");
    public static final Property qualifier = p("qualifier");

    // priorities, questions, organisations
    public static final Property theme = p("theme");
    public static final Property dueDate = p("dueDate");
    public static final Property answeredBy = p("answeredBy");
    public static final Property organisationKind = p("organisationKind");
    /** The limits and size a SPARQL endpoint's service description states. */
    public static final Property namedGraphCount = p("namedGraphCount");
    public static final Property queryTimeout = p("queryTimeout");
    public static final Property resultRowCap = p("resultRowCap");

    // official statistics and records (the import command)
    public static final Resource OfficialDataset = c("OfficialDataset");
    public static final Resource OfficialSeries = c("OfficialSeries");
    public static final Resource OfficialObservation = c("OfficialObservation");
    public static final Resource StatisticalArea = c("StatisticalArea");
    public static final Property series = p("series");
    public static final Property measure = p("measure");
    public static final Property reportsIndicator = p("reportsIndicator");
    public static final Property statisticalNeighbour = p("statisticalNeighbour");
}
