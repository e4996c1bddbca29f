package org.councilgraph.refdata;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Cross-checks the project's council table against independent published data in the shared
 * reference folder ({@code councilgraph.shared}/refdata), when it is present.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CouncilRegistryRefdataTest {

    private static Path refdata;
    private final CouncilRegistry registry = CouncilRegistry.standard();

    @BeforeAll
    static void findRefdata() {
        refdata = Path.of(System.getProperty("councilgraph.shared", "../shared"), "refdata");
        assumeTrue(Files.isDirectory(refdata), "no shared reference data at " + refdata);
    }

    private static List<Map<String, String>> read(String file) throws IOException {
        Path p = refdata.resolve(file);
        assumeTrue(Files.isRegularFile(p), "missing " + p);
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    private static String v(Map<String, String> row, String col) {
        String s = row.get(col);
        return s == null ? "" : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void check(List<String> mismatches, Council c, String what, String ours, String theirs) {
        if (!Objects.equals(nz(ours), nz(theirs))) {
            mismatches.add(c.gss() + " " + c.shortName() + ": " + what + " ours '" + nz(ours) + "' theirs '" + nz(theirs) + "'");
        }
    }

    private static void report(List<String> mismatches) {
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches:\n  " + String.join("\n  ", mismatches));
    }

    @Test
    void gss_dfe_code_region_and_dates_agree_with_the_dfe_list_of_local_authorities() throws IOException {
        Map<String, Map<String, String>> las = new HashMap<>();
        for (Map<String, String> row : read("dfe-published-data-qa/las.csv")) {
            las.put(v(row, "new_la_code"), row);
        }
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<String> mismatches = new ArrayList<>();
        for (Council c : registry.councils()) {
            Map<String, String> row = las.get(c.gss());
            if (row == null) {
                mismatches.add(c.gss() + " " + c.shortName() + ": not in las.csv");
                continue;
            }
            check(mismatches, c, "dfe code", c.dfeCode(), v(row, "old_la_code"));
            check(mismatches, c, "region", c.regionGss(), v(row, "parent_geography_code"));
            check(mismatches, c, "live", String.valueOf(c.endDate() == null), String.valueOf(v(row, "status").equals("live")));
            String end = v(row, "date_of_termination");
            check(mismatches, c, "end date", c.endDate() == null ? "" : c.endDate().toString(),
                    end.isEmpty() ? "" : LocalDate.parse(end, dmy).toString());
            String start = v(row, "date_of_operation");
            if (c.startDate() != null) {
                check(mismatches, c, "start date", c.startDate().toString(), LocalDate.parse(start, dmy).toString());
            }
        }
        report(mismatches);
    }

    @Test
    void every_live_local_authority_in_the_dfe_list_is_in_the_table() throws IOException {
        List<String> missing = new ArrayList<>();
        int live = 0;
        for (Map<String, String> row : read("dfe-published-data-qa/las.csv")) {
            String code = v(row, "new_la_code");
            if (!v(row, "status").equals("live") || !code.startsWith("E")) {
                continue; // "z": British Forces overseas, not a council
            }
            // combined rows ("E06000061 / E06000062") stand for joint reporting; each part must be known
            String[] dfe = v(row, "old_la_code").split("\\s*/\\s*");
            String[] parts = code.split("\\s*/\\s*");
            if (parts.length == 1) {
                live++;
            }
            for (int i = 0; i < parts.length; i++) {
                var c = registry.byGss(parts[i]);
                if (c.isEmpty() || !c.get().isCurrent()) {
                    missing.add(parts[i] + " " + v(row, "la_name") + (c.isEmpty() ? " missing" : " not current"));
                } else if (dfe.length == parts.length && !c.get().dfeCode().equals(dfe[i])) {
                    missing.add(parts[i] + " dfe code " + c.get().dfeCode() + " vs " + dfe[i]);
                }
            }
        }
        assertTrue(missing.isEmpty(), "live LAs not (correctly) in the table: " + missing);
        long current = registry.councils().stream().filter(Council::isCurrent).count();
        assertTrue(current == live, "table has " + current + " current councils, las.csv " + live + " live LAs");
    }

    @Test
    void regions_agree_with_the_dfe_region_hierarchy() throws IOException {
        Map<String, String> regionNames = new HashMap<>();
        for (Map<String, String> row : read("dfe-published-data-qa/regions.csv")) {
            regionNames.put(v(row, "region_code"), v(row, "region_name"));
        }
        Map<String, Map<String, String>> hierarchy = new HashMap<>();
        for (Map<String, String> row : read("dfe-published-data-qa/region_la_hierarchy.csv")) {
            hierarchy.put(v(row, "new_la_code"), row);
        }
        List<String> mismatches = new ArrayList<>();
        for (Council c : registry.councils()) {
            check(mismatches, c, "region name (regions.csv)", c.regionName(), regionNames.get(c.regionGss()));
            Map<String, String> row = hierarchy.get(c.gss());
            if (row == null) {
                mismatches.add(c.gss() + " " + c.shortName() + ": not in region_la_hierarchy.csv");
                continue;
            }
            check(mismatches, c, "region", c.regionGss(), v(row, "region_code"));
            check(mismatches, c, "region name", c.regionName(), v(row, "region_name"));
            check(mismatches, c, "dfe code", c.dfeCode(), v(row, "old_la_code"));
        }
        for (Area a : registry.areas()) {
            if (a.kind().equals(Area.KIND_REGION) && !a.name().equals(regionNames.get(a.gss()))) {
                mismatches.add("area " + a.gss() + " " + a.name() + " vs " + regionNames.get(a.gss()));
            }
        }
        report(mismatches);
    }

    @Test
    void ofsted_urns_agree_with_the_provider_lookup() throws IOException {
        Map<String, Map<String, String>> byGss = new HashMap<>();
        Map<String, Map<String, String>> byUrn = new HashMap<>();
        for (Map<String, String> row : read("JT-39_ofsted-ilacs-scrape-tool/Provider_data_lookup.csv")) {
            byGss.put(v(row, "la_code_new"), row);
            byUrn.put(v(row, "urn"), row);
        }
        List<String> mismatches = new ArrayList<>();
        for (Council c : registry.councils()) {
            Map<String, String> row = byGss.get(c.gss());
            if (row != null) {
                check(mismatches, c, "ofsted urn", c.ofstedUrn(), v(row, "urn"));
                check(mismatches, c, "dfe code (ofsted lookup)", c.dfeCode(), v(row, "la_code"));
                // by name: the lookup's rgn22cd codes are wrong for Buckinghamshire and Gloucestershire
                // (E12000004 / E12000003) while its names and the DfE files agree with the table
                check(mismatches, c, "region of rgn22nm (ofsted lookup)", c.regionGss(),
                        registry.areaByName(v(row, "rgn22nm")).map(Area::gss).orElse("?" + v(row, "rgn22nm")));
            } else if (c.ofstedUrn() != null) {
                // a predecessor under the same DfE code keeps the Ofsted URN of its successor
                Map<String, String> byU = byUrn.get(c.ofstedUrn());
                if (byU == null) {
                    mismatches.add(c.gss() + " " + c.shortName() + ": ofsted urn " + c.ofstedUrn() + " unknown");
                } else {
                    check(mismatches, c, "dfe code of urn " + c.ofstedUrn(), c.dfeCode(), v(byU, "la_code"));
                }
            } else if (c.isCurrent()) {
                mismatches.add(c.gss() + " " + c.shortName() + ": current but not in Provider_data_lookup.csv");
            }
        }
        report(mismatches);
    }

    @Test
    void wikidata_and_opendatacommunities_ids_agree_with_the_digital_land_organisation_list() throws IOException {
        List<Map<String, String>> orgs = read("digital-land_organisation-dataset/organisation.csv");
        Map<String, Map<String, String>> byGss = new HashMap<>();
        Map<String, Set<String>> gssByQ = new HashMap<>();
        for (Map<String, String> row : orgs) {
            String gss = v(row, "statistical-geography");
            String q = v(row, "wikidata");
            if (!gss.isEmpty()) {
                byGss.putIfAbsent(gss, row);
                if (!q.isEmpty()) {
                    gssByQ.computeIfAbsent(q, x -> new HashSet<>()).add(gss);
                }
            }
        }
        // the same Q-id on organisations of different areas is a defect of the list: not evidence
        Set<String> ambiguous = gssByQ.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<String, List<Council>> byDfe = registry.councils().stream()
                .collect(Collectors.groupingBy(Council::dfeCode));

        List<String> mismatches = new ArrayList<>();
        for (Council c : registry.councils()) {
            Map<String, String> row = byGss.get(c.gss());
            if (row == null) {
                // same council under another GSS code (e.g. Barnsley E08000016 -> E08000038)
                for (Council twin : byDfe.get(c.dfeCode())) {
                    if (twin != c && byGss.containsKey(twin.gss())) {
                        row = byGss.get(twin.gss());
                    }
                }
            }
            if (row == null) {
                if (c.wikidata() != null || c.odcUri() != null) {
                    mismatches.add(c.gss() + " " + c.shortName() + ": ids with no source row in organisation.csv");
                }
                continue;
            }
            String q = v(row, "wikidata");
            if (ambiguous.contains(q)) {
                if (c.wikidata() != null && !c.wikidata().equals(q)) {
                    check(mismatches, c, "wikidata", c.wikidata(), q);
                }
            } else {
                check(mismatches, c, "wikidata", c.wikidata(), q);
            }
            check(mismatches, c, "opendatacommunities", c.odcUri(), v(row, "opendatacommunities"));
        }
        for (String q : ambiguous) {
            long ours = registry.councils().stream().filter(c -> q.equals(c.wikidata()))
                    .map(Council::dfeCode).distinct().count();
            if (ours > 1) {
                mismatches.add(q + " is shared in organisation.csv and we give it to " + ours + " councils");
            }
        }
        report(mismatches);
    }
}
