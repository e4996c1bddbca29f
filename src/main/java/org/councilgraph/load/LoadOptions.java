package org.councilgraph.load;

import org.councilgraph.rdf.Iris;

import java.nio.file.Path;
import java.util.List;

/**
 * What to load and how: the inputs (files and folders), the store, an optional report file, whether to
 * stop at the first failure, remove graphs of files gone from the folders given, convert unchanged files
 * again, how to show progress ({@code auto}, {@code bar}, {@code plain} or {@code none}), the base of the
 * IRIs minted, the largest file read, and how many papers at most go in one write transaction.
 */
public record LoadOptions(List<Path> inputs, Path db, Path report, boolean failFast, boolean prune, boolean force,
                          String progressMode, Iris iris, long maxFileBytes, int batchSize) {
    public LoadOptions {
        inputs = List.copyOf(inputs);
    }
}
