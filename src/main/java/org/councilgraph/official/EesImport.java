package org.councilgraph.official;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.Iris;
import org.councilgraph.rdf.Vocabularies;
import org.councilgraph.refdata.Area;
import org.councilgraph.refdata.CouncilRegistry;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.councilgraph.rdf.Vocabularies.*;

/**
 * Reads a DfE Explore Education Statistics tidy CSV into RDF Data Cube. The columns say what the file holds: the
 * geography and time columns place each row, every other column is a filter (text that selects a population) or an
 * indicator (figures). A {@code NAME.meta.csv} beside the file, as EES publishes it, says which is which; without one
 * a column whose values are mostly numbers or suppression markers is an indicator. Each indicator under one
 * combination of filter values is a series; each figure an observation with its area (the GSS statistical geography
 * of the England, region or local-authority row), period, measure, unit and filter values.
 */
public final class EesImport {
    private static final Map<String, String> AREA_COLUMN_BY_LEVEL = Map.of(
            "national", "country_code", "regional", "region_code", "local authority", "new_la_code");
    /** A figure at 31 March ("CPP_At31", "Children looked after on 31 March each year") is a count on that day. */
    private static final Pattern AT_31_MARCH = Pattern.compile("(?i)(^|[^a-z])at_?31($|[^0-9])|31(st)?[ _-]?march");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Iris iris;
    private final CouncilRegistry registry;

    public EesImport(Iris iris, CouncilRegistry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    private record Column(int index, String name, String label, String unit) {}

    public ImportedFile read(Path file, CsvTable table, SourceDescription desc, String sha256) throws OfficialFileException {
        for (String required : List.of("time_period", "geographic_level")) {
            if (table.column(required).isEmpty()) throw new OfficialFileException(file, "missing column " + required + " (an EES tidy file names it in its header)");
        }
        Map<String, String[]> meta = metadata(file);
        List<Column> filters = new ArrayList<>(), indicators = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            if (name.isEmpty() || OfficialTables.RESERVED_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) continue;
            String[] m = meta.get(name.toLowerCase(Locale.ROOT));
            boolean indicator = m != null ? m[0].equalsIgnoreCase("indicator") : mostlyFigures(table, i);
            String label = m != null && !m[1].isBlank() ? m[1] : words(name);
            if (indicator) indicators.add(new Column(i, name, label, unit(name, m != null ? m[2] : "")));
            else filters.add(new Column(i, name, label, null));
        }
        if (indicators.isEmpty()) throw new OfficialFileException(file, "no column holds figures (every column other than time and place is text)");
        return new Reading(file, table, desc, sha256, filters, indicators).run();
    }

    /** EES metadata beside the file: {@code col_name → [col_type, label, indicator_unit]}. */
    private static Map<String, String[]> metadata(Path file) throws OfficialFileException {
        Path meta = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.csv$", "") + ".meta.csv");
        Map<String, String[]> out = new HashMap<>();
        if (!Files.exists(meta)) return out;
        CsvTable t;
        try {
            t = CsvTable.parse(Files.readString(meta));
        } catch (java.io.IOException e) {
            throw new OfficialFileException(meta, "cannot be read: " + e.getMessage());
        }
        Optional<Integer> name = t.column("col_name"), type = t.column("col_type"), label = t.column("label"), unit = t.column("indicator_unit");
        if (name.isEmpty() || type.isEmpty()) throw new OfficialFileException(meta, "an EES metadata file needs the columns col_name and col_type");
        for (CsvTable.Row r : t.rows()) {
            out.put(cell(r, name.get()).toLowerCase(Locale.ROOT), new String[]{cell(r, type.get()),
                    label.map(i -> cell(r, i)).orElse(""), unit.map(i -> cell(r, i)).orElse("")});
        }
        return out;
    }

    private static boolean mostlyFigures(CsvTable table, int col) {
        int figures = 0, filled = 0;
        for (CsvTable.Row r : table.rows()) {
            String v = cell(r, col).strip();
            if (v.isEmpty()) continue;
            filled++;
            if (NUMBER.matcher(v).matches() || OfficialTables.SUPPRESSION_MARKERS.containsKey(v.toLowerCase(Locale.ROOT))) figures++;
        }
        return filled > 0 && figures * 2 > filled;
    }

    /** The unit a column's name or its EES unit says; null when neither says one the unit scheme has. */
    static String unit(String column, String eesUnit) {
        String c = column.toLowerCase(Locale.ROOT);
        if (eesUnit.equals("%") || c.matches(".*(percent|_pct|pct_|_pc$|proportion).*")) return "percent";
        if (c.matches(".*rate.*(10000|10k|10_000).*")) return "rate";
        if (c.contains("rate")) return null; // a rate per some other base has no unit in the scheme
        if (c.matches(".*(^|_)days($|_).*")) return "days";
        return "count";
    }

    static String words(String column) {
        String s = column.replace('_', ' ').replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? column : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String cell(CsvTable.Row r, int i) { return i < r.cells().size() ? r.cells().get(i) : ""; }

    /** The state of reading one file. */
    private final class Reading {
        private final Path file;
        private final CsvTable table;
        private final List<Column> filters, indicators;
        private final Model m = ModelFactory.createDefaultModel();
        private final Resource dataset;
        /** Series by column and filter values, and the filter dimensions each observation of a series repeats. */
        private final Map<String, Resource> series = new HashMap<>();
        private final Map<Resource, List<org.apache.jena.rdf.model.Statement>> dimensions = new HashMap<>();
        private final Map<Resource, String> labels = new HashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<String, Integer> otherLevels = new TreeMap<>();
        private final List<ImportedFile.RowProblem> problems = new ArrayList<>();
        private int stored, suppressed;

        Reading(Path file, CsvTable table, SourceDescription desc, String sha256, List<Column> filters, List<Column> indicators) {
            this.file = file;
            this.table = table;
            this.filters = filters;
            this.indicators = indicators;
            m.setNsPrefixes(Vocabularies.prefixes());
            dataset = OfficialDatasets.describe(m, iris.officialDataset(file.getFileName().toString()), desc, file.getFileName().toString(), sha256, iris);
            structure();
        }

        ImportedFile run() {
            for (CsvTable.Row r : table.rows()) {
                Optional<String> problem = row(r);
                problem.ifPresent(p -> problems.add(new ImportedFile.RowProblem(r.line(), p)));
            }
            List<String> notes = new ArrayList<>();
            otherLevels.forEach((level, n) -> notes.add(n + " row(s) at geographic level '" + level + "' left out (the graph holds England, regions and local authorities)"));
            return new ImportedFile(dataset.getURI(), OfficialFileKind.EES_TIDY, m, problems, stored, suppressed, notes);
        }

        /** Reads one row; a problem leaves the whole row out. */
        private Optional<String> row(CsvTable.Row r) {
            if (r.cells().size() != table.header().size()) {
                return Optional.of(r.cells().size() < table.header().size()
                        ? "missing column(s): " + r.cells().size() + " cells where the header names " + table.header().size()
                        : "too many cells: " + r.cells().size() + " where the header names " + table.header().size());
            }
            String level = value(r, "geographic_level");
            String areaColumn = AREA_COLUMN_BY_LEVEL.get(level.toLowerCase(Locale.ROOT));
            if (areaColumn == null) {
                if (level.isEmpty()) return Optional.of("no geographic_level");
                otherLevels.merge(level, 1, Integer::sum);
                return Optional.empty();
            }
            if (table.column(areaColumn).isEmpty()) return Optional.of("missing column " + areaColumn + " for a " + level + " row");
            String code = CodeChanges.current(registry, value(r, areaColumn));
            Optional<Area> area = registry.areaByGss(code).or(() -> Optional.ofNullable(OfficialTables.EXTRA_AREAS.get(code.toLowerCase(Locale.ROOT)))
                    .map(name -> new Area(code, name, List.of(), "sub-region")));
            if (code.isEmpty()) return Optional.of("no area code in " + areaColumn);
            if (area.isEmpty()) return Optional.of("unknown area code '" + code + "' in " + areaColumn);
            List<String> filterValues = filters.stream().map(f -> blankAs(cell(r, f.index()).strip())).toList();
            Map<Column, BigDecimal> figures = new LinkedHashMap<>();
            int markers = 0;
            for (Column c : indicators) {
                String v = cell(r, c.index()).strip();
                if (v.isEmpty()) continue;
                if (OfficialTables.SUPPRESSION_MARKERS.containsKey(v.toLowerCase(Locale.ROOT))) { markers++; continue; }
                if (!NUMBER.matcher(v).matches()) return Optional.of("column " + c.name() + " holds '" + v + "', not a number or a suppression marker");
                figures.put(c, new BigDecimal(v));
            }
            List<Period> periods = new ArrayList<>();
            for (Column c : figures.keySet()) {
                Optional<Period> p = period(value(r, "time_period"), value(r, "time_identifier"), snapshot(c, filterValues));
                if (p.isEmpty()) return Optional.of("time_period '" + value(r, "time_period") + "' with time_identifier '" + value(r, "time_identifier") + "' is not a period this importer knows");
                periods.add(p.get());
            }
            int i = 0;
            for (Map.Entry<Column, BigDecimal> f : figures.entrySet()) {
                Resource s = series(f.getKey(), filterValues);
                Period p = periods.get(i++);
                String key = s.getURI() + " " + area.get().gss() + " " + p.key();
                Integer before = seen.putIfAbsent(key, r.line());
                if (before != null) return Optional.of("repeats the figure of line " + before + " (same " + f.getKey().name() + ", area, period and filters)");
            }
            i = 0;
            for (Map.Entry<Column, BigDecimal> f : figures.entrySet()) observation(series(f.getKey(), filterValues), f.getKey(), area.get(), periods.get(i++), f.getValue());
            suppressed += markers;
            return Optional.empty();
        }

        private String value(CsvTable.Row r, String column) {
            return table.column(column).map(i -> cell(r, i).strip()).orElse("");
        }

        private static String blankAs(String v) { return v.isEmpty() ? "unspecified" : v; }

        private boolean snapshot(Column c, List<String> filterValues) {
            return AT_31_MARCH.matcher(c.name()).find() || filterValues.stream().anyMatch(v -> AT_31_MARCH.matcher(v).find());
        }

        private void observation(Resource s, Column c, Area area, Period p, BigDecimal v) {
            Resource o = m.createResource(iris.officialObservation(s.getURI(), area.gss(), p.key()))
                    .addProperty(RDF.type, QB_Observation).addProperty(RDF.type, CG.OfficialObservation)
                    .addProperty(QB_dataSet, dataset)
                    .addProperty(CG.series, s)
                    .addProperty(CG.measure, m.createResource(iris.officialMeasure(dataset.getURI(), c.name())))
                    .addProperty(SDMX_refArea, m.createResource(Iris.onsGeography(area.gss())))
                    .addProperty(SDMX_refPeriod, m.createResource(p.iri()))
                    .addProperty(CG.value, m.createTypedLiteral(OfficialDatasets.decimal(v), XSDDatatype.XSDdecimal))
                    .addProperty(RDFS.label, labels.get(s) + ", " + area.name() + ", " + p.label() + ": "
                            + v.stripTrailingZeros().toPlainString(), "en");
            if (c.unit() != null) o.addProperty(SDMX_unitMeasure, m.createResource(Iris.concept("unit", c.unit())));
            dimensions.get(s).forEach(st -> o.addProperty(st.getPredicate(), st.getObject()));
            stored++;
        }

        private Resource series(Column c, List<String> filterValues) {
            String key = c.name() + "\u0000" + String.join("\u0000", filterValues);
            Resource existing = series.get(key);
            if (existing != null) return existing;
            String iri = iris.officialSeries(dataset.getURI(), c.name(), filterValues);
            Resource s = m.createResource(iri).addProperty(RDF.type, CG.OfficialSeries).addProperty(QB_dataSet, dataset)
                    .addProperty(CG.measure, m.createResource(iris.officialMeasure(dataset.getURI(), c.name())));
            if (c.unit() != null) s.addProperty(SDMX_unitMeasure, m.createResource(Iris.concept("unit", c.unit())));
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < filters.size(); i++) {
                Column f = filters.get(i);
                String v = filterValues.get(i);
                Resource value = m.createResource(iris.officialFilterValue(dataset.getURI(), f.name(), v))
                        .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.notation, v).addProperty(SKOS.prefLabel, v, "en")
                        .addProperty(RDFS.label, v, "en");
                Property dim = m.createProperty(iris.officialDimension(dataset.getURI(), f.name()));
                s.addProperty(dim, value);
                if (!v.equalsIgnoreCase("total") && !v.equals("unspecified") && filterValuesVary(f)) shown.add(v);
            }
            Optional<OfficialTables.PaperMeasure> paper = OfficialTables.PAPER_MEASURES.stream()
                    .filter(pm -> pm.column().equalsIgnoreCase(c.name()) && pm.unit().equals(c.unit()) && snapshot(c, filterValues)
                            && (pm.filterValue() == null || filterValues.stream().anyMatch(pm.filterValue()::equalsIgnoreCase)))
                    .findFirst();
            String label = paper.map(OfficialTables.PaperMeasure::label)
                    .orElse(c.label() + (shown.isEmpty() ? "" : " (" + String.join(", ", shown) + ")"));
            s.addProperty(RDFS.label, label, "en").addProperty(SKOS.prefLabel, label, "en");
            labels.put(s, label);
            paper.ifPresent(pm -> s.addProperty(CG.reportsIndicator, m.createResource(Iris.concept("indicator", pm.indicator()))));
            series.put(key, s);
            dimensions.put(s, s.listProperties().toList().stream()
                    .filter(st -> st.getPredicate().getURI().startsWith(dataset.getURI() + "/dimension/")).toList());
            return s;
        }

        private final Map<Column, Boolean> varies = new HashMap<>();

        /** Whether a filter takes more than one value in the file (a constant one says nothing in a label). */
        private boolean filterValuesVary(Column f) {
            return varies.computeIfAbsent(f, k -> table.rows().stream().map(r -> cell(r, k.index()).strip()).distinct().limit(2).count() > 1);
        }

        /** The data structure definition: the area, period, measure and filter dimensions, the value and its unit. */
        private void structure() {
            Resource dsd = m.createResource(dataset.getURI() + "/structure").addProperty(RDF.type, OfficialTerms.QB_DataStructureDefinition)
                    .addProperty(RDFS.label, "Structure of " + file.getFileName(), "en");
            dataset.addProperty(QB_structure, dsd);
            List<Property> dims = new ArrayList<>(List.of(SDMX_refArea, SDMX_refPeriod, CG.measure));
            for (Column f : filters) {
                Property dim = m.createProperty(iris.officialDimension(dataset.getURI(), f.name()));
                m.add(dim, RDF.type, OfficialTerms.QB_DimensionProperty).add(dim, RDF.type, RDF.Property)
                        .add(dim, RDFS.label, m.createLiteral(f.label(), "en")).add(dim, SKOS.notation, f.name());
                dims.add(dim);
            }
            int n = 0;
            for (Property d : dims) component(dsd, ++n, OfficialTerms.QB_dimension, d);
            component(dsd, ++n, OfficialTerms.QB_measure, CG.value);
            component(dsd, ++n, OfficialTerms.QB_attribute, SDMX_unitMeasure);
            for (Column c : indicators) {
                m.createResource(iris.officialMeasure(dataset.getURI(), c.name())).addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.notation, c.name()).addProperty(SKOS.prefLabel, c.label(), "en").addProperty(RDFS.label, c.label(), "en");
            }
        }

        private void component(Resource dsd, int n, Property kind, Property p) {
            Resource spec = m.createResource(dsd.getURI() + "/component/" + n).addProperty(RDF.type, OfficialTerms.QB_ComponentSpecification)
                    .addProperty(kind, p);
            dsd.addProperty(OfficialTerms.QB_component, spec);
        }
    }

    /** A period: its reference.data.gov.uk interval, a key for IRIs and a label for people. */
    record Period(String iri, String key, String label) {}

    /**
     * The period of a row. A reporting or financial year ends on 31 March: a figure at 31 March is a count on that
     * day (the papers' "at 31 March 2025"); any other figure covers the year to 31 March.
     */
    static Optional<Period> period(String timePeriod, String identifier, boolean at31March) {
        String id = identifier.toLowerCase(Locale.ROOT);
        int endYear;
        if (timePeriod.matches("\\d{4}")) endYear = Integer.parseInt(timePeriod);
        else if (timePeriod.matches("\\d{6}")) endYear = Integer.parseInt(timePeriod.substring(0, 4)) + 1;
        else return Optional.empty();
        if (id.equals("calendar year") && timePeriod.length() == 4) {
            return Optional.of(new Period(Vocabularies.INTERVALS + "year/" + endYear, String.valueOf(endYear), String.valueOf(endYear)));
        }
        if (id.equals("academic year") && timePeriod.length() == 6) {
            int start = endYear - 1;
            return Optional.of(new Period(Iris.academicYear(start), "academic-year-" + start + "-" + endYear,
                    start + "/" + String.valueOf(endYear).substring(2) + " academic year"));
        }
        if (id.equals("reporting year") || id.equals("financial year") || id.equals("fiscal year") || (id.isEmpty() && timePeriod.length() == 4)) {
            if (at31March) return Optional.of(new Period(Vocabularies.INTERVALS + "day/" + endYear + "-03-31", endYear + "-03-31", "31 March " + endYear));
            return Optional.of(new Period(Iris.governmentYear(endYear), "year-to-" + endYear + "-03-31",
                    (endYear - 1) + "/" + String.valueOf(endYear).substring(2)));
        }
        return Optional.empty();
    }
}
