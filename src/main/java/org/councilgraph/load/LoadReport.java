package org.councilgraph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What a load did, file by file, and its totals; written as CSV or JSON by {@code --report}. */
public final class LoadReport {
    public enum Status { LOADED, UNCHANGED, FAILED, SKIPPED, PRUNED }

    /** One file's line of the report. */
    public record Row(String file, Status status, String mediaType, String graph, int facts, int warnings, String message, long millis) {}

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> factsByKind = new TreeMap<>();
    private int warnings;

    void add(Row r) {
        rows.add(r);
        warnings += r.warnings();
    }

    public long count(Status s) { return rows.stream().filter(r -> r.status() == s).count(); }

    void addFacts(Map<String, Integer> kinds) { kinds.forEach((k, n) -> factsByKind.merge(k, n, Integer::sum)); }

    void printSummary(PrintWriter err, double seconds) {
        long read = count(Status.LOADED) + count(Status.UNCHANGED) + count(Status.FAILED);
        err.println(String.format(Locale.ROOT, "summary: %d document(s) read in %.1f s: %d loaded, %d unchanged, %d failed, %d skipped, %d pruned; %d warning(s)",
                read, seconds, count(Status.LOADED), count(Status.UNCHANGED), count(Status.FAILED), count(Status.SKIPPED),
                count(Status.PRUNED), warnings));
        if (!factsByKind.isEmpty()) {
            StringBuilder sb = new StringBuilder("facts:");
            factsByKind.forEach((k, n) -> sb.append(' ').append(k).append('=').append(n));
            err.println(sb);
        }
    }

    public List<Row> rows() { return List.copyOf(rows); }

    void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            Map<String, Object> summary = new LinkedHashMap<>();
            for (Status s : Status.values()) summary.put(s.name().toLowerCase(Locale.ROOT), count(s));
            summary.put("warnings", warnings);
            summary.put("facts", factsByKind);
            json.put("summary", summary);
            json.put("files", rows.stream().map(LoadReport::asMap).toList());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } else {
            CsvSchema schema = CsvSchema.builder().addColumn("file").addColumn("status").addColumn("media_type").addColumn("graph")
                    .addColumn("facts").addColumn("warnings").addColumn("message").addColumn("millis").build().withHeader();
            new CsvMapper().writer(schema).writeValues(file.toFile()).writeAll(rows.stream().map(LoadReport::asMap).toList()).close();
        }
    }

    private static Map<String, Object> asMap(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("media_type", r.mediaType() == null ? "" : r.mediaType());
        m.put("graph", r.graph() == null ? "" : r.graph());
        m.put("facts", r.facts());
        m.put("warnings", r.warnings());
        m.put("message", r.message() == null ? "" : r.message());
        m.put("millis", r.millis());
        return m;
    }
}
