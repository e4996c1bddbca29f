package org.councilgraph.official;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.load.Fingerprints;
import org.councilgraph.rdf.Iris;
import org.councilgraph.refdata.CouncilRegistry;
import org.councilgraph.store.DocumentStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The import workflow: the reference graph (councils, regions, statistical neighbours) brought up to date, then each
 * official file read and stored as one named graph in its own transaction; an unchanged file (same fingerprint) is
 * skipped, a bad row reported as {@code FILE:LINE: problem} and left out, a file that cannot be read at all reported
 * on one line while the rest go on.
 */
public final class OfficialImport {
    private final Iris iris;
    private final boolean force;
    private final PrintWriter err;

    public OfficialImport(Iris iris, boolean force, PrintWriter err) {
        this.iris = iris;
        this.force = force;
        this.err = err;
    }

    /** Imports the files under {@code inputs} into the store at {@code db}; returns 0, or 1 when any row or file was not stored. */
    public int run(List<Path> inputs, Path db) throws DocumentException {
        CouncilRegistry registry = CouncilRegistry.standard();
        InputFiles.Expansion files = InputFiles.expand(inputs, OfficialImporter::isOfficialFile);
        DocumentStore store = DocumentStore.open(db);
        store.updateVocabulary();
        updateReference(store, iris, ReferenceGraph.build(iris, registry, StatisticalNeighbours.standard()));
        OfficialImporter importer = new OfficialImporter(iris, registry);
        int imported = 0, unchanged = 0, failedFiles = 0, badRows = 0;
        for (Path file : files.documents()) {
            String key = Fingerprints.sourceKey(file);
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
                        f.kind() == OfficialFileKind.EES_TIDY ? "figure(s)" : "inspection(s)",
                        f.suppressed() > 0 ? ", " + f.suppressed() + " suppressed or not applicable (c, x, z …)" : "",
                        f.problems().isEmpty() ? "" : ", " + f.problems().size() + " row(s) not read",
                        f.datasetIri(), (System.nanoTime() - t0) / 1_000_000);
                badRows += f.problems().size();
                imported++;
            } catch (OfficialFileException e) {
                err.println("failed " + oneLine(e));
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

    private static String oneLine(Exception e) {
        String m = e.getMessage() != null ? e.getMessage() : e.toString();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }
}
