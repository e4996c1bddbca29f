package org.councilgraph;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared seed corpus and reference files are, when the checkout has them beside it. */
public final class Seeds {
    private Seeds() {}

    public static Path shared() {
        return Path.of(System.getProperty("councilgraph.shared", "../shared"));
    }

    public static Path corpus() {
        return shared().resolve("corpus/seeds");
    }

    public static boolean present() {
        return Files.isDirectory(corpus());
    }
}
