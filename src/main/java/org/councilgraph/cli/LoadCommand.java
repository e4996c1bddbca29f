package org.councilgraph.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Manifests;
import org.councilgraph.document.Sidecar;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.Iris;
import org.councilgraph.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code load INPUT… --db DIR}: convert documents and store their graphs in TDB2, one transaction per document. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Convert documents (.txt, .pdf, .docx, .doc, .html/.htm) and load them into a TDB2 store, one "
                + "named graph per document. Folders are walked; a manifest.csv or manifest.json in a folder gives "
                + "metadata for many files (a NAME.meta.json beside a file wins); other files are listed as "
                + "skipped. RDF files (.nq, .trig, .ttl, .nt, .jsonld) are loaded as they are. Each document is "
                + "its own transaction: a bad file is reported and the rest are loaded, and the store never holds "
                + "half a document. A file loaded before and unchanged since (same bytes and metadata) is not "
                + "converted again; a changed one replaces its graph. Exit status 1 when any file failed.")
final class LoadCommand implements Callable<Integer> {
    /** Classes whose instances are not facts read from a document. */
    private static final Set<String> NOT_FACTS = Set.of("SourceDocument", "Evidence", "Council", "Committee", "IndicatorStructure");

    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents, RDF files or folders.")
    List<Path> inputs;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store folder (created if absent).")
    Path db;
    @Option(names = "--report", paramLabel = "FILE", description = "Write a per-file report: .json for JSON, anything else CSV.")
    Path report;
    @Option(names = "--fail-fast", description = "Stop at the first file that fails (files loaded before it stay loaded).")
    boolean failFast;
    @Option(names = "--prune", description = "Remove the graphs of files no longer present under the folders given.")
    boolean prune;
    @Option(names = "--force", description = "Convert and replace every document, even those unchanged since they were loaded.")
    boolean force;
    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress display: auto (a bar on a terminal, plain lines otherwise), bar, plain or none (default: ${DEFAULT-VALUE}).")
    String progressMode;
    @Mixin BaseUriOption base;
    @Mixin SizeOption size;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Iris iris = base.iris();
        InputFiles.Expansion expansion = InputFiles.expand(inputs, p -> DocumentConverter.isDocument(p) || ConvertCommand.isRdf(p));
        LoadReport rep = new LoadReport();
        for (Path skipped : expansion.skipped()) {
            err.println("skipped " + skipped + ": not a supported document type");
            rep.add(new LoadReport.Row(skipped.toString(), LoadReport.Status.SKIPPED, null, null, 0, 0, "not a supported document type", 0));
        }
        DocumentStore store = DocumentStore.open(db);
        store.updateVocabulary();
        store.recordBase(iris.base());
        DocumentConverter converter = new DocumentConverter(iris, size.bytes());
        Manifests manifests = new Manifests();
        List<Path> docs = expansion.documents();
        Progress progress = new Progress(err, docs.size(), switch (progressMode) {
            case "bar" -> true;
            case "plain", "none" -> false;
            default -> System.console() != null;
        });
        boolean showProgress = !progressMode.equals("none");
        int done = 0;
        for (Path p : docs) {
            long t0 = System.nanoTime();
            try {
                rep.add(loadOne(p, expansion.rootOf(p), store, converter, manifests, iris, rep, t0));
            } catch (DocumentException | RuntimeException e) {
                String msg = e instanceof DocumentException ? e.getMessage() : p + ": unexpected error: " + Main.oneLine(e);
                if (e instanceof DocumentConverter.ShapeViolation v) progress.message(v.reportText());
                progress.message("failed " + Main.oneLine(new RuntimeException(msg)));
                rep.add(new LoadReport.Row(p.toString(), LoadReport.Status.FAILED, null, null, 0, 0, msg, millis(t0)));
            }
            done++;
            if (showProgress) progress.update(done, (int) rep.count(LoadReport.Status.FAILED), (int) rep.count(LoadReport.Status.UNCHANGED));
            if (failFast && rep.count(LoadReport.Status.FAILED) > 0) {
                progress.message("stopped at the first failure (--fail-fast); " + (docs.size() - done) + " file(s) not read");
                break;
            }
        }
        progress.finish();
        if (prune) prune(store, rep, err);
        rep.printSummary(err, progress.seconds());
        long loaded = rep.count(LoadReport.Status.LOADED), unchanged = rep.count(LoadReport.Status.UNCHANGED);
        err.println("loaded " + loaded + " file(s), " + unchanged + " unchanged, into " + db);
        if (report != null) rep.write(report);
        return rep.count(LoadReport.Status.FAILED) > 0 ? 1 : 0;
    }

    private LoadReport.Row loadOne(Path p, Path root, DocumentStore store, DocumentConverter converter, Manifests manifests,
                                   Iris iris, LoadReport rep, long t0) throws DocumentException {
        String key = sourceKey(p);
        if (!DocumentConverter.isDocument(p)) {
            List<Quad> quads = readAsIs(p, iris);
            store.add(quads);
            return new LoadReport.Row(p.toString(), LoadReport.Status.LOADED, RDFLanguages.filenameToLang(p.toString()).getHeaderString(),
                    null, 0, 0, quads.size() + " quads as they are", millis(t0));
        }
        Sidecar sidecar = manifests.sidecarFor(p, root);
        byte[] bytes = converter.readers().bytes(p);
        String fingerprint = fingerprint(bytes, sidecar, iris);
        if (!force && store.fingerprint(key).filter(fingerprint::equals).isPresent()) {
            return new LoadReport.Row(p.toString(), LoadReport.Status.UNCHANGED, null, null, 0, 0, null, millis(t0));
        }
        DocumentConverter.Converted c = converter.convert(p, bytes, sidecar);
        store.store(new DocumentStore.Entry(key, NodeFactory.createURI(c.graphName()), c.graph().getGraph()), fingerprint);
        Map<String, Integer> kinds = factKinds(c.graph());
        rep.addFacts(kinds);
        return new LoadReport.Row(p.toString(), LoadReport.Status.LOADED, c.facts().document().mediaType(), c.graphName(),
                kinds.values().stream().mapToInt(Integer::intValue).sum(), c.warnings().size(), String.join("; ", c.warnings()), millis(t0));
    }

    /** Removes the graphs of registered files under the folders given that are no longer there. */
    private void prune(DocumentStore store, LoadReport rep, PrintWriter err) {
        List<Path> folders = inputs.stream().filter(Files::isDirectory).map(d -> d.toAbsolutePath().normalize()).toList();
        for (String key : store.registeredSources()) {
            Path file;
            try {
                file = Path.of(URI.create(key));
            } catch (RuntimeException e) {
                continue;
            }
            if (folders.stream().anyMatch(file::startsWith) && !Files.exists(file)) {
                store.remove(key);
                err.println("pruned " + file + ": no longer present");
                rep.add(new LoadReport.Row(file.toString(), LoadReport.Status.PRUNED, null, null, 0, 0, "no longer present", 0));
            }
        }
    }

    static String sourceKey(Path p) { return p.toAbsolutePath().normalize().toUri().toString(); }

    /** What decides "unchanged": the file's bytes, the metadata it is read with and the base of its IRIs. */
    static String fingerprint(byte[] bytes, Sidecar sidecar, Iris iris) {
        String meta = TextDocumentReader.sha256((sidecar + "\n" + iris.base()).getBytes(StandardCharsets.UTF_8));
        return "sha256:" + TextDocumentReader.sha256(bytes) + ";meta:" + meta.substring(0, 16);
    }

    /** Facts per kind: instances of the ontology's classes, by local name, leaving out documents and evidence. */
    static Map<String, Integer> factKinds(Model graph) {
        Map<String, Integer> kinds = new TreeMap<>();
        graph.listStatements(null, RDF.type, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            if (!st.getObject().isURIResource()) return;
            String uri = st.getObject().asResource().getURI();
            if (!uri.startsWith(CG.NS)) return;
            String kind = uri.substring(CG.NS.length());
            if (!NOT_FACTS.contains(kind)) kinds.merge(kind, 1, Integer::sum);
        });
        return kinds;
    }

    private static long millis(long t0) { return (System.nanoTime() - t0) / 1_000_000; }

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
        var fileGraph = NodeFactory.createURI(iris.fileGraph(p.getFileName().toString()));
        dsg.find().forEachRemaining(q -> quads.add(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q));
        return quads;
    }
}
