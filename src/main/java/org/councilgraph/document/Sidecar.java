package org.councilgraph.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a crawler knows about a document from where it was published: the optional
 * {@code NAME.meta.json} beside {@code NAME.txt}. Every key is optional; unknown keys are an error
 * (see {@link SidecarReader}) so that a misspelt key never passes silently.
 */
public record Sidecar(String council, String councilName, String committee, LocalDate meetingDate,
                      DocumentType documentType, String title, String source) {

    public static final Sidecar EMPTY = new Sidecar(null, null, null, null, null, null, null);

    @JsonCreator
    public Sidecar(@JsonProperty("council") String council,
                   @JsonProperty("councilName") String councilName,
                   @JsonProperty("committee") String committee,
                   @JsonProperty("meetingDate") LocalDate meetingDate,
                   @JsonProperty("documentType") DocumentType documentType,
                   @JsonProperty("title") String title,
                   @JsonProperty("source") String source) {
        this.council = blankToNull(council);
        this.councilName = blankToNull(councilName);
        this.committee = blankToNull(committee);
        this.meetingDate = meetingDate;
        this.documentType = documentType;
        this.title = blankToNull(title);
        this.source = blankToNull(source);
    }

    public Optional<String> councilCode() { return Optional.ofNullable(council); }
    public Optional<String> committeeName() { return Optional.ofNullable(committee); }
    public Optional<LocalDate> meeting() { return Optional.ofNullable(meetingDate); }
    public Optional<DocumentType> type() { return Optional.ofNullable(documentType); }

    /** Fills this sidecar's missing keys from {@code fallback} (a manifest row, say). */
    public Sidecar orElse(Sidecar fallback) {
        return new Sidecar(council != null ? council : fallback.council,
                councilName != null ? councilName : fallback.councilName,
                committee != null ? committee : fallback.committee,
                meetingDate != null ? meetingDate : fallback.meetingDate,
                documentType != null ? documentType : fallback.documentType,
                title != null ? title : fallback.title,
                source != null ? source : fallback.source);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
