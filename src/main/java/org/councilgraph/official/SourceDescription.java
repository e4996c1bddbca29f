package org.councilgraph.official;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * What the published dataset says about an official file: title, publisher, licence, where it was published and
 * when it was retrieved. Read from {@code NAME.meta.json} beside {@code NAME.csv}; missing keys take the
 * publisher's usual terms (the DfE and Ofsted publish under the Open Government Licence v3).
 */
public record SourceDescription(String title, String publisher, String licence, String source, LocalDate retrieved, String attribution) {
    public static final String OGL_V3 = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    private static final Set<String> KEYS = Set.of("title", "publisher", "licence", "source", "retrieved", "attribution");

    /** The sidecar of {@code file}, or the defaults for {@code kind} when there is none; a bad sidecar is an error. */
    public static SourceDescription forFile(Path file, OfficialFileKind kind) throws OfficialFileException {
        String name = file.getFileName().toString();
        Path sidecar = file.resolveSibling(name.replaceFirst("\\.[^.]+$", "") + ".meta.json");
        String defaultPublisher = kind == OfficialFileKind.OFSTED_OUTCOMES ? "Ofsted" : "Department for Education";
        if (!Files.exists(sidecar)) return new SourceDescription(name, defaultPublisher, OGL_V3, null, null, null);
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readString(sidecar));
        } catch (IOException e) {
            throw new OfficialFileException(sidecar, "not valid JSON: " + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
        }
        if (json == null || !json.isObject()) throw new OfficialFileException(sidecar, "must hold a JSON object");
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw new OfficialFileException(sidecar, "unknown key '" + k + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        }
        String source = text(json, "source");
        if (source != null && !source.matches("https?://\\S+")) throw new OfficialFileException(sidecar, "source must be an http(s) URL: " + source);
        String licence = text(json, "licence");
        if (licence != null && !licence.matches("https?://\\S+")) throw new OfficialFileException(sidecar, "licence must be the licence's URL: " + licence);
        LocalDate retrieved = null;
        if (text(json, "retrieved") != null) {
            try {
                retrieved = LocalDate.parse(text(json, "retrieved"));
            } catch (DateTimeParseException e) {
                throw new OfficialFileException(sidecar, "retrieved must be an ISO date (2026-11-30): " + text(json, "retrieved"));
            }
        }
        return new SourceDescription(orElse(text(json, "title"), name), orElse(text(json, "publisher"), defaultPublisher),
                orElse(licence, OGL_V3), source, retrieved, text(json, "attribution"));
    }

    private static String text(JsonNode json, String key) {
        JsonNode v = json.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String orElse(String v, String fallback) { return v != null ? v : fallback; }
}
