package org.councilgraph.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.document.DocumentException;
import org.councilgraph.rdf.Iris;
import org.councilgraph.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code load INPUT… --db DIR}: convert documents and store their graphs in TDB2. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Convert documents and load them into a TDB2 store, one named graph per document.",
                "A changed document replaces its old graph; RDF files (.nq, .trig, .ttl, .nt, .jsonld) are loaded as they are.",
                "The whole batch is one transaction: on any error the store is left as it was."})
final class LoadCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents, RDF files or folders.")
    List<Path> inputs;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store folder (created if absent).")
    Path db;
    @Mixin BaseUriOption base;

    @Override
    public Integer call() throws Exception {
        List<Path> rdfFiles = new ArrayList<>();
        List<DocumentConverter.Converted> converted = Conversion.convertAll(inputs, base.iris(), ConvertCommand::isRdf, rdfFiles,
                spec.commandLine().getErr());
        List<Quad> asIs = new ArrayList<>();
        for (Path p : rdfFiles) asIs.addAll(readAsIs(p, base.iris()));
        List<DocumentStore.Entry> entries = converted.stream()
                .map(c -> new DocumentStore.Entry(c.file().toAbsolutePath().normalize().toUri().toString(),
                        NodeFactory.createURI(c.graphName()), c.graph().getGraph()))
                .toList();
        DocumentStore.open(db).replace(entries, asIs);
        spec.commandLine().getErr().println("loaded " + converted.size() + " document(s) and " + rdfFiles.size() + " RDF file(s) into " + db);
        return 0;
    }

    /** Quads of an RDF file; the triples of a triples-only file go into a graph named after the file. */
    static List<Quad> readAsIs(Path p, Iris iris) throws DocumentException {
        Lang lang = RDFLanguages.filenameToLang(p.toString());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try {
            RDFDataMgr.read(dsg, p.toString(), lang);
        } catch (RuntimeException e) {
            throw new DocumentException(p, "not valid " + lang.getLabel() + ": " + Main.oneLine(e));
        }
        List<Quad> quads = new ArrayList<>();
        var fileGraph = NodeFactory.createURI(iris.base() + "id/graph/" + Iris.slug(p.getFileName().toString()));
        dsg.find().forEachRemaining(q -> quads.add(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q));
        return quads;
    }
}
