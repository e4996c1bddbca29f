package org.councilgraph.official;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists the importers read official files with, kept as data in {@code org/councilgraph/official/}: the
 * reserved columns of EES tidy files, the DfE's suppression markers, how Ofsted writes grades, and which official
 * measure each indicator of the papers corresponds to.
 */
public final class OfficialTables {
    /** An official measure a paper's indicator corresponds to: its column, the filter value that selects it (or null). */
    public record PaperMeasure(String indicator, String unit, String column, String filterValue, String label) {}

    public static final Set<String> RESERVED_COLUMNS = lines("ees-reserved-columns.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** Marker → meaning. */
    public static final Map<String, String> SUPPRESSION_MARKERS = csvPairs("suppression-markers.csv");
    /** Lower-case grade text → grade notation ("" when the text says there is no grade). */
    public static final Map<String, String> OFSTED_GRADES = csvPairs("ofsted-grades.csv");
    public static final List<PaperMeasure> PAPER_MEASURES = CsvTable.parse(read("paper-indicators.csv")).rows().stream()
            .map(r -> new PaperMeasure(r.cells().get(0), r.cells().get(1), r.cells().get(2),
                    r.cells().get(3).isBlank() ? null : r.cells().get(3), r.cells().get(4)))
            .toList();

    /** Statistical areas DfE files report on beyond England, the regions and the councils (Inner and Outer London). */
    public static final Map<String, String> EXTRA_AREAS = csvPairs("statistical-areas.csv");

    private OfficialTables() {}

    static String read(String name) {
        try (InputStream in = OfficialTables.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing classpath resource org/councilgraph/official/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String name) {
        return read(name).lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    private static Map<String, String> csvPairs(String name) {
        String body = String.join("\n", lines(name));
        Map<String, String> m = new LinkedHashMap<>();
        for (CsvTable.Row r : CsvTable.parse(body).rows()) m.put(r.cells().get(0).toLowerCase(Locale.ROOT), r.cells().size() > 1 ? r.cells().get(1) : "");
        return Map.copyOf(m);
    }
}
