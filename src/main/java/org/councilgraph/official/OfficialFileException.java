package org.councilgraph.official;

import java.nio.file.Path;

/** An official file that cannot be imported at all (unreadable, no header, a required column missing, a bad sidecar). */
public final class OfficialFileException extends Exception {
    public OfficialFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
