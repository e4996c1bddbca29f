package org.councilgraph.refdata;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CouncilRegistryTest {

    private final CouncilRegistry registry = CouncilRegistry.standard();

    private Council gss(String code) {
        return registry.byGss(code).orElseThrow(() -> new AssertionError("no council " + code));
    }

    @ParameterizedTest(name = "{0} is {1}, DfE {2}, Ofsted {3}, {4}")
    @CsvSource({
            "E06000004, Stockton-on-Tees, 808, 80563, Q17022493",
            "E06000006, Halton, 876, 80471, Q16983144",
            "E06000051, Shropshire, 893, 80552, Q93612"})
    void spot_checks_hold_for_stockton_halton_and_shropshire(String gss, String shortName, String dfe, String urn, String q) {
        Council c = gss(gss);
        assertEquals(shortName, c.shortName());
        assertEquals(dfe, c.dfeCode());
        assertEquals(urn, c.ofstedUrn());
        assertEquals(q, c.wikidata());
        assertTrue(c.isCurrent());
    }

    @Test
    void stockton_has_its_official_name_region_and_uris() {
        Council c = gss("E06000004");
        assertEquals("Stockton-on-Tees Borough Council", c.name());
        assertEquals("E12000001", c.regionGss());
        assertEquals("North East", c.regionName());
        assertEquals("http://opendatacommunities.org/id/unitary-authority/stockton-on-tees", c.odcUri());
        assertEquals("E06000004", c.gss());
        assertEquals("Q17022493", c.wikidata());
        assertTrue(c.aliases().contains("Stockton"));
    }

    @Test
    void a_council_without_a_wikidata_id_has_no_wikidata_uri() {
        Council windsor = gss("E06000040");
        assertNull(windsor.wikidata());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "Stockton; E06000004",
            "Stockton Council; E06000004",
            "stockton-on-tees borough council; E06000004",
            "Stockton on Tees; E06000004",
            "STOCKTON-ON-TEES; E06000004",
            "The Stockton-on-Tees Borough Council; E06000004",
            "Bournemouth, Christchurch and Poole; E06000058",
            "Bournemouth Christchurch & Poole Council; E06000058",
            "BCP; E06000058",
            "Kingston upon Hull; E06000010",
            "Kingston upon Hull, City of; E06000010",
            "Kingston-upon-Hull; E06000010",
            "Hull City Council; E06000010",
            "Hull; E06000010",
            "St Helens; E08000013",
            "St. Helens; E08000013",
            "St Helens Council; E08000013",
            "Brighton & Hove; E06000043",
            "Brighton and Hove City Council; E06000043",
            "Bristol, City of; E06000023",
            "Herefordshire, County of; E06000019",
            "London Borough of Barnet; E09000003",
            "Barnet Council; E09000003",
            "Royal Borough of Kensington & Chelsea; E09000020",
            "Royal Borough of Kingston upon Thames; E09000021",
            "City of London; E09000001",
            "City of York Council; E06000014",
            "County Durham; E06000047",
            "Durham County Council; E06000047",
            "Kent County Council; E10000016",
            "Telford & Wrekin Council; E06000020",
            "Southend-on-Sea City Council; E06000033",
            "Isles of Scilly; E06000053",
            "Westmorland & Furness; E06000064",
            "Stoke-on-Trent City Council; E06000021",
            "Windsor and Maidenhead Borough Council; E06000040",
            "Bolton Metropolitan Borough Council; E08000001",
            "Wakefield MDC; E08000036",
            "Newcastle upon Tyne; E08000021",
            "Kingston upon Thames; E09000021",
            "Richmond upon Thames; E09000027",
            "Northamptonshire; E10000021",
            "Cumbria County Council; E10000006",
            "Bournemouth; E06000028",
            "Borough of Poole; E06000029"})
    void byName_accepts_the_names_documents_use(String name, String gss) {
        assertEquals(gss, registry.byName(name).map(Council::gss).orElse("none"), name);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "North Yorkshire; E06000065",
            "North Yorkshire Council; E06000065",
            "North Yorkshire County Council; E10000023",
            "Somerset; E06000066",
            "Somerset County Council; E10000027",
            "Buckinghamshire; E06000060",
            "Buckinghamshire County Council; E10000002",
            "Dorset; E06000059",
            "Dorset County Council; E10000009",
            "Barnsley; E08000038",
            "Sheffield City Council; E08000039",
            "Gateshead; E08000037",
            "Northumberland; E06000057"})
    void byName_prefers_the_current_council_unless_the_name_is_the_predecessors_own(String name, String gss) {
        assertEquals(gss, registry.byName(name).map(Council::gss).orElse("none"), name);
    }

    @Test
    void byName_does_not_guess() {
        assertTrue(registry.byName("Gotham").isEmpty());
        assertTrue(registry.byName("").isEmpty());
        assertTrue(registry.byName(null).isEmpty());
        assertTrue(registry.byName("Council").isEmpty());
    }

    @Test
    void byGss_accepts_lower_case_and_the_ons_uri() {
        assertEquals("Halton", registry.byGss("e06000006").orElseThrow().shortName());
        assertEquals("Halton", registry.byGss("http://statistics.data.gov.uk/id/statistical-geography/E06000006")
                .orElseThrow().shortName());
        assertTrue(registry.byGss("E07000223").isEmpty());
    }

    @Test
    void byDfeCode_prefers_the_current_code_of_a_council_whose_gss_changed() {
        assertEquals("E08000038", registry.byDfeCode("370").orElseThrow().gss());
        assertEquals("E06000004", registry.byDfeCode("808").orElseThrow().gss());
    }

    @Test
    void findIn_finds_council_names_in_a_sentence() {
        String text = "Ofsted visited Stockton-on-Tees Borough Council and the London Borough of Barnet; "
                + "Hull City Council, St. Helens and Brighton & Hove were reading reports from North Yorkshire "
                + "and Cheshire West and Chester.";
        List<NameMatch> found = registry.findIn(text);
        List<String> got = found.stream().map(m -> m.text() + "=" + m.council().gss()).toList();
        assertEquals(List.of(
                "Stockton-on-Tees Borough Council=E06000004",
                "London Borough of Barnet=E09000003",
                "Hull City Council=E06000010",
                "St. Helens=E08000013",
                "Brighton & Hove=E06000043",
                "North Yorkshire=E06000065",
                "Cheshire West and Chester=E06000050"), got);
        for (NameMatch m : found) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void findIn_takes_the_longest_name_and_never_overlaps() {
        List<NameMatch> found = registry.findIn("North East Lincolnshire and Lincolnshire, Bath and North East Somerset.");
        assertEquals(List.of("E06000012", "E10000019", "E06000022"),
                found.stream().map(m -> m.council().gss()).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start());
        }
    }

    @Test
    void findIn_ignores_words_inside_other_words_and_lower_case_common_words() {
        assertTrue(registry.findIn("Kentish towns were reading; we bury nothing in Yorkshireman lore.").isEmpty());
        assertEquals(List.of("Reading"), registry.findIn("Children in Reading.").stream().map(NameMatch::text).toList());
    }

    @Test
    void findIn_does_not_join_names_across_a_full_stop() {
        List<NameMatch> found = registry.findIn("It was in Kent. Council officers agreed.");
        assertEquals(List.of("Kent"), found.stream().map(NameMatch::text).toList());
    }

    @Test
    void every_row_has_gss_name_dfe_code_and_region() {
        for (Council c : registry.councils()) {
            assertTrue(c.gss().matches("E(06|08|09|10)\\d{6}"), c.gss());
            assertFalse(c.name().isBlank(), c.gss());
            assertFalse(c.shortName().isBlank(), c.gss());
            assertTrue(c.dfeCode().matches("\\d{3}"), c.gss());
            assertTrue(c.regionGss().matches("E12\\d{6}"), c.gss());
            assertEquals(registry.areaByGss(c.regionGss()).orElseThrow().name(), c.regionName(), c.gss());
        }
    }

    @Test
    void no_gss_code_appears_twice_in_the_table() throws IOException {
        List<String> codes = new ArrayList<>();
        try (InputStream in = CouncilRegistry.class.getResourceAsStream(CouncilRegistry.COUNCILS_RESOURCE)) {
            assertNotNull(in);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    codes.add(lines[i].substring(0, lines[i].indexOf(',')));
                }
            }
        }
        assertEquals(codes.size(), new HashSet<>(codes).size());
        assertEquals(codes.size(), registry.councils().size());
    }

    @Test
    void no_alias_is_shared_by_two_councils_current_at_the_same_time() {
        List<Council> all = new ArrayList<>(registry.councils());
        Map<String, List<Council>> byKey = new HashMap<>();
        for (Council c : all) {
            Set<String> keys = new HashSet<>();
            for (String n : c.allNames()) {
                keys.add(CouncilRegistry.normalise(n));
            }
            for (String k : keys) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        Set<String> clashes = new TreeSet<>();
        byKey.forEach((key, councils) -> {
            for (int i = 0; i < councils.size(); i++) {
                for (int j = i + 1; j < councils.size(); j++) {
                    if (councils.get(i).overlaps(councils.get(j))) {
                        clashes.add("'" + key + "': " + councils.get(i).gss() + " and " + councils.get(j).gss());
                    }
                }
            }
        });
        assertTrue(clashes.isEmpty(), "names shared by concurrent councils: " + clashes);
    }

    @Test
    void there_are_153_current_councils_as_in_the_dfe_list_of_live_local_authorities() {
        long current = registry.councils().stream().filter(c -> c.isCurrentOn(LocalDate.of(2025, 6, 1))).count();
        assertEquals(153, current);
        assertEquals(153, registry.councils().stream().filter(c -> c.endDate() == null).count());
    }

    @Test
    void predecessors_point_at_successors_that_are_in_the_table() {
        Council northants = gss("E10000021");
        assertEquals(List.of("E06000061", "E06000062"), northants.replacedByCodes());
        assertFalse(northants.isCurrent());
        assertEquals(LocalDate.of(2021, 3, 31), northants.endDate());
        for (Council c : registry.councils()) {
            assertEquals(c.endDate() != null, c.replacedBy() != null, c.gss());
            for (String s : c.replacedByCodes()) {
                Council succ = gss(s);
                assertTrue(succ.startDate() != null && c.endDate().plusDays(1).equals(succ.startDate()),
                        c.gss() + " -> " + s);
            }
        }
    }

    @Test
    void councils_sharing_a_wikidata_id_are_the_same_council_under_a_changed_gss_code() {
        Map<String, Council> seen = new HashMap<>();
        for (Council c : registry.councils()) {
            if (c.wikidata() == null) {
                continue;
            }
            Council other = seen.putIfAbsent(c.wikidata(), c);
            if (other != null) {
                assertEquals(other.dfeCode(), c.dfeCode(), c.wikidata() + " on " + other.gss() + " and " + c.gss());
                assertFalse(other.overlaps(c), c.wikidata());
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
    @CsvSource(delimiter = ';', value = {
            "National; E92000001; country",
            "England; E92000001; country",
            "England average; E92000001; country",
            "West Midlands; E12000005; region",
            "Yorkshire and the Humber; E12000003; region",
            "Yorkshire & The Humber; E12000003; region",
            "North East; E12000001; region",
            "London; E12000007; region",
            "Inner London; none; none",
            "South East region; E12000008; region",
            "City of London; E09000001; council",
            "Stockton; E06000004; council",
            "Kent; E10000016; council"})
    void areaByName_resolves_table_rows(String name, String gss, String kind) {
        var area = registry.areaByName(name);
        assertEquals(gss, area.map(Area::gss).orElse("none"), name);
        assertEquals(kind, area.map(Area::kind).orElse("none"), name);
    }

    @Test
    void areaByGss_covers_country_regions_and_councils() {
        assertEquals("England", registry.areaByGss("E92000001").orElseThrow().name());
        assertEquals(9, registry.areas().stream().filter(a -> a.kind().equals(Area.KIND_REGION)).count());
        assertEquals("London", registry.areaByGss("E12000007").orElseThrow().name());
        Area stockton = registry.areaByGss("E06000004").orElseThrow();
        assertEquals("Stockton-on-Tees", stockton.name());
        assertEquals(Area.KIND_COUNCIL, stockton.kind());
    }

    @Test
    void the_standard_registry_is_loaded_once() throws Exception {
        List<CouncilRegistry> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> seen.add(CouncilRegistry.standard()));
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        for (CouncilRegistry r : seen) {
            assertSame(registry, r);
        }
    }

    private static final String HEADER =
            "gss,name,short_name,aliases,dfe_code,region_gss,region_name,ofsted_urn,wikidata,odc_uri,start_date,end_date,replaced_by\n";
    private static final String AREAS = "gss,name,aliases,kind\nE92000001,England,National,country\n";

    private static CouncilRegistry parse(String councils) {
        return CouncilRegistry.fromCsv(new StringReader(councils), "councils.csv", new StringReader(AREAS), "areas.csv");
    }

    @Test
    void a_well_formed_table_with_quoted_fields_parses() {
        CouncilRegistry r = parse(HEADER
                + "E06000058,\"Bournemouth, Christchurch and Poole Council\",\"Bournemouth, Christchurch and Poole\","
                + "\"BCP|Said \"\"BCP\"\" Council\",839,E12000009,South West,,,,2019-04-01,,\n");
        Council c = r.byGss("E06000058").orElseThrow();
        assertEquals("Bournemouth, Christchurch and Poole", c.shortName());
        assertEquals(List.of("BCP", "Said \"BCP\" Council"), c.aliases());
        assertEquals(LocalDate.of(2019, 4, 1), c.startDate());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
            "E06000004,Stockton,Stockton,,808,E12000001,North East,,,,,; 12 fields",
            "E06000004,,Stockton,,808,E12000001,North East,,,,,,; empty name",
            "E06000004,Stockton,Stockton,,8O8,E12000001,North East,,,,,,; bad dfe_code",
            "E06000004,Stockton,Stockton,,808,E12000001,North East,,17022493,,,,; bad wikidata",
            "E06000004,Stockton,Stockton,,808,E12000001,North East,,,,1 April 2009,,; bad start_date",
            "E06000004,Stockton,Stockton,,808,E12000001,North East,,,,,2020-01-01,E06000099; replaced_by E06000099",
            "E06000004,\"Stockton,Stockton,,808,E12000001,North East,,,,,,; malformed"})
    void a_malformed_table_is_refused_naming_the_line(String badRow, String expected) {
        String good = "E06000006,Halton Borough Council,Halton,,876,E12000002,North West,,,,,,\n";
        String finalTable = HEADER + good + badRow + "\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(finalTable));
        assertTrue(e.getMessage().contains("councils.csv"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("line "), e.getMessage());
    }

    @Test
    void a_duplicate_gss_code_is_refused_naming_both_lines() {
        String row = "E06000006,Halton Borough Council,Halton,,876,E12000002,North West,,,,,,\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(HEADER + row + row));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("line 2"), e.getMessage());
    }
}
