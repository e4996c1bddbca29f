package org.councilgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.model.Decision;
import org.councilgraph.model.DocumentFacts;
import org.councilgraph.model.Evidence;
import org.councilgraph.model.Fact;
import org.councilgraph.model.ImprovementArea;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.Judgement;
import org.councilgraph.model.Meeting;
import org.councilgraph.model.AgendaItem;
import org.councilgraph.model.Observation;
import org.councilgraph.model.OrganisationMention;
import org.councilgraph.model.PartialDate;
import org.councilgraph.model.PersonMention;
import org.councilgraph.model.Priority;
import org.councilgraph.model.Question;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.util.List;
import java.util.regex.Pattern;

import static org.councilgraph.rdf.Vocabularies.*;

/**
 * Maps the facts of one document onto the councilgraph ontology: one graph per document, whose
 * name is the document's IRI. Every fact gets {@code cg:evidence} links to spans of the document
 * (Web Annotation selectors with the exact quote and its offsets) and {@code prov:wasDerivedFrom}.
 */
public final class RdfMapper {
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern SCHOOL_URN = Pattern.compile("\\d{5,7}");
    private static final Pattern LAST_WORD = Pattern.compile("\\s+\\S*$");

    private final Iris iris;
    private final CouncilRegistry registry;

    public RdfMapper(Iris iris, CouncilRegistry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    public Iris iris() { return iris; }

    public String documentIri(SourceDocument doc) { return iris.document(doc.contentId()); }

    /** The graph of one document. */
    public Model map(DocumentFacts facts) {
        return new DocumentMapping(facts).run();
    }

    /** The mapping state of one document; not shared. */
    private final class DocumentMapping {
        private final DocumentFacts facts;
        private final Model m = ModelFactory.createDefaultModel();
        private final Resource doc;
        private final String gss;
        private final Resource council;
        private Resource meeting;
        private Resource item;

        DocumentMapping(DocumentFacts facts) {
            this.facts = facts;
            m.setNsPrefixes(Vocabularies.prefixes());
            this.doc = m.createResource(documentIri(facts.document()));
            this.gss = facts.councilCode().orElse(null);
            this.council = gss == null ? null : m.createResource(iris.council(gss));
        }

        Model run() {
            document();
            if (council != null) registry.byGss(gss).ifPresent(this::councilDescription);
            meetingAndItems();
            for (Fact f : facts.facts()) {
                if (f instanceof Decision d) decision(d);
                else if (f instanceof PersonMention p) person(p);
                else if (f instanceof Inspection i) inspection(i);
                else if (f instanceof Judgement j) judgement(j);
                else if (f instanceof ImprovementArea a) improvementArea(a);
                else if (f instanceof Observation o) observation(o);
                else if (f instanceof Priority p) priority(p);
                else if (f instanceof Question q) question(q);
                else if (f instanceof OrganisationMention o) organisation(o);
                else if (!(f instanceof Meeting || f instanceof AgendaItem)) {
                    // meetings and agenda items were mapped first (decisions and questions link to them);
                    // any other kind is a new fact kind nobody taught the mapper: never drop it silently
                    throw new IllegalStateException("no RDF mapping for fact kind " + f.getClass().getSimpleName());
                }
            }
            return m;
        }

        private void document() {
            SourceDocument d = facts.document();
            doc.addProperty(RDF.type, CG.SourceDocument).addProperty(RDF.type, FOAF_Document)
                    .addProperty(CG.fileName, d.fileName())
                    .addProperty(CG.sha256, d.sha256())
                    .addProperty(DCTerms.identifier, d.contentId())
                    .addProperty(DCTerms.format, d.mediaType());
            var s = d.sidecar();
            if (s.documentType() != null) doc.addProperty(CG.documentType, m.createResource(Iris.concept("document-type", s.documentType().notation())));
            if (s.title() != null) doc.addProperty(DCTerms.title, s.title());
            if (s.source() != null) {
                if (HTTP_URL.matcher(s.source()).matches()) doc.addProperty(DCTerms.source, m.createResource(s.source()));
                else doc.addProperty(DCTerms.source, s.source());
            }
            if (council != null) doc.addProperty(CG.council, council);
        }

        private void councilDescription(Council c) {
            council.addProperty(RDF.type, CG.Council).addProperty(RDF.type, ORG_FormalOrganization)
                    .addProperty(SKOS.prefLabel, c.name(), "en")
                    .addProperty(RDFS.label, c.name(), "en")
                    .addProperty(SKOS.notation, c.gss())
                    .addProperty(CG.gssCode, c.gss())
                    .addProperty(CG.statisticalGeography, m.createResource(Iris.onsGeography(c.gss())));
            if (c.shortName() != null && !c.shortName().equals(c.name())) council.addProperty(SKOS.altLabel, c.shortName(), "en");
            if (c.dfeCode() != null && !c.dfeCode().isBlank()) council.addProperty(CG.dfeCode, c.dfeCode());
            if (c.ofstedUrn() != null && !c.ofstedUrn().isBlank()) council.addProperty(CG.ofstedUrn, c.ofstedUrn());
            if (c.regionGss() != null && !c.regionGss().isBlank()) council.addProperty(CG.region, m.createResource(Iris.onsGeography(c.regionGss())));
            if (c.wikidata() != null && !c.wikidata().isBlank()) council.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(c.wikidata())));
            if (c.odcUri() != null && !c.odcUri().isBlank()) council.addProperty(OWL.sameAs, m.createResource(c.odcUri()));
        }

        /** Links a fact to its evidence; a fact known only from the sidecar cites the document's metadata. */
        private Resource cite(Resource fact, List<Evidence> evidence) {
            fact.addProperty(PROV_wasDerivedFrom, doc);
            if (evidence.isEmpty()) {
                Resource ev = m.createResource(iris.metadataEvidence(doc.getURI()))
                        .addProperty(RDF.type, CG.Evidence).addProperty(OA_hasSource, doc).addProperty(CG.extractedBy, "sidecar");
                fact.addProperty(CG.evidence, ev);
                return fact;
            }
            String text = facts.document().text();
            for (Evidence e : evidence) {
                // Web Annotation counts positions in code points, Java strings in UTF-16 units
                int start = text.codePointCount(0, e.start()), end = start + e.quote().codePointCount(0, e.quote().length());
                String iri = iris.evidence(doc.getURI(), start, end);
                // two rules quoting the same span (an item's title that also names an inspection) keep apart
                Resource same = m.getResource(iri);
                if (same.hasProperty(CG.extractedBy) && !same.hasProperty(CG.extractedBy, e.rule())) {
                    iri = iri + "-" + NOT_ALPHANUMERIC.matcher(e.rule()).replaceAll("-");
                }
                Resource ev = m.createResource(iri).addProperty(RDF.type, CG.Evidence).addProperty(RDF.type, OA_SpecificResource)
                        .addProperty(OA_hasSource, doc).addProperty(CG.extractedBy, e.rule());
                ev.addProperty(OA_hasSelector, m.createResource(iri + "#quote").addProperty(RDF.type, OA_TextQuoteSelector)
                        .addProperty(OA_exact, e.quote()));
                ev.addProperty(OA_hasSelector, m.createResource(iri + "#position").addProperty(RDF.type, OA_TextPositionSelector)
                        .addLiteral(OA_start, m.createTypedLiteral(String.valueOf(start), XSDDatatype.XSDnonNegativeInteger))
                        .addLiteral(OA_end, m.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDnonNegativeInteger)));
                fact.addProperty(CG.evidence, ev);
            }
            return fact;
        }

        private Resource scoped(Resource r) {
            if (council != null) r.addProperty(CG.council, council);
            return r;
        }

        private void meetingAndItems() {
            List<Meeting> meetings = facts.all(Meeting.class);
            List<AgendaItem> items = facts.all(AgendaItem.class);
            if (meetings.isEmpty() && items.isEmpty()) return;
            Meeting mt = meetings.isEmpty() ? new Meeting(null, null, List.of()) : meetings.get(0);
            meeting = m.createResource(iris.meeting(gss, doc.getURI(), mt.committee(), mt.date()))
                    .addProperty(RDF.type, CG.Meeting).addProperty(RDF.type, SCHEMA_Event);
            scoped(meeting);
            if (mt.date() != null) meeting.addProperty(SCHEMA_startDate, m.createTypedLiteral(mt.date().toString(), XSDDatatype.XSDdate));
            if (mt.committee() != null) {
                Resource committee = m.createResource(iris.committee(iris.scope(gss, doc.getURI()), mt.committee()))
                        .addProperty(RDF.type, CG.Committee).addProperty(RDF.type, ORG_OrganizationalUnit)
                        .addProperty(RDFS.label, mt.committee(), "en");
                if (council != null) committee.addProperty(ORG_unitOf, council);
                meeting.addProperty(CG.committee, committee);
            }
            meeting.addProperty(RDFS.label, label(mt), "en");
            cite(meeting, mt.evidence());
            for (AgendaItem ai : items) {
                Resource r = m.createResource(iris.agendaItem(meeting.getURI(), ai.number(), ai.title()))
                        .addProperty(RDF.type, CG.AgendaItem)
                        .addProperty(CG.meeting, meeting)
                        .addProperty(RDFS.label, ai.title() == null ? "Item " + ai.number()
                                : (ai.number() != null ? ai.number() + " " : "") + ai.title(), "en");
                if (ai.title() != null) r.addProperty(DCTerms.title, ai.title(), "en");
                if (ai.number() != null) r.addProperty(CG.itemNumber, ai.number());
                scoped(r);
                cite(r, ai.evidence());
                if (item == null) item = r;
            }
            if (items.size() > 1) item = null; // decisions of a many-item document belong to the meeting, not one item
        }

        private String label(Meeting mt) {
            String who = mt.committee() != null ? mt.committee() : "Meeting";
            return mt.date() != null ? who + ", " + mt.date() : who + " (" + facts.document().fileName() + ")";
        }

        private void decision(Decision d) {
            Resource r = m.createResource(iris.decision(doc.getURI(), d.text()))
                    .addProperty(RDF.type, CG.Decision)
                    .addProperty(SCHEMA_text, d.text(), "en")
                    .addProperty(RDFS.label, abbreviate(d.text()), "en")
                    .addProperty(CG.decisionType, m.createResource(Iris.concept(d.type())));
            if (meeting != null) r.addProperty(CG.meeting, meeting);
            if (item != null) r.addProperty(CG.agendaItem, item);
            cite(scoped(r), d.evidence());
        }

        private void person(PersonMention p) {
            String scope = iris.scope(gss, doc.getURI());
            Resource post = null;
            if (p.post() != null) {
                post = m.createResource(iris.post(scope, p.post())).addProperty(RDF.type, ORG_Post)
                        .addProperty(RDFS.label, p.post(), "en");
                if (council != null) post.addProperty(ORG_postIn, council);
            }
            if (p.name() != null) {
                Resource person = m.createResource(iris.person(scope, p.name()))
                        .addProperty(RDF.type, SCHEMA_Person)
                        .addProperty(FOAF_name, p.name()).addProperty(RDFS.label, p.name());
                if (post != null) person.addProperty(ORG_holds, post);
                cite(scoped(person), p.evidence());
            } else {
                cite(scoped(post), p.evidence());
            }
        }

        Resource inspectionResource(Inspection i) {
            String discriminator = i.type().notation() + "|" + i.overallGrade() + "|" + i.status() + "|" + i.published()
                    + "|" + (i.evidence().isEmpty() ? "" : i.evidence().get(0).start());
            return m.createResource(iris.inspection(gss, doc.getURI(), i.type(), i.start(), discriminator));
        }

        private void inspection(Inspection i) {
            Resource r = inspectionResource(i).addProperty(RDF.type, CG.Inspection)
                    .addProperty(CG.inspectionType, m.createResource(Iris.concept(i.type())));
            StringBuilder label = new StringBuilder(i.type().notation());
            if (i.start() != null) { r.addProperty(CG.startDate, date(i.start())); label.append(", ").append(i.start()); }
            if (i.end() != null) r.addProperty(CG.endDate, date(i.end()));
            if (i.published() != null) r.addProperty(CG.publicationDate, date(i.published()));
            if (i.overallGrade() != null) r.addProperty(CG.overallGrade, m.createResource(Iris.concept(i.overallGrade())));
            if (i.status() != null) r.addProperty(CG.inspectionStatus, m.createResource(Iris.concept(i.status())));
            r.addProperty(RDFS.label, label + " inspection", "en");
            cite(scoped(r), i.evidence());
        }

        private void judgement(Judgement j) {
            Resource insp = inspectionResource(j.inspection());
            Resource r = m.createResource(iris.judgement(insp.getURI(), j.area().notation()))
                    .addProperty(RDF.type, CG.Judgement)
                    .addProperty(CG.inspection, insp)
                    .addProperty(CG.judgementArea, m.createResource(Iris.concept(j.area())))
                    .addProperty(CG.grade, m.createResource(Iris.concept(j.grade())))
                    .addProperty(RDFS.label, j.area().label() + ": " + j.grade().notation(), "en");
            if (j.aspectText() != null) r.addProperty(CG.aspectText, j.aspectText(), "en");
            cite(scoped(r), j.evidence());
        }

        private void improvementArea(ImprovementArea a) {
            Resource insp = inspectionResource(a.inspection());
            Resource r = m.createResource(iris.improvementArea(insp.getURI(), a.text()))
                    .addProperty(RDF.type, CG.AreaForImprovement)
                    .addProperty(CG.inspection, insp)
                    .addProperty(SCHEMA_text, a.text(), "en")
                    .addProperty(RDFS.label, abbreviate(a.text()), "en");
            cite(scoped(r), a.evidence());
        }

        private void observation(Observation o) {
            String discriminator = o.value().toPlainString() + "|" + o.qualifier() + "|"
                    + (o.evidence().isEmpty() ? "" : o.evidence().get(0).start());
            String key = o.reported() ? Iris.slug(o.label()) : o.indicator();
            Resource r = m.createResource(iris.observation(doc.getURI(), key, o.areaCode(), o.period(), o.breakdown(), discriminator));
            // one value per observation and paper (RDF Data Cube): when two of a paper's figures share every dimension
            // (a count and its rate in one period, two labels with one slug), the first read is kept, as the extractor does
            if (r.hasProperty(CG.value)) return;
            r.addProperty(RDF.type, QB_Observation).addProperty(RDF.type, CG.IndicatorObservation)
                    .addProperty(QB_dataSet, m.createResource(iris.indicatorDataset()).addProperty(RDF.type, QB_DataSet)
                            .addProperty(QB_structure, CG.IndicatorStructure).addProperty(RDFS.label, "councilgraph indicators", "en"))
                    .addProperty(CG.indicator, indicator(o))
                    .addProperty(CG.value, m.createTypedLiteral(canonicalDecimal(o.value()), XSDDatatype.XSDdecimal))
                    .addProperty(SDMX_unitMeasure, m.createResource(Iris.concept(o.unit())));
            if (o.areaCode() != null) r.addProperty(SDMX_refArea, m.createResource(Iris.onsGeography(o.areaCode())));
            if (o.period() != null) r.addProperty(SDMX_refPeriod, m.createResource(Iris.interval(o.period())));
            if (o.breakdown() != null) r.addProperty(CG.breakdown, m.createResource(Iris.concept("breakdown", Iris.slug(o.breakdown()))));
            if (o.qualifier() != null) r.addProperty(CG.qualifier, o.qualifier(), "en");
            r.addProperty(RDFS.label, (o.reported() ? o.label() : o.indicator()) + (o.breakdown() != null ? " (" + o.breakdown() + ")" : "") + " = "
                    + o.value().stripTrailingZeros().toPlainString() + (o.period() != null ? ", " + o.period() : ""), "en");
            cite(scoped(r), o.evidence());
        }

        /**
         * The observation's indicator: a code-list concept, or one minted from the paper's label in the scheme
         * of reported indicators, labelled with the paper's words and citing the paper it was first read from.
         */
        private Resource indicator(Observation o) {
            if (!o.reported()) return m.createResource(Iris.concept("indicator", o.indicator()));
            Resource scheme = m.createResource(Iris.REPORTED_INDICATORS);
            Resource c = m.createResource(iris.reportedIndicator(o.label()));
            // labels differing only in case or punctuation share the IRI: the first is preferred, the rest alternatives
            boolean labelled = c.hasProperty(SKOS.prefLabel);
            if (!labelled || !c.hasProperty(SKOS.prefLabel, o.label(), "en")) c.addProperty(labelled ? SKOS.altLabel : SKOS.prefLabel, o.label(), "en");
            return c.addProperty(RDF.type, SKOS.Concept).addProperty(RDF.type, CG.Indicator)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(DCTerms.source, doc);
        }

        private void priority(Priority p) {
            Resource r = m.createResource(iris.priority(doc.getURI(), p.text()))
                    .addProperty(RDF.type, CG.Priority)
                    .addProperty(SCHEMA_text, p.text(), "en")
                    .addProperty(RDFS.label, abbreviate(p.text()), "en");
            if (p.theme() != null) r.addProperty(CG.theme, m.createResource(Iris.concept("theme", p.theme())));
            if (p.due() != null) r.addProperty(CG.dueDate, date(p.due()));
            cite(scoped(r), p.evidence());
        }

        private void question(Question q) {
            Resource r = m.createResource(iris.question(doc.getURI(), q.text()))
                    .addProperty(RDF.type, CG.MembersQuestion).addProperty(RDF.type, SCHEMA_Question)
                    .addProperty(SCHEMA_text, q.text(), "en")
                    .addProperty(RDFS.label, abbreviate(q.text()), "en");
            if (meeting != null) r.addProperty(CG.meeting, meeting);
            if (q.answer() != null || q.answeredBy() != null) {
                Resource a = m.createResource(iris.answer(r.getURI())).addProperty(RDF.type, SCHEMA_Answer);
                if (q.answer() != null) a.addProperty(SCHEMA_text, q.answer(), "en");
                if (q.answeredBy() != null) {
                    Resource post = m.createResource(iris.post(iris.scope(gss, doc.getURI()), q.answeredBy()))
                            .addProperty(RDF.type, ORG_Post).addProperty(RDFS.label, q.answeredBy(), "en");
                    a.addProperty(CG.answeredBy, post);
                }
                r.addProperty(SCHEMA_acceptedAnswer, a);
            }
            cite(scoped(r), q.evidence());
        }

        private void organisation(OrganisationMention o) {
            String iri = o.identifier() != null && SCHOOL_URN.matcher(o.identifier()).matches() ? iris.school(o.identifier()) : iris.organisation(o.name());
            Resource r = m.createResource(iri).addProperty(RDF.type, ORG_Organization).addProperty(RDF.type, CG.NamedOrganisation)
                    .addProperty(SKOS.prefLabel, o.name(), "en").addProperty(RDFS.label, o.name(), "en");
            if (o.kind() != null) r.addProperty(CG.organisationKind, m.createResource(Iris.concept("organisation-kind", o.kind())));
            if (o.identifier() != null) {
                if (o.identifier().startsWith("http")) r.addProperty(OWL.sameAs, m.createResource(o.identifier()));
                else if (SCHOOL_URN.matcher(o.identifier()).matches()) r.addProperty(CG.schoolUrn, o.identifier());
                r.addProperty(ORG_identifier, o.identifier());
            }
            cite(r, o.evidence());
        }

        private Literal date(PartialDate d) {
            return switch (d.precision()) {
                case YEAR -> m.createTypedLiteral(d.toString(), XSDDatatype.XSDgYear);
                case MONTH -> m.createTypedLiteral(d.toString(), XSDDatatype.XSDgYearMonth);
                case DAY -> m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
            };
        }
    }

    /** The canonical xsd:decimal form ("6.0", "94.2"): always a decimal point, so no writer mistakes it for an integer. */
    static String canonicalDecimal(java.math.BigDecimal v) {
        java.math.BigDecimal d = v.stripTrailingZeros();
        if (d.scale() <= 0) d = d.setScale(1);
        return d.toPlainString();
    }

    static String abbreviate(String s) {
        return s.length() <= 120 ? s : LAST_WORD.matcher(s.substring(0, 117)).replaceAll("") + "…";
    }
}
