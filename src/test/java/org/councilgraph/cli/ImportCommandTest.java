package org.councilgraph.cli;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import command over a real TDB2 store: bad rows by line, good rows kept, reruns, inspections merged with papers. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportCommandTest {
    @TempDir Path tmp;

    private static final String HEADER = "time_period,time_identifier,geographic_level,country_code,region_code,new_la_code,la_name,population_type,children_count,rate_per_10000\n";

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** The rows of a query's CSV answer, header first. */
    private List<String> query(Path db, String sparql) throws IOException {
        Path q = write("q-" + Integer.toHexString(sparql.hashCode()) + ".rq", "PREFIX cg: <https://w3id.org/councilgraph/def#>\n"
                + "PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" + sparql);
        return queryOut(q.toString(), db).lines().toList();
    }

    /** What the query command prints (it writes results to standard output). */
    private static String queryOut(String queryFile, Path db) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            CliRun run = CliRun.of("query", queryFile, "--data", db.toString(), "--format", "csv");
            assertEquals(0, run.exit(), run.err());
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_malformed_file_reports_each_bad_row_by_line_and_stores_the_good_ones() throws IOException {
        Path csv = write("figures.csv", HEADER
                + "2025,Reporting year,Local authority,E92000001,E12000001,E06000004,Stockton-on-Tees,Children looked after on 31 March each year,410,90\n"
                + "2025,Reporting year,Local authority,E92000001,E12000001,E06000001,Hartlepool,Children looked after on 31 March each year,300\n"
                + "2025,Reporting year,Local authority,E92000001,E12000001,E06000002,Middlesbrough,Children looked after on 31 March each year,many,80\n"
                + "2025,Reporting year,Local authority,E92000001,E12000001,E06999999,Nowhere,Children looked after on 31 March each year,12,3\n"
                + "2025,Reporting year,Local authority,E92000001,E12000001,E06000053,Isles of Scilly,Children looked after on 31 March each year,c,z\n"
                + "2025,Reporting year,National,E92000001,,,,Children looked after on 31 March each year,70000,60\n");
        Path db = tmp.resolve("db");
        CliRun run = CliRun.of("import", csv.toString(), "--db", db.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(csv + ":3: missing column(s)"), run.err());
        assertTrue(run.err().contains(csv + ":4: column children_count holds 'many'"), run.err());
        assertTrue(run.err().contains(csv + ":5: unknown area code 'E06999999'"), run.err());
        assertFalse(run.err().contains(csv + ":6:"), "suppression markers are not errors: " + run.err());
        assertTrue(run.err().contains("4 figure(s), 2 suppressed"), run.err());
        List<String> rows = query(db, """
                SELECT ?area ?v { ?o a cg:OfficialObservation ; sdmx-dimension:refArea ?a ; cg:value ?v ;
                  sdmx-dimension:refPeriod <http://reference.data.gov.uk/id/day/2025-03-31> BIND(STRAFTER(STR(?a), "geography/") AS ?area) }
                ORDER BY ?area ?v""");
        assertEquals(List.of("area,v", "E06000004,90.0", "E06000004,410.0", "E92000001,60.0", "E92000001,70000.0"), rows);
    }

    @Test
    void a_file_without_the_columns_of_a_tidy_file_fails_whole_and_stores_nothing() throws IOException {
        Path csv = write("broken.csv", "time_period,new_la_code,children_count\n2025,E06000004,410\n");
        Path db = tmp.resolve("db");
        CliRun run = CliRun.of("import", csv.toString(), "--db", db.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("failed " + csv + ": missing column geographic_level"), run.err());
        assertEquals(List.of("n", "0"), query(db, "SELECT (COUNT(*) AS ?n) { ?o a cg:OfficialObservation }"));
    }

    @Test
    void a_rerun_skips_an_unchanged_file_and_replaces_a_changed_one() throws IOException {
        String row = "2025,Reporting year,Local authority,E92000001,E12000001,E06000004,Stockton-on-Tees,Children looked after on 31 March each year,%s,90\n";
        Path csv = write("cla.csv", HEADER + row.formatted("410"));
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.of("import", csv.toString(), "--db", db.toString()).exit());
        CliRun again = CliRun.of("import", csv.toString(), "--db", db.toString());
        assertTrue(again.err().contains("unchanged " + csv), again.err());
        Files.writeString(csv, HEADER + row.formatted("415"));
        assertEquals(0, CliRun.of("import", csv.toString(), "--db", db.toString()).exit());
        assertEquals(List.of("v", "415.0"), query(db, "SELECT ?v { ?o a cg:OfficialObservation ; cg:measure/skos:notation \"children_count\" ; cg:value ?v }"));
        assertEquals(List.of("n", "1"), query(db, "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a cg:OfficialDataset }"));
    }

    @Test
    void an_inspection_in_Ofsteds_record_and_in_a_paper_is_one_resource_and_the_cross_check_compares_their_grades() throws IOException {
        Path paper = write("papers/briefing.txt", """
                STOCKTON-ON-TEES BOROUGH COUNCIL

                Ofsted inspected the council's children's services between 3 February and 14 February 2025 under the
                Inspection of Local Authority Children's Services framework.

                The overall effectiveness of children's services was judged to be good.

                The previous ILACS inspection took place between 7 June and 18 June 2021 and judged overall effectiveness as good.
                """);
        write("papers/briefing.meta.json", "{\"council\": \"E06000004\", \"documentType\": \"report\"}");
        write("papers/halton.txt", """
                HALTON BOROUGH COUNCIL

                Ofsted inspected the council's children's services in May 2024 under the Inspection of Local Authority
                Children's Services framework.

                The overall effectiveness of children's services was judged to be outstanding.
                """);
        write("papers/halton.meta.json", "{\"council\": \"E06000006\", \"documentType\": \"report\"}");
        Path outcomes = write("ofsted/outcomes.csv", """
                urn,inspection_start_date,inspection_end_date,publication_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade
                80563,03/02/2025,14/02/2025,28/03/25,requires improvement,good,requires improvement,good,data_unreadable
                80563,,,01/01/16,,data_unreadable,data_unreadable,data_unreadable,data_unreadable
                99999,03/02/2025,14/02/2025,28/03/25,good,good,good,good,good
                80473,10/06/2024,21/06/2024,01/08/24,good,sometimes,good,good,good
                80471,13/05/2024,24/05/2024,05/07/24,inadequate,inadequate,inadequate,inadequate,inadequate
                """);
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.of("load", paper.getParent().toString(), "--db", db.toString()).exit());
        CliRun run = CliRun.of("import", outcomes.toString(), "--db", db.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(outcomes + ":3: no inspection start date"), run.err());
        assertTrue(run.err().contains(outcomes + ":4: unknown local authority '99999'"), run.err());
        assertTrue(run.err().contains(outcomes + ":5: column impact_of_leaders_grade holds 'sometimes'"), run.err());
        assertEquals(List.of("i,graphs", "http://localhost:3030/id/council/E06000004/inspection/ilacs/2021-06-07,1",
                "http://localhost:3030/id/council/E06000004/inspection/ilacs/2025-02-03,2"), query(db, """
                SELECT ?i (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?i a cg:Inspection ; cg:council <http://localhost:3030/id/council/E06000004> } }
                GROUP BY ?i ORDER BY ?i"""));
        String check = queryOut("queries/cross-check.rq", db);
        assertTrue(check.contains("ILACS judgement: Overall effectiveness,2025-02-03,GOOD,REQUIRES-IMPROVEMENT,grade,differs: Ofsted's record says REQUIRES-IMPROVEMENT"),
                check);
        List<String> earlier = check.lines().filter(l -> l.contains(",2021-06-07,")).toList();
        assertEquals(1, earlier.size(), "a judgement Ofsted's record lacks is one row: " + earlier);
        assertTrue(earlier.get(0).contains(",GOOD,,grade,no official figure,"), earlier.get(0));
        List<String> byMonth = check.lines().filter(l -> l.contains(",E06000006,grade,")).toList();
        assertEquals(1, byMonth.size(), "a paper that gives the month meets Ofsted's inspection that started in it: " + byMonth);
        assertTrue(byMonth.get(0).contains(",2024-05,OUTSTANDING,INADEQUATE,grade,differs: Ofsted's record says INADEQUATE,"), byMonth.get(0));
    }

    @Test
    void load_leaves_an_official_CSV_beside_the_papers_to_import_even_once_SPARQL_result_formats_are_known() throws IOException {
        Path db = tmp.resolve("db");
        queryOut(write("q.rq", "SELECT * { ?s ?p ?o } LIMIT 1").toString(), write("empty.nq", "")); // a CSV result: Jena now names a Lang for .csv
        write("mixed/figures.csv", HEADER);
        write("mixed/note.txt", "Cabinet Meeting 15 February 2018\n\nRESOLVED that the report be noted.\n");
        CliRun run = CliRun.of("load", tmp.resolve("mixed").toString(), "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("skipped " + tmp.resolve("mixed/figures.csv") + ": not a supported document type"), run.err());
    }
}
