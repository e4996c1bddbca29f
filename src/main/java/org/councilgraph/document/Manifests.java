package org.councilgraph.document;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Sidecar metadata for many files at once: a {@code manifest.csv} (header row: {@code file} and any
 * sidecar keys) or {@code manifest.json} (an array of objects with {@code file} and sidecar keys) in
 * a folder. {@code file} is a path relative to the manifest's folder. A document's own
 * {@code NAME.meta.json} wins key by key over its manifest row; the nearest manifest (the file's
 * folder, then its parents up to the folder loaded) gives the row. Manifests are read once.
 */
public final class Manifests {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final CsvMapper CSV = new CsvMapper();

    private final Map<Path, Map<Path, Sidecar>> byFolder = new HashMap<>();

    /** The sidecar of {@code doc}: its .meta.json over the nearest manifest row, or empty. */
    public Sidecar sidecarFor(Path doc, Path root) throws DocumentException {
        Sidecar own = SidecarReader.forDocument(doc).orElse(Sidecar.EMPTY);
        Optional<Sidecar> row = manifestRow(doc, root);
        return row.map(own::orElse).orElse(own);
    }

    Optional<Sidecar> manifestRow(Path doc, Path root) throws DocumentException {
        Path file = doc.toAbsolutePath().normalize();
        Path stop = root == null ? file.getParent() : root.toAbsolutePath().normalize();
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            Sidecar s = rows(dir).get(file);
            if (s != null) return Optional.of(s);
            if (dir.equals(stop) || !dir.startsWith(stop)) break;
        }
        return Optional.empty();
    }

    private Map<Path, Sidecar> rows(Path dir) throws DocumentException {
        Map<Path, Sidecar> rows = byFolder.get(dir);
        if (rows != null) return rows;
        rows = new HashMap<>();
        Path csv = dir.resolve("manifest.csv"), json = dir.resolve("manifest.json");
        if (Files.isRegularFile(csv)) readCsv(csv, rows);
        if (Files.isRegularFile(json)) readJson(json, rows);
        byFolder.put(dir, rows);
        return rows;
    }

    private static void readCsv(Path manifest, Map<Path, Sidecar> rows) throws DocumentException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (var it = CSV.readerFor(Map.class).with(schema).<Map<String, String>>readValues(manifest.toFile())) {
            int line = 1;
            while (it.hasNext()) {
                line++;
                Map<String, String> row = it.next();
                ObjectNode node = JSON.createObjectNode();
                row.forEach((k, v) -> { if (v != null && !v.isBlank()) node.put(k.strip(), v.strip()); });
                add(manifest, "line " + line, node, rows);
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(manifest, "malformed manifest: " + Formats.oneLine(e));
        }
    }

    private static void readJson(Path manifest, Map<Path, Sidecar> rows) throws DocumentException {
        JsonNode root;
        try {
            root = JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw new DocumentException(manifest, "malformed JSON: " + Formats.oneLine(e));
        }
        if (root == null || !root.isArray()) throw new DocumentException(manifest, "manifest must be a JSON array of objects with a 'file' key");
        int i = 0;
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); i++) {
            JsonNode n = it.next();
            if (!n.isObject()) throw new DocumentException(manifest, "entry " + i + " is not an object");
            add(manifest, "entry " + i, ((ObjectNode) n).deepCopy(), rows);
        }
    }

    private static void add(Path manifest, String where, ObjectNode node, Map<Path, Sidecar> rows) throws DocumentException {
        JsonNode file = node.remove("file");
        if (file == null || file.asText().isBlank()) throw new DocumentException(manifest, where + ": no 'file'");
        try {
            Sidecar s = JSON.treeToValue(node, Sidecar.class);
            rows.put(manifest.getParent().resolve(file.asText().strip()).toAbsolutePath().normalize(), s);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(manifest, where + " (" + file.asText() + "): " + Formats.oneLine(e));
        }
    }
}
