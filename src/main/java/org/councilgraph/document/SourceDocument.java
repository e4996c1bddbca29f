package org.councilgraph.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document as read: its text (the exact characters that evidence offsets point into), the
 * SHA-256 of its bytes (which names it), where it came from and its sidecar.
 */
public record SourceDocument(Path path, String text, String sha256, String mediaType, Sidecar sidecar) {
    public SourceDocument {
        Objects.requireNonNull(path);
        Objects.requireNonNull(text);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(sidecar);
    }

    public String fileName() { return path.getFileName().toString(); }

    /** Short, stable content identifier used in IRIs. 80 bits keep collisions out of reach of any archive. */
    public String contentId() { return sha256.substring(0, 20); }
}
