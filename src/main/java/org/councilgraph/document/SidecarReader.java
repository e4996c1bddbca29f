package org.councilgraph.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code NAME.meta.json} sidecars strictly: unknown keys and bad values are errors naming the file. */
public final class SidecarReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SidecarReader() {}

    /** The sidecar path of a document: {@code dir/NAME.meta.json} for {@code dir/NAME.ext}. */
    public static Path sidecarOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return document.resolveSibling(stem + ".meta.json");
    }

    public static Optional<Sidecar> forDocument(Path document) throws DocumentException {
        Path sidecar = sidecarOf(document);
        return Files.isRegularFile(sidecar) ? Optional.of(read(sidecar)) : Optional.empty();
    }

    public static Sidecar read(Path sidecar) throws DocumentException {
        try {
            Sidecar s = MAPPER.readValue(Files.readAllBytes(sidecar), Sidecar.class);
            if (s == null) throw new DocumentException(sidecar, "sidecar is empty (expected a JSON object)");
            return s;
        } catch (UnrecognizedPropertyException e) {
            throw new DocumentException(sidecar, "unknown sidecar key '" + e.getPropertyName()
                    + "' (known: council, councilName, committee, meetingDate, documentType, title, source)");
        } catch (InvalidFormatException e) {
            throw new DocumentException(sidecar, "bad value " + e.getValue() + " for '" + path(e) + "'"
                    + ("meetingDate".equals(path(e)) ? " (expected an ISO date such as 2018-02-15)" : ""));
        } catch (ValueInstantiationException e) {
            Throwable root = e.getCause() != null ? e.getCause() : e;
            throw new DocumentException(sidecar, "bad value for '" + path(e) + "': " + root.getMessage());
        } catch (JsonProcessingException e) {
            throw new DocumentException(sidecar, "malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : ""));
        } catch (IOException e) {
            throw new DocumentException(sidecar, "cannot read sidecar: " + e.getMessage());
        }
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().isEmpty() ? "?" : String.valueOf(e.getPath().get(e.getPath().size() - 1).getFieldName());
    }
}
