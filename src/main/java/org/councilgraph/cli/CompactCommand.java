package org.councilgraph.cli;

import org.councilgraph.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** {@code compact --db DIR}: TDB2 compaction, which gives back the space that replaced and removed graphs leave. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact a TDB2 store: write its current contents afresh and delete the old generation. A store "
                + "keeps the space of every graph replaced or removed until compacted, so one reloaded often grows "
                + "many times its data. Stop the server first (the store is locked while it runs).")
final class CompactCommand implements java.util.concurrent.Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path db;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(db)) throw new IllegalArgumentException(db + ": no such store");
        DocumentStore.compact(db);
        spec.commandLine().getErr().println("compacted " + db + ": the live data is in " + generations(db) + "; the old generation is deleted");
        return 0;
    }

    /** The store's data generations ({@code Data-0002}); its files are sparse, so their lengths say little of the space used. */
    static String generations(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return String.join(", ", files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList());
        }
    }
}
