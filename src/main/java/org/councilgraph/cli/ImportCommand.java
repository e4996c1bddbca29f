package org.councilgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.official.ImportedFile;
import org.councilgraph.official.OfficialFileException;
import org.councilgraph.official.OfficialImporter;
import org.councilgraph.official.ReferenceGraph;
import org.councilgraph.official.StatisticalNeighbours;
import org.councilgraph.rdf.Iris;
import org.councilgraph.refdata.CouncilRegistry;
import org.councilgraph.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
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
        PrintWriter err = spec.commandLine().getErr();
        Iris iris = base.iris();
        CouncilRegistry registry = CouncilRegistry.standard();
        InputFiles.Expansion files = InputFiles.expand(inputs, OfficialImporter::isOfficialFile);
        DocumentStore store = DocumentStore.open(db);
        store.updateVocabulary();
        updateReference(store, iris, ReferenceGraph.build(iris, registry, StatisticalNeighbours.standard()));
        OfficialImporter importer = new OfficialImporter(iris, registry);
        int imported = 0, unchanged = 0, failedFiles = 0, badRows = 0;
        for (Path file : files.documents()) {
            String key = LoadCommand.sourceKey(file);
            try {
                String fingerprint = importer.fingerprint(file);
                if (!force && store.fingerprint(key).filter(fingerprint::equals).isPresent()) {
                    err.println("unchanged " + file);
                    unchanged++;
                    continue;
                }
                long t0 = System.nanoTime();
                ImportedFile f = importer.read(file);
                for (ImportedFile.RowProblem p : f.problems()) err.println(file + ":" + p.line() + ": " + p.problem());
                f.notes().forEach(n -> err.println(file + ": " + n));
                store.store(new DocumentStore.Entry(key, NodeFactory.createURI(f.datasetIri()), f.graph().getGraph()), fingerprint);
                err.printf("imported %s: %d %s%s%s into <%s> (%d ms)%n", file, f.stored(),
                        f.kind() == org.councilgraph.official.OfficialFileKind.EES_TIDY ? "figure(s)" : "inspection(s)",
                        f.suppressed() > 0 ? ", " + f.suppressed() + " suppressed or not applicable (c, x, z …)" : "",
                        f.problems().isEmpty() ? "" : ", " + f.problems().size() + " row(s) not read",
                        f.datasetIri(), (System.nanoTime() - t0) / 1_000_000);
                badRows += f.problems().size();
                imported++;
            } catch (OfficialFileException e) {
                err.println("failed " + Main.oneLine(e));
                failedFiles++;
            }
        }
        err.println("imported " + imported + " file(s), " + unchanged + " unchanged, " + failedFiles + " failed, "
                + badRows + " row(s) not read, into " + db);
        return failedFiles > 0 || badRows > 0 ? 1 : 0;
    }

    /** Writes the reference graph in its own transaction unless the store already holds it as it is. */
    private static void updateReference(DocumentStore store, Iris iris, Model reference) {
        Node name = NodeFactory.createURI(iris.referenceGraph());
        var dsg = store.datasetGraph();
        boolean current = Txn.calculateRead(dsg, () -> dsg.getGraph(name).isIsomorphicWith(reference.getGraph()));
        if (!current) store.store(new DocumentStore.Entry(null, name, reference.getGraph()), null);
    }
}
