package org.councilgraph.load;

import org.councilgraph.document.Sidecar;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.rdf.Iris;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** How the store names a loaded file, and what tells that file unchanged since it was loaded. */
public final class Fingerprints {
    private Fingerprints() {}

    /** The register's key for a file: its absolute, normalised {@code file:} URI. */
    public static String sourceKey(Path p) { return p.toAbsolutePath().normalize().toUri().toString(); }

    /** What decides "unchanged": the file's bytes, the metadata it is read with and the base of its IRIs. */
    static String of(byte[] bytes, Sidecar sidecar, Iris iris) {
        String meta = TextDocumentReader.sha256((sidecar + "\n" + iris.base()).getBytes(StandardCharsets.UTF_8));
        return "sha256:" + TextDocumentReader.sha256(bytes) + ";meta:" + meta.substring(0, 16);
    }
}
