package org.councilgraph.cli;

import org.councilgraph.web.CouncilSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code summarise --db DIR}: remakes the council page summaries, as {@code load} and {@code import} do after writing. */
@Command(name = "summarise", mixinStandardHelpOptions = true,
        description = "Make the council pages' summaries of a TDB2 store afresh, unless they are current: what load and "
                + "import do after every write, for a store built another way (Jena's tdb2.tdbloader) or one whose load "
                + "was killed before its summaries were made. Until then council pages are built by their queries "
                + "(slower, the same page). Stop the server first (the store is locked while it runs).")
final class SummariseCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store folder.")
    Path db;
    @Option(names = "--force", description = "Make them afresh even when they look current: after a write by other tools "
            + "(tdb2.tdbloader into this store, say), which do not mark the store as changed.")
    boolean force;

    @Override
    public Integer call() {
        if (!Files.isDirectory(db)) throw new IllegalArgumentException(db + ": no such store");
        long t0 = System.nanoTime();
        int councils = CouncilSummaries.refresh(db, force);
        spec.commandLine().getErr().println(councils < 0 ? "the council page summaries of " + db + " are current"
                : "summarised the pages of " + councils + " council(s) in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        return 0;
    }
}
