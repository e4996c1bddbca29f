package org.councilgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.document.DocumentType;
import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.model.AgendaItem;
import org.councilgraph.model.Codes;
import org.councilgraph.model.Decision;
import org.councilgraph.model.DecisionType;
import org.councilgraph.model.DocumentFacts;
import org.councilgraph.model.Evidence;
import org.councilgraph.model.Fact;
import org.councilgraph.model.Grade;
import org.councilgraph.model.ImprovementArea;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.InspectionStatus;
import org.councilgraph.model.InspectionType;
import org.councilgraph.model.Judgement;
import org.councilgraph.model.JudgementArea;
import org.councilgraph.model.Meeting;
import org.councilgraph.model.Observation;
import org.councilgraph.model.OrganisationMention;
import org.councilgraph.model.PartialDate;
import org.councilgraph.model.PersonMention;
import org.councilgraph.model.Priority;
import org.councilgraph.model.Question;
import org.councilgraph.model.Unit;
import org.councilgraph.refdata.CouncilRegistry;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.councilgraph.rdf.Vocabularies.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OntologyTest {
    private static final Resource ONTOLOGY = ModelFactory.createDefaultModel().createResource(CG.ONTOLOGY);
    private static final Set<Resource> TERM_TYPES = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, RDF.Property, RDFS.Class);
    private static final String SHA = "0123456789abcdef".repeat(4);

    private final Model vocab = VocabularyGraph.get();

    // ------------------------------------------------------------------ ontology

    @Test
    void every_term_of_CG_is_declared_in_the_ontology_with_a_label_and_a_comment() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int seen = 0;
        for (Field f : CG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) continue;
            Resource term = vocab.createResource(((Resource) f.get(null)).getURI());
            seen++;
            assertEquals(CG.NS + f.getName(), term.getURI(), "constant " + f.getName() + " is named after its local name");
            if (!vocab.contains(term, RDF.type)) problems.add(f.getName() + ": not declared");
            if (!hasEnglish(term, RDFS.label)) problems.add(f.getName() + ": no rdfs:label@en");
            if (!hasEnglish(term, RDFS.comment)) problems.add(f.getName() + ": no rdfs:comment@en");
            if (!vocab.contains(term, RDFS.isDefinedBy, ONTOLOGY)) problems.add(f.getName() + ": no rdfs:isDefinedBy");
            if (f.getType() == org.apache.jena.rdf.model.Property.class
                    && !(vocab.contains(term, RDF.type, OWL.ObjectProperty) || vocab.contains(term, RDF.type, OWL.DatatypeProperty))) {
                problems.add(f.getName() + ": a property constant not declared as an object or datatype property");
            }
        }
        assertTrue(seen > 50, "reflection found the constants (" + seen + ")");
        assertEquals(List.of(), problems);
    }

    @Test
    void every_term_the_ontology_declares_has_a_label_and_a_comment_and_is_a_constant_of_CG() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : CG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                constants.add(((Resource) f.get(null)).getURI());
            }
        }
        Set<Resource> declared = vocab.listSubjects().toList().stream()
                .filter(Resource::isURIResource).filter(r -> r.getURI().startsWith(CG.NS))
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Resource term : declared) {
            if (!hasEnglish(term, RDFS.label)) problems.add(term.getLocalName() + ": no rdfs:label@en");
            if (!hasEnglish(term, RDFS.comment)) problems.add(term.getLocalName() + ": no rdfs:comment@en");
            if (!constants.contains(term.getURI())) problems.add(term.getLocalName() + ": not a constant of CG");
        }
        assertEquals(List.of(), problems);
        assertTrue(vocab.contains(ONTOLOGY, RDF.type, OWL.Ontology));
        assertTrue(vocab.contains(ONTOLOGY, DCTerms.license,
                vocab.createResource("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")));
        assertTrue(TERM_TYPES.stream().anyMatch(t -> vocab.contains(CG.Council, RDF.type, t)));
    }

    @Test
    void the_classes_are_aligned_to_the_standard_vocabularies() {
        assertTrue(vocab.contains(CG.Council, RDFS.subClassOf, ORG_FormalOrganization));
        assertTrue(vocab.contains(CG.Committee, RDFS.subClassOf, ORG_OrganizationalUnit));
        assertTrue(vocab.contains(CG.Meeting, RDFS.subClassOf, SCHEMA_Event));
        assertTrue(vocab.contains(CG.SourceDocument, RDFS.subClassOf, FOAF_Document));
        assertTrue(vocab.contains(CG.SourceDocument, RDFS.subClassOf, PROV_Entity));
        assertTrue(vocab.contains(CG.Evidence, RDFS.subClassOf, OA_SpecificResource));
        assertTrue(vocab.contains(CG.IndicatorObservation, RDFS.subClassOf, QB_Observation));
        assertTrue(vocab.contains(CG.MembersQuestion, RDFS.subClassOf, SCHEMA_Question));
        assertTrue(vocab.contains(CG.NamedOrganisation, RDFS.subClassOf, ORG_Organization));
        assertTrue(vocab.contains(CG.Indicator, RDFS.subClassOf, SKOS.Concept));
        assertTrue(vocab.contains(CG.startDate, RDFS.subPropertyOf, SCHEMA_startDate));
    }

    @Test
    void the_indicator_structure_has_its_dimensions_measure_and_attributes() {
        Resource dsd = vocab.createResource(CG.IndicatorStructure.getURI());
        assertTrue(vocab.contains(dsd, RDF.type, vocab.createResource(QB + "DataStructureDefinition")));
        Set<String> dimensions = components(dsd, "dimension");
        assertEquals(Set.of(SDMX_refArea.getURI(), SDMX_refPeriod.getURI(), CG.indicator.getURI(), CG.breakdown.getURI()), dimensions);
        assertEquals(Set.of(CG.value.getURI()), components(dsd, "measure"));
        assertEquals(Set.of(SDMX_unitMeasure.getURI(), CG.qualifier.getURI()), components(dsd, "attribute"));
        assertTrue(vocab.contains(CG.indicator, RDF.type, vocab.createResource(QB + "DimensionProperty")));
        assertTrue(vocab.contains(CG.breakdown, RDF.type, vocab.createResource(QB + "DimensionProperty")));
        assertTrue(vocab.contains(CG.value, RDF.type, vocab.createResource(QB + "MeasureProperty")));
        assertTrue(vocab.contains(CG.qualifier, RDF.type, vocab.createResource(QB + "AttributeProperty")));
    }

    // ------------------------------------------------------------------ code lists

    @Test
    void every_notation_of_every_model_enum_is_a_concept_of_its_scheme() {
        List<String> problems = new ArrayList<>();
        Stream.of(InspectionType.values(), Grade.values(), InspectionStatus.values(), DecisionType.values(),
                        Unit.values(), JudgementArea.values())
                .flatMap(Stream::of).map(c -> (Codes) c)
                .forEach(c -> checkConcept(c.scheme(), c.notation(), problems));
        for (DocumentType t : DocumentType.values()) checkConcept("document-type", t.notation(), problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void the_judgement_areas_carry_Ofsteds_wording_as_their_labels() {
        for (JudgementArea a : JudgementArea.values()) {
            Resource c = vocab.createResource(Iris.concept(a));
            assertTrue(vocab.contains(c, SKOS.prefLabel, vocab.createLiteral(a.label(), "en")), a.notation());
        }
    }

    @Test
    void every_concept_has_a_label_a_definition_a_notation_and_is_a_top_concept_of_its_one_scheme() {
        List<String> problems = new ArrayList<>();
        List<Resource> concepts = vocab.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertTrue(concepts.size() > 90, "concepts: " + concepts.size());
        for (Resource c : concepts) {
            String iri = c.getURI();
            List<RDFNode> schemes = vocab.listObjectsOfProperty(c, SKOS.inScheme).toList();
            if (schemes.size() != 1) { problems.add(iri + ": in " + schemes.size() + " schemes"); continue; }
            Resource scheme = schemes.get(0).asResource();
            String notation = c.hasProperty(SKOS.notation) ? c.getProperty(SKOS.notation).getString() : null;
            if (!iri.equals(scheme.getURI() + "/" + notation)) problems.add(iri + ": IRI is not {scheme}/{notation}");
            if (!vocab.contains(scheme, RDF.type, SKOS.ConceptScheme)) problems.add(iri + ": scheme not declared");
            if (!vocab.contains(c, SKOS.topConceptOf, scheme)) problems.add(iri + ": not a top concept");
            if (!hasEnglish(c, SKOS.prefLabel)) problems.add(iri + ": no prefLabel");
            if (!hasEnglish(c, SKOS.definition)) problems.add(iri + ": no definition");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_project_code_lists_have_the_notations_the_extractors_use() {
        assertEquals(Set.of("children-in-care", "child-protection-plans", "children-in-need", "uasc", "care-leavers",
                "schools-good-or-outstanding-pct", "pupils-in-good-or-outstanding-schools-pct", "early-years-providers-pct",
                "neet-pct", "ehcp-20-week-pct", "academies", "schools-count", "early-education-2yo-takeup-pct",
                "staff-trained", "schools-expressing-interest", "new-classrooms", "la-outstanding-count",
                "la-inspected-count", "ehcp-count", "exclusions", "suspensions", "attendance-pct",
                "care-experienced-in-education-pct"), notations("indicator"));
        for (String n : notations("indicator")) {
            assertTrue(vocab.contains(vocab.createResource(Iris.concept("indicator", n)), RDF.type, CG.Indicator), n);
        }
        for (String b : List.of("Primary", "all-through", "Requires improvement", "Under 5", "16-17", "Female")) {
            assertTrue(notations("breakdown").contains(Iris.slug(b)), "breakdown " + b + " mints a known concept");
        }
        assertEquals(15, notations("theme").size());
        assertEquals(12, notations("organisation-kind").size());
    }

    // ------------------------------------------------------------------ shapes

    @Test
    void the_shapes_parse_as_SHACL() {
        Shapes shapes = Shapes.parse(VocabularyGraph.shapes());
        assertTrue(shapes.numShapes() >= 20, "shapes: " + shapes.numShapes());
        assertTrue(shapes.numRootShapes() >= 15, "root shapes: " + shapes.numRootShapes());
    }

    @Test
    void a_small_hand_built_graph_conforms() {
        ValidationReport report = new ShapesValidator().validate(conformingGraph());
        assertTrue(report.conforms(), ShapesValidator.describe(report));
    }

    @Test
    void a_decision_without_evidence_does_not_conform() {
        Model g = conformingGraph();
        Resource decision = g.createResource("http://example.org/id/document/d/decision/1");
        g.removeAll(decision, CG.evidence, null);
        assertViolation(g, decision, CG.evidence);
    }

    @Test
    void an_agenda_item_is_known_by_its_number_or_its_title_but_not_by_neither() {
        Model g = conformingGraph();
        Resource item = g.createResource("http://example.org/id/council/E10000015/meeting/cabinet/2024-05-01/item/5");
        g.removeAll(item, DCTerms.title, null);
        assertTrue(new ShapesValidator().validate(g).conforms(), "an item known by its number alone conforms");
        g.removeAll(item, CG.itemNumber, null);
        ValidationReport report = new ShapesValidator().validate(g);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(item.asNode())), ShapesValidator.describe(report));
    }

    @Test
    void an_inspection_with_a_grade_outside_the_grade_scheme_does_not_conform() {
        Model g = conformingGraph();
        Resource inspection = g.createResource("http://example.org/id/council/E10000015/inspection/ilacs/2024-04-29");
        g.removeAll(inspection, CG.overallGrade, null);
        inspection.addProperty(CG.overallGrade, g.createResource(Iris.concept("judgement-area", "overall-effectiveness")));
        assertViolation(g, inspection, CG.overallGrade);
    }

    @Test
    void a_judgement_graded_with_an_unknown_concept_does_not_conform() {
        Model g = conformingGraph();
        Resource judgement = g.createResource("http://example.org/id/council/E10000015/inspection/ilacs/2024-04-29/judgement/overall-effectiveness");
        g.removeAll(judgement, CG.grade, null);
        judgement.addProperty(CG.grade, g.createResource(Iris.concept("grade", "EXCELLENT")));
        assertViolation(g, judgement, CG.grade);
    }

    @Test
    void evidence_with_a_quote_but_no_position_does_not_conform() {
        Model g = conformingGraph();
        Resource ev = g.createResource("http://example.org/id/document/d/evidence/10-20");
        g.removeAll(ev, OA_hasSelector, g.createResource(ev.getURI() + "#position"));
        ValidationReport report = new ShapesValidator().validate(g);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(ev.asNode())), ShapesValidator.describe(report));
    }

    @Test
    void bad_identifiers_and_dates_do_not_conform() {
        Model g = conformingGraph();
        Resource doc = g.createResource("http://example.org/id/document/d");
        g.removeAll(doc, CG.sha256, null);
        doc.addProperty(CG.sha256, "NOT-A-DIGEST");
        Resource inspection = g.createResource("http://example.org/id/council/E10000015/inspection/ilacs/2024-04-29");
        inspection.removeAll(CG.startDate).addProperty(CG.startDate, "29 April 2024");
        Resource obs = g.createResource("http://example.org/id/observation/children-in-care/E10000015/2024-03-31");
        obs.removeAll(SDMX_refArea).addProperty(SDMX_refArea, g.createResource("http://example.org/somewhere"));
        ValidationReport report = new ShapesValidator().validate(g);
        Set<String> paths = report.getEntries().stream().map(ReportEntry::resultPath).filter(java.util.Objects::nonNull)
                .map(Object::toString).collect(Collectors.toSet());
        assertTrue(paths.containsAll(Set.of("<" + CG.sha256.getURI() + ">", "<" + CG.startDate.getURI() + ">",
                "<" + SDMX_refArea.getURI() + ">")), ShapesValidator.describe(report));
    }

    @Test
    void the_mappers_graph_for_one_fact_of_every_kind_conforms() {
        String text = "RESOLVED that the report be noted. Ofsted inspected in April 2024: Good. 1,024 children in care.";
        SourceDocument doc = new SourceDocument(Path.of("cabinet-2024-05-01.txt"), text, SHA, "text/plain",
                new Sidecar("E10000015", null, "Cabinet", LocalDate.of(2024, 5, 1), DocumentType.MINUTES, "Cabinet minutes", "https://example.org/minutes"));
        List<Evidence> ev = List.of(Evidence.of(text, 0, 33, "test-rule"));
        Inspection insp = new Inspection(InspectionType.ILACS, PartialDate.of(LocalDate.of(2024, 4, 29)), PartialDate.ofMonth(2024, 5),
                PartialDate.ofYear(2024), Grade.GOOD, InspectionStatus.COMPLETED, ev);
        List<Fact> facts = List.of(
                new Meeting("Cabinet", LocalDate.of(2024, 5, 1), ev),
                new AgendaItem("5", "Ofsted inspection outcome", ev),
                new Decision("the report be noted", DecisionType.NOTED, ev),
                new PersonMention("Jane Smith", "Director of Children's Services", ev),
                new PersonMention(null, "Cabinet Member for Children", ev),
                insp,
                new Judgement(insp, JudgementArea.CHILDREN_IN_CARE, "Children in care", Grade.GOOD, ev),
                new ImprovementArea(insp, "The quality of supervision.", ev),
                new Observation("children-in-care", "E10000015", PartialDate.of(LocalDate.of(2024, 3, 31)), null,
                        new BigDecimal("1024"), Unit.COUNT, "about", ev),
                new Observation("schools-good-or-outstanding-pct", "E10000015", PartialDate.ofYear(2024), "Primary",
                        new BigDecimal("91.50"), Unit.PERCENT, null, List.of()),
                Observation.reported("Agency social workers", "E10000015", null, null,
                        new BigDecimal("31.2"), Unit.PERCENT, null, ev),
                new Observation("children-in-care", "E92000001", null, null,
                        new BigDecimal("71.0"), Unit.RATE, null, ev),
                new Priority("Recruit more foster carers.", "sufficiency-and-placements", PartialDate.ofMonth(2025, 3), ev),
                new Question("How many children are in care?", "1,024.", "Cabinet Member for Children", ev),
                new OrganisationMention("Ofsted", "inspectorate", "http://www.wikidata.org/entity/Q7079224", ev),
                new OrganisationMention("Hill Primary School", "school", "123456", ev));
        Model g = new RdfMapper(new Iris("http://example.org/"), CouncilRegistry.standard())
                .map(new DocumentFacts(doc, Optional_of("E10000015"), facts));
        ValidationReport report = new ShapesValidator().validate(g);
        assertTrue(report.conforms(), ShapesValidator.describe(report));
        assertTrue(g.contains(null, RDF.type, CG.Council), "the council was described");
        Resource reported = g.createResource(new Iris("http://example.org/").reportedIndicator("Agency social workers"));
        assertEquals("http://example.org/id/indicator/agency-social-workers", reported.getURI());
        assertTrue(g.contains(reported, SKOS.inScheme, g.createResource(Iris.REPORTED_INDICATORS)), "a minted indicator is in its own scheme");
        assertTrue(g.contains(reported, SKOS.prefLabel, g.createLiteral("Agency social workers", "en")));
        Model bad = new RdfMapper(new Iris("http://example.org/"), CouncilRegistry.standard())
                .map(new DocumentFacts(doc, Optional_of("E10000015"), List.of(new Observation("not-a-code", "E10000015", null, null,
                        BigDecimal.ONE, Unit.COUNT, null, ev))));
        assertFalse(new ShapesValidator().validate(bad).conforms(), "an indicator in neither scheme does not conform");
        PartialDate march = PartialDate.of(LocalDate.of(2024, 3, 31));
        Model twice = new RdfMapper(new Iris("http://example.org/"), CouncilRegistry.standard())
                .map(new DocumentFacts(doc, Optional_of("E10000015"), List.of(
                        new Observation("children-in-care", "E10000015", march, null, new BigDecimal("612"), Unit.COUNT, null, ev),
                        new Observation("children-in-care", "E10000015", march, null, new BigDecimal("58"), Unit.RATE, null, ev))));
        ValidationReport twiceReport = new ShapesValidator().validate(twice);
        assertTrue(twiceReport.conforms(), "two figures sharing every dimension keep the first: " + ShapesValidator.describe(twiceReport));
        assertEquals(1, twice.listObjectsOfProperty(CG.value).toList().size());
    }

    // ------------------------------------------------------------------ helpers

    private static java.util.Optional<String> Optional_of(String s) { return java.util.Optional.of(s); }

    private void assertViolation(Model g, Resource focus, org.apache.jena.rdf.model.Property path) {
        ValidationReport report = new ShapesValidator().validate(g);
        assertFalse(report.conforms(), "expected a violation at " + focus);
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(focus.asNode())
                        && e.resultPath() != null && e.resultPath().toString().equals("<" + path.getURI() + ">")),
                ShapesValidator.describe(report));
    }

    private boolean hasEnglish(Resource term, org.apache.jena.rdf.model.Property p) {
        return vocab.listObjectsOfProperty(term, p).toList().stream()
                .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en") && !o.asLiteral().getString().isBlank());
    }

    private void checkConcept(String scheme, String notation, List<String> problems) {
        Resource c = vocab.createResource(Iris.concept(scheme, notation));
        Resource s = vocab.createResource(Iris.conceptScheme(scheme));
        if (!vocab.contains(c, RDF.type, SKOS.Concept)) problems.add(c.getURI() + ": not a skos:Concept");
        if (!vocab.contains(c, SKOS.inScheme, s)) problems.add(c.getURI() + ": not in scheme " + scheme);
        if (!vocab.contains(c, SKOS.notation, notation)) problems.add(c.getURI() + ": no notation " + notation);
    }

    private Set<String> notations(String scheme) {
        Resource s = vocab.createResource(Iris.conceptScheme(scheme));
        return vocab.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                .map(c -> c.getProperty(SKOS.notation).getString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> components(Resource dsd, String kind) {
        return vocab.listObjectsOfProperty(dsd, vocab.createProperty(QB + "component")).toList().stream()
                .flatMap(c -> vocab.listObjectsOfProperty(c.asResource(), vocab.createProperty(QB + kind)).toList().stream())
                .map(n -> n.asResource().getURI()).collect(Collectors.toSet());
    }

    /** One of every kind of fact, shaped the way RdfMapper writes it. */
    private static Model conformingGraph() {
        Model g = ModelFactory.createDefaultModel();
        String base = "http://example.org/id/";
        Resource doc = g.createResource(base + "document/d").addProperty(RDF.type, CG.SourceDocument).addProperty(RDF.type, FOAF_Document)
                .addProperty(CG.fileName, "d.txt").addProperty(CG.sha256, SHA)
                .addProperty(DCTerms.title, "Cabinet minutes")
                .addProperty(CG.documentType, g.createResource(Iris.concept("document-type", "minutes")));
        Resource council = g.createResource(base + "council/E10000015").addProperty(RDF.type, CG.Council)
                .addProperty(SKOS.prefLabel, "Hertfordshire County Council", "en").addProperty(CG.gssCode, "E10000015")
                .addProperty(CG.dfeCode, "919");
        doc.addProperty(CG.council, council);

        Resource ev = g.createResource(base + "document/d/evidence/10-20").addProperty(RDF.type, CG.Evidence)
                .addProperty(RDF.type, OA_SpecificResource).addProperty(OA_hasSource, doc).addProperty(CG.extractedBy, "rule-1");
        ev.addProperty(OA_hasSelector, g.createResource(ev.getURI() + "#quote").addProperty(RDF.type, OA_TextQuoteSelector)
                .addProperty(OA_exact, "0123456789"));
        ev.addProperty(OA_hasSelector, g.createResource(ev.getURI() + "#position").addProperty(RDF.type, OA_TextPositionSelector)
                .addLiteral(OA_start, g.createTypedLiteral("10", XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA_end, g.createTypedLiteral("20", XSDDatatype.XSDnonNegativeInteger)));
        Resource meta = g.createResource(base + "document/d/evidence/metadata").addProperty(RDF.type, CG.Evidence)
                .addProperty(OA_hasSource, doc).addProperty(CG.extractedBy, "sidecar");

        Resource committee = g.createResource(base + "council/E10000015/committee/cabinet").addProperty(RDF.type, CG.Committee)
                .addProperty(RDFS.label, "Cabinet", "en");
        Resource meeting = fact(g, base + "council/E10000015/meeting/cabinet/2024-05-01", CG.Meeting, meta)
                .addProperty(SCHEMA_startDate, g.createTypedLiteral("2024-05-01", XSDDatatype.XSDdate))
                .addProperty(CG.committee, committee);
        Resource item = fact(g, meeting.getURI() + "/item/5", CG.AgendaItem, ev).addProperty(CG.meeting, meeting)
                .addProperty(DCTerms.title, "Ofsted", "en").addProperty(CG.itemNumber, "5");
        fact(g, base + "document/d/decision/1", CG.Decision, ev).addProperty(SCHEMA_text, "the report be noted", "en")
                .addProperty(CG.decisionType, g.createResource(Iris.concept(DecisionType.NOTED)))
                .addProperty(CG.meeting, meeting).addProperty(CG.agendaItem, item);
        Resource post = g.createResource(base + "council/E10000015/post/dcs").addProperty(RDF.type, ORG_Post);
        fact(g, base + "council/E10000015/person/jane-smith", SCHEMA_Person, ev).addProperty(ORG_holds, post);
        Resource inspection = fact(g, base + "council/E10000015/inspection/ilacs/2024-04-29", CG.Inspection, ev)
                .addProperty(CG.inspectionType, g.createResource(Iris.concept(InspectionType.ILACS)))
                .addProperty(CG.startDate, g.createTypedLiteral("2024-04-29", XSDDatatype.XSDdate))
                .addProperty(CG.endDate, g.createTypedLiteral("2024-05", XSDDatatype.XSDgYearMonth))
                .addProperty(CG.publicationDate, g.createTypedLiteral("2024", XSDDatatype.XSDgYear))
                .addProperty(CG.overallGrade, g.createResource(Iris.concept(Grade.GOOD)))
                .addProperty(CG.inspectionStatus, g.createResource(Iris.concept(InspectionStatus.COMPLETED)));
        fact(g, inspection.getURI() + "/judgement/overall-effectiveness", CG.Judgement, ev).addProperty(CG.inspection, inspection)
                .addProperty(CG.judgementArea, g.createResource(Iris.concept(JudgementArea.OVERALL_EFFECTIVENESS)))
                .addProperty(CG.grade, g.createResource(Iris.concept(Grade.GOOD)));
        fact(g, inspection.getURI() + "/improvement-area/1", CG.AreaForImprovement, ev).addProperty(CG.inspection, inspection)
                .addProperty(SCHEMA_text, "Supervision.", "en");
        Resource dataset = g.createResource(base + "dataset/indicators").addProperty(RDF.type, QB_DataSet)
                .addProperty(QB_structure, CG.IndicatorStructure);
        fact(g, base + "observation/children-in-care/E10000015/2024-03-31", CG.IndicatorObservation, ev)
                .addProperty(RDF.type, QB_Observation).addProperty(QB_dataSet, dataset)
                .addProperty(CG.indicator, g.createResource(Iris.concept("indicator", "children-in-care")))
                .addProperty(CG.value, g.createTypedLiteral("1024", XSDDatatype.XSDdecimal))
                .addProperty(SDMX_unitMeasure, g.createResource(Iris.concept(Unit.COUNT)))
                .addProperty(SDMX_refArea, g.createResource(Iris.onsGeography("E10000015")))
                .addProperty(SDMX_refPeriod, g.createResource(Vocabularies.INTERVALS + "day/2024-03-31"))
                .addProperty(CG.breakdown, g.createResource(Iris.concept("breakdown", "under-5")))
                .addProperty(CG.qualifier, "about", "en");
        fact(g, base + "document/d/priority/1", CG.Priority, ev).addProperty(SCHEMA_text, "Recruit foster carers.", "en")
                .addProperty(CG.theme, g.createResource(Iris.concept("theme", "sufficiency-and-placements")))
                .addProperty(CG.dueDate, g.createTypedLiteral("2025-03", XSDDatatype.XSDgYearMonth));
        Resource answer = g.createResource(base + "document/d/question/1/answer").addProperty(RDF.type, SCHEMA_Answer)
                .addProperty(SCHEMA_text, "Yes.", "en").addProperty(CG.answeredBy, post);
        fact(g, base + "document/d/question/1", CG.MembersQuestion, ev).addProperty(RDF.type, SCHEMA_Question)
                .addProperty(SCHEMA_text, "Will you?", "en").addProperty(CG.meeting, meeting).addProperty(SCHEMA_acceptedAnswer, answer);
        fact(g, base + "organisation/ofsted", CG.NamedOrganisation, ev).addProperty(RDF.type, ORG_Organization)
                .addProperty(SKOS.prefLabel, "Ofsted", "en")
                .addProperty(CG.organisationKind, g.createResource(Iris.concept("organisation-kind", "inspectorate")));
        return g;
    }

    private static Resource fact(Model g, String iri, Resource type, Resource evidence) {
        return g.createResource(iri).addProperty(RDF.type, type).addProperty(CG.evidence, evidence)
                .addProperty(PROV_wasDerivedFrom, g.createResource("http://example.org/id/document/d"));
    }
}
