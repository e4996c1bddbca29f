package org.councilgraph.cli;

import org.councilgraph.load.LoadOptions;
import org.councilgraph.load.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code load INPUT… --db DIR}: the options; the work is {@link Loader}'s. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Convert documents (.txt, .pdf, .docx, .doc, .html/.htm) and load them into a TDB2 store, one "
                + "named graph per document. Folders are walked; a manifest.csv or manifest.json in a folder gives "
                + "metadata for many files (a NAME.meta.json beside a file wins); other files are listed as "
                + "skipped. RDF files (.nq, .trig, .ttl, .nt, .jsonld) are loaded as they are (no remote JSON-LD "
                + "contexts). Documents are converted on every core and stored in input order, many to a write transaction, "
                + "each whole: a bad file, whatever its fault, is reported on one line and the rest are loaded, and the "
                + "store never holds half a document. A file loaded before "
                + "and unchanged since (same bytes and metadata) is not converted again; a changed one replaces its "
                + "graph. Exit status 1 when any file failed.")
final class LoadCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents, RDF files or folders.")
    List<Path> inputs;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store folder (created if absent).")
    Path db;
    @Option(names = "--report", paramLabel = "FILE", description = "Write a per-file report: .json for JSON, anything else CSV.")
    Path report;
    @Option(names = "--fail-fast", description = "Stop at the first file that fails (files loaded before it stay loaded).")
    boolean failFast;
    @Option(names = "--prune", description = "Forget files no longer present under the folders given, and remove their graphs "
            + "unless another file still has the same graph (a renamed or copied file).")
    boolean prune;
    @Option(names = "--force", description = "Convert and replace every document, even those unchanged since they were loaded.")
    boolean force;
    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress display: auto (a bar on a terminal, plain lines otherwise), bar, plain or none (default: ${DEFAULT-VALUE}).")
    String progressMode;
    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "256",
            description = "Papers stored per write transaction, at most (default: ${DEFAULT-VALUE}); each paper is stored "
                    + "whole either way, and a killed load keeps the batches committed before it.")
    int batchSize;
    @Mixin BaseUriOption base;
    @Mixin SizeOption size;

    @Override
    public Integer call() throws Exception {
        LoadOptions options = new LoadOptions(inputs, db, report, failFast, prune, force, progressMode, base.iris(), size.bytes(), batchSize);
        return new Loader(options, spec.commandLine().getErr()).run();
    }
}
