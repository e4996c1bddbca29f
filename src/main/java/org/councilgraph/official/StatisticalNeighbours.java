package org.councilgraph.official;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DfE's statistical neighbours of each council (the ten authorities most alike in their children's population
 * and circumstances, closest first), from {@code org/councilgraph/refdata/statistical-neighbours.csv}.
 */
public final class StatisticalNeighbours {
    private StatisticalNeighbours() {}

    public static Map<String, List<String>> standard() {
        String csv;
        try (var in = StatisticalNeighbours.class.getResourceAsStream("/org/councilgraph/refdata/statistical-neighbours.csv")) {
            if (in == null) throw new IllegalStateException("missing classpath resource org/councilgraph/refdata/statistical-neighbours.csv");
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CsvTable.Row r : CsvTable.parse(csv).rows()) {
            out.put(r.cells().get(0), Arrays.stream(r.cells().get(1).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        return Map.copyOf(out);
    }
}
