package org.councilgraph.cli;

import org.councilgraph.document.DocumentException;
import org.councilgraph.official.OfficialImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import}: official statistics (DfE EES tidy CSVs) and Ofsted's inspection outcomes into a store, one graph per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import official files into a TDB2 store as RDF Data Cube and inspections: DfE Explore Education Statistics "
                + "tidy CSVs (time_period, geographic_level, area codes, filter and indicator columns) and Ofsted's outcomes of "
                + "inspections of local authority children's services. One named graph per file (its data set IRI); an unchanged "
                + "file is skipped, a changed one replaced. Rows that cannot be read are reported as FILE:LINE: problem and left out; "
                + "the rest are stored. A NAME.meta.json beside NAME.csv gives title, publisher, licence, source and retrieved; "
                + "a NAME.meta.csv (EES metadata) says which columns are filters and which indicators. Every run also writes "
                + "the reference graph of councils, regions and statistical neighbours.",
                "Exit status: 0 when every row of every file was stored, 1 when some row or file was not."})
final class ImportCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "FILE_OR_FOLDER", arity = "1..*", description = "CSV files, or folders of them (NAME.meta.csv files are metadata, not data).")
    List<Path> inputs;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 store folder (created when missing).")
    Path db;
    @Option(names = "--force", description = "Import every file again, even those unchanged since they were imported.")
    boolean force;
    @Mixin BaseUriOption base;

    @Override
    public Integer call() throws DocumentException {
        return new OfficialImport(base.iris(), force, spec.commandLine().getErr()).run(inputs, db);
    }
}
