package org.councilgraph.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of council paper the sidecar's {@code documentType} names; each is a SKOS concept. */
public enum DocumentType {
    MINUTES("minutes"), DECISION_RECORD("decision-record"), REPORT("report"), WEBPAGE("webpage");

    private final String notation;

    DocumentType(String notation) { this.notation = notation; }

    @JsonValue
    public String notation() { return notation; }

    @JsonCreator
    public static DocumentType fromNotation(String value) {
        return Arrays.stream(values()).filter(t -> t.notation.equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown documentType '" + value + "' (expected one of "
                        + Arrays.stream(values()).map(DocumentType::notation).collect(Collectors.joining(", ")) + ")"));
    }
}
