package org.councilgraph.official;

import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatisticalNeighboursTest {
    private static final Path LOOKUP = Path.of("../shared/refdata/JT-39_ofsted-ilacs-scrape-tool/Provider_data_lookup.csv");
    private final Map<String, List<String>> table = StatisticalNeighbours.standard();
    private final CouncilRegistry registry = CouncilRegistry.standard();

    @Test
    void every_current_council_has_ten_known_neighbours_other_than_itself() {
        List<String> problems = new ArrayList<>();
        for (Council c : registry.currentCouncils()) {
            List<String> n = table.get(c.gss());
            if (n == null) { problems.add(c.gss() + ": no neighbours"); continue; }
            if (n.size() != 10) problems.add(c.gss() + ": " + n.size() + " neighbours");
            if (n.contains(c.gss())) problems.add(c.gss() + ": its own neighbour");
            n.stream().filter(g -> registry.byGss(g).isEmpty()).forEach(g -> problems.add(c.gss() + ": unknown neighbour " + g));
        }
        assertEquals(List.of(), problems);
        assertEquals(registry.currentCouncils().size(), table.size());
    }

    @Test
    void the_table_matches_the_published_lookup() throws Exception {
        assumeTrue(Files.exists(LOOKUP), "the shared reference folder is not beside the checkout");
        CsvTable t = CsvTable.parse(Files.readString(LOOKUP));
        int code = t.column("la_code_new").orElseThrow(), neighbours = t.column("stat_neighbours_la_code").orElseThrow();
        int checked = 0;
        for (CsvTable.Row r : t.rows()) {
            Optional<List<String>> ours = Optional.ofNullable(table.get(r.cells().get(code).strip()));
            if (ours.isEmpty()) continue; // a former council (Cumbria, Northamptonshire, Poole)
            assertEquals(Arrays.stream(r.cells().get(neighbours).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), ours.get(), r.cells().get(code));
            checked++;
        }
        assertTrue(checked >= 150, "checked " + checked);
    }
}
