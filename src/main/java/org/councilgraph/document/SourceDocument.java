package org.councilgraph.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document as read: its text (the exact characters that evidence offsets point into), the
 * SHA-256 of its bytes, where it came from and its sidecar. Its bytes and its sidecar together name it:
 * the same file published with other metadata (another council, another meeting) is another document.
 */
public record SourceDocument(Path path, String text, String sha256, String mediaType, Sidecar sidecar) {
    public SourceDocument {
        Objects.requireNonNull(path);
        Objects.requireNonNull(text);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(sidecar);
    }

    public String fileName() { return path.getFileName().toString(); }

    /**
     * Short, stable identifier used in IRIs: of the bytes alone when there is no metadata, else of the bytes
     * and the metadata. 80 bits keep collisions out of reach of any archive.
     */
    public String contentId() {
        if (sidecar.equals(Sidecar.EMPTY)) return sha256.substring(0, 20);
        return TextDocumentReader.sha256((sha256 + "\n" + sidecar).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 20);
    }
}
