package org.councilgraph.document;

import java.nio.file.Path;

/** A document that cannot be read or converted; the message names the file and the problem on one line. */
public class DocumentException extends Exception {
    private final Path file;

    public DocumentException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public DocumentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() { return file; }
}
