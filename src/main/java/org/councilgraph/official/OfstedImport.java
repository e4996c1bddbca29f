package org.councilgraph.official;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.model.InspectionStatus;
import org.councilgraph.model.InspectionType;
import org.councilgraph.model.JudgementArea;
import org.councilgraph.model.PartialDate;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.Iris;
import org.councilgraph.rdf.Vocabularies;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.councilgraph.rdf.Vocabularies.*;

/**
 * Reads Ofsted's outcomes of inspections of local authority children's services (one row per inspection: the
 * authority's Ofsted URN, DfE code or GSS code, start, end and publication dates, and the grades) into
 * {@code cg:Inspection}s with their judgements. An inspection's IRI comes from {@link Iris#inspection} with the
 * council, type and start date, exactly as for a paper, so a paper that describes the same inspection describes the
 * same resource. Each inspection cites the row it was read from: the file is the source document and the row's
 * text is the quote.
 */
public final class OfstedImport {
    /** ILACS replaced the single inspection framework in January 2018. */
    private static final LocalDate ILACS_FROM = LocalDate.of(2018, 1, 1);
    private static final Map<JudgementArea, List<String>> JUDGEMENT_COLUMNS = judgementColumns();
    private static final List<DateTimeFormatter> DATE_FORMS = java.util.stream.Stream.of("dd/MM/yyyy", "dd/MM/yy", "yyyy-MM-dd", "d/M/yyyy")
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT)).toList();

    private final Iris iris;
    private final CouncilRegistry registry;

    public OfstedImport(Iris iris, CouncilRegistry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    private static Map<JudgementArea, List<String>> judgementColumns() {
        Map<JudgementArea, List<String>> m = new LinkedHashMap<>();
        m.put(JudgementArea.OVERALL_EFFECTIVENESS, List.of("overall_effectiveness_grade", "overall_effectiveness"));
        m.put(JudgementArea.IMPACT_OF_LEADERS, List.of("impact_of_leaders_grade", "impact_of_leaders"));
        m.put(JudgementArea.HELP_AND_PROTECTION, List.of("help_and_protection_grade", "help_and_protection"));
        m.put(JudgementArea.CHILDREN_IN_CARE, List.of("in_care_grade", "children_in_care_grade", "in_care"));
        m.put(JudgementArea.CARE_LEAVERS, List.of("care_leavers_grade", "care_leavers"));
        return m;
    }

    public ImportedFile read(Path file, CsvTable table, SourceDescription desc, String sha256) throws OfficialFileException {
        Optional<Integer> start = first(table, "inspection_start_date", "start_date");
        Optional<Integer> area = first(table, "urn", "la_urn", "new_la_code", "la_code", "gss_code");
        if (start.isEmpty()) throw new OfficialFileException(file, "missing column inspection_start_date");
        if (area.isEmpty()) throw new OfficialFileException(file, "missing column urn (the authority's Ofsted URN), new_la_code or la_code");
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocabularies.prefixes());
        String fileName = file.getFileName().toString();
        Resource dataset = OfficialDatasets.describe(m, iris.officialDataset(fileName), desc, fileName, sha256, iris);
        Resource doc = m.createResource(iris.document(sha256.substring(0, 20)))
                .addProperty(RDF.type, CG.SourceDocument).addProperty(RDF.type, FOAF_Document)
                .addProperty(CG.fileName, fileName).addProperty(CG.sha256, sha256)
                .addProperty(DCTerms.identifier, sha256.substring(0, 20)).addProperty(DCTerms.format, "text/csv")
                .addProperty(DCTerms.title, desc.title(), "en").addProperty(RDFS.label, desc.title(), "en")
                .addProperty(DCTerms.isPartOf, dataset);
        if (desc.source() != null) doc.addProperty(DCTerms.source, m.createResource(desc.source()));
        List<ImportedFile.RowProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int stored = 0;
        for (CsvTable.Row r : table.rows()) {
            Optional<String> problem = row(table, r, m, doc, area.get(), start.get(), seen);
            if (problem.isPresent()) problems.add(new ImportedFile.RowProblem(r.line(), problem.get()));
            else stored++;
        }
        return new ImportedFile(dataset.getURI(), OfficialFileKind.OFSTED_OUTCOMES, m, problems, stored, 0, List.of());
    }

    private Optional<String> row(CsvTable table, CsvTable.Row r, Model m, Resource doc, int areaCol, int startCol, Map<String, Integer> seen) {
        if (r.cells().size() < table.header().size()) return Optional.of("missing column(s): " + r.cells().size() + " cells where the header names " + table.header().size());
        String code = r.cells().get(areaCol).strip();
        String startText = r.cells().get(startCol).strip();
        Optional<LocalDate> startDate = date(startText), endDate = cellDate(table, r, "inspection_end_date", "end_date"),
                published = cellDate(table, r, "publication_date", "published");
        Optional<Council> council = council(code, startDate.orElse(null));
        if (council.isEmpty()) return Optional.of("unknown local authority '" + code + "' in " + table.header().get(areaCol));
        if (startText.isEmpty()) return Optional.of("no inspection start date (the row gives no dates to identify the inspection by)");
        if (startDate.isEmpty()) return Optional.of("inspection start date '" + startText + "' is not a date (dd/mm/yyyy or yyyy-mm-dd)");
        Map<JudgementArea, String> grades = new LinkedHashMap<>();
        for (Map.Entry<JudgementArea, List<String>> j : JUDGEMENT_COLUMNS.entrySet()) {
            Optional<Integer> col = first(table, j.getValue().toArray(String[]::new));
            if (col.isEmpty()) continue;
            String t = r.cells().get(col.get()).strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) continue;
            String g = OfficialTables.OFSTED_GRADES.get(t);
            if (g == null) return Optional.of("column " + table.header().get(col.get()) + " holds '" + r.cells().get(col.get()).strip() + "', not a grade");
            if (!g.isEmpty()) grades.put(j.getKey(), g);
        }
        InspectionType type = startDate.get().isBefore(ILACS_FROM) ? InspectionType.SIF : InspectionType.ILACS;
        PartialDate start = PartialDate.of(startDate.get());
        String iri = iris.inspection(council.get().gss(), doc.getURI(), type, start, null);
        Integer before = seen.putIfAbsent(iri, r.line());
        if (before != null) return Optional.of("repeats the inspection of line " + before + " (same authority, type and start date)");
        Resource councilRes = m.createResource(iris.council(council.get().gss()));
        Resource evidence = evidence(m, doc, r);
        Resource insp = m.createResource(iri).addProperty(RDF.type, CG.Inspection)
                .addProperty(CG.inspectionType, m.createResource(Iris.concept(type)))
                .addProperty(CG.council, councilRes)
                .addProperty(CG.startDate, m.createTypedLiteral(start.toString(), XSDDatatype.XSDdate))
                .addProperty(CG.inspectionStatus, m.createResource(Iris.concept(InspectionStatus.COMPLETED)))
                .addProperty(RDFS.label, type.notation() + ", " + start + " inspection", "en")
                .addProperty(PROV_wasDerivedFrom, doc).addProperty(CG.evidence, evidence);
        endDate.ifPresent(d -> insp.addProperty(CG.endDate, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        published.ifPresent(d -> insp.addProperty(CG.publicationDate, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        first(table, "inspection_link", "report_url", "web_link").map(i -> r.cells().get(i).strip()).filter(s -> s.matches("https?://\\S+"))
                .ifPresent(url -> insp.addProperty(RDFS.seeAlso, m.createResource(url)));
        String overall = grades.get(JudgementArea.OVERALL_EFFECTIVENESS);
        if (overall != null) insp.addProperty(CG.overallGrade, m.createResource(Iris.concept("grade", overall)));
        for (Map.Entry<JudgementArea, String> g : grades.entrySet()) {
            m.createResource(iris.judgement(iri, g.getKey().notation())).addProperty(RDF.type, CG.Judgement)
                    .addProperty(CG.inspection, insp)
                    .addProperty(CG.judgementArea, m.createResource(Iris.concept(g.getKey())))
                    .addProperty(CG.grade, m.createResource(Iris.concept("grade", g.getValue())))
                    .addProperty(RDFS.label, g.getKey().label() + ": " + g.getValue(), "en")
                    .addProperty(CG.council, councilRes)
                    .addProperty(PROV_wasDerivedFrom, doc).addProperty(CG.evidence, evidence);
        }
        return Optional.empty();
    }

    /**
     * The council an Ofsted URN, GSS or DfE code names. An authority keeps its URN when only its GSS code changes
     * (Barnsley's E08000016 became E08000038), so a URN names the authority as it is today; a URN of an authority
     * that no longer exists names the row in force when the inspection started.
     */
    private Optional<Council> council(String code, LocalDate on) {
        List<Council> byUrn = registry.councils().stream().filter(c -> code.equals(c.ofstedUrn())).toList();
        if (!byUrn.isEmpty()) {
            return byUrn.stream().filter(Council::isCurrent).findFirst()
                    .or(() -> byUrn.stream().filter(c -> on != null && c.isCurrentOn(on)).findFirst()).or(() -> Optional.of(byUrn.get(0)));
        }
        return registry.byGss(code).or(() -> code.matches("\\d{3}") ? registry.byDfeCode(code) : Optional.empty());
    }

    /** The row as evidence: its text quoted at its code-point offsets in the file. */
    private Resource evidence(Model m, Resource doc, CsvTable.Row r) {
        String iri = iris.evidence(doc.getURI(), r.start(), r.end());
        Resource ev = m.createResource(iri).addProperty(RDF.type, CG.Evidence).addProperty(RDF.type, OA_SpecificResource)
                .addProperty(OA_hasSource, doc).addProperty(CG.extractedBy, "official/ofsted-outcome-row");
        ev.addProperty(OA_hasSelector, m.createResource(iri + "#quote").addProperty(RDF.type, OA_TextQuoteSelector).addProperty(OA_exact, r.text()));
        ev.addProperty(OA_hasSelector, m.createResource(iri + "#position").addProperty(RDF.type, OA_TextPositionSelector)
                .addLiteral(OA_start, m.createTypedLiteral(String.valueOf(r.start()), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA_end, m.createTypedLiteral(String.valueOf(r.end()), XSDDatatype.XSDnonNegativeInteger)));
        return ev;
    }

    private static Optional<Integer> first(CsvTable t, String... names) {
        for (String n : names) {
            Optional<Integer> i = t.column(n);
            if (i.isPresent()) return i;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> cellDate(CsvTable t, CsvTable.Row r, String... names) {
        return first(t, names).map(i -> r.cells().get(i).strip()).filter(s -> !s.isEmpty()).flatMap(OfstedImport::date);
    }

    /** {@code 06/03/2023}, {@code 09/05/23} or {@code 2023-03-06}. */
    static Optional<LocalDate> date(String s) {
        for (DateTimeFormatter f : DATE_FORMS) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
