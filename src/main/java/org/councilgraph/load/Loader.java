package org.councilgraph.load;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Manifests;
import org.councilgraph.document.Sidecar;
import org.councilgraph.store.DocumentStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The load workflow: expand the inputs, convert and store each document in its own transaction (an
 * unchanged file is skipped by its fingerprint), prune graphs of files gone from the folders given, print
 * the summary and write the report. A file that fails — whatever the failure, a stack overflow or the heap
 * running out included — is reported on one line and the batch goes on; the exit status says whether any did.
 */
public final class Loader {
    private final LoadOptions options;
    private final PrintWriter err;

    public Loader(LoadOptions options, PrintWriter err) {
        this.options = options;
        this.err = err;
    }

    /** Loads everything; returns the exit status: 0, or 1 when any file failed. */
    public int run() throws IOException, DocumentException {
        InputFiles.Expansion expansion = InputFiles.expand(options.inputs(), p -> DocumentConverter.isDocument(p) || RdfFiles.isRdf(p));
        LoadReport rep = new LoadReport();
        for (Path skipped : expansion.skipped()) {
            err.println("skipped " + skipped + ": not a supported document type");
            rep.add(new LoadReport.Row(skipped.toString(), LoadReport.Status.SKIPPED, null, null, 0, 0, "not a supported document type", 0));
        }
        DocumentStore store = DocumentStore.open(options.db());
        store.updateVocabulary();
        store.recordBase(options.iris().base());
        DocumentConverter converter = new DocumentConverter(options.iris(), options.maxFileBytes());
        Manifests manifests = new Manifests();
        List<Path> docs = expansion.documents();
        Progress progress = new Progress(err, docs.size(), switch (options.progressMode()) {
            case "bar" -> true;
            case "plain", "none" -> false;
            default -> System.console() != null;
        });
        boolean showProgress = !options.progressMode().equals("none");
        int done = 0;
        for (Path p : docs) {
            rep.add(loadOrReport(p, expansion.rootOf(p), store, converter, manifests, rep, progress));
            done++;
            if (showProgress) progress.update(done, (int) rep.count(LoadReport.Status.FAILED), (int) rep.count(LoadReport.Status.UNCHANGED));
            if (options.failFast() && rep.count(LoadReport.Status.FAILED) > 0) {
                progress.message("stopped at the first failure (--fail-fast); " + (docs.size() - done) + " file(s) not read");
                break;
            }
        }
        progress.finish();
        if (options.prune()) prune(store, rep);
        rep.printSummary(err, progress.seconds());
        err.println("loaded " + rep.count(LoadReport.Status.LOADED) + " file(s), " + rep.count(LoadReport.Status.UNCHANGED) + " unchanged, into " + options.db());
        if (options.report() != null) rep.write(options.report());
        return rep.count(LoadReport.Status.FAILED) > 0 ? 1 : 0;
    }

    /** One file's row: loaded, unchanged, or failed with a one-line reason, whatever was thrown. */
    private LoadReport.Row loadOrReport(Path p, Path root, DocumentStore store, DocumentConverter converter, Manifests manifests,
                                        LoadReport rep, Progress progress) {
        long t0 = System.nanoTime();
        String problem;
        try {
            return loadOne(p, root, store, converter, manifests, rep, t0);
        } catch (DocumentConverter.ShapeViolation v) {
            progress.message(v.reportText());
            problem = v.getMessage();
        } catch (DocumentException e) {
            problem = e.getMessage();
        } catch (StackOverflowError e) {
            problem = p + ": nested too deeply to read (stack overflow)";
        } catch (OutOfMemoryError e) {
            problem = p + ": too large to read in memory (out of memory); give Java more heap (-Xmx) or leave the file out";
        } catch (RuntimeException | Error e) {
            problem = p + ": unexpected error: " + oneLine(e);
        }
        progress.message("failed " + oneLine(problem));
        return new LoadReport.Row(p.toString(), LoadReport.Status.FAILED, null, null, 0, 0, problem, millis(t0));
    }

    private LoadReport.Row loadOne(Path p, Path root, DocumentStore store, DocumentConverter converter, Manifests manifests,
                                   LoadReport rep, long t0) throws DocumentException {
        String key = Fingerprints.sourceKey(p);
        if (!DocumentConverter.isDocument(p)) {
            List<Quad> quads = RdfFiles.read(p, options.iris());
            store.add(quads);
            return new LoadReport.Row(p.toString(), LoadReport.Status.LOADED, RDFLanguages.filenameToLang(p.toString()).getHeaderString(),
                    null, 0, 0, quads.size() + " quads as they are", millis(t0));
        }
        Sidecar sidecar = manifests.sidecarFor(p, root);
        byte[] bytes = converter.readers().bytes(p);
        String fingerprint = Fingerprints.of(bytes, sidecar, options.iris());
        if (!options.force() && store.fingerprint(key).filter(fingerprint::equals).isPresent() && store.hasGraphsOf(key)) {
            return new LoadReport.Row(p.toString(), LoadReport.Status.UNCHANGED, null, null, 0, 0, null, millis(t0));
        }
        DocumentConverter.Converted c = converter.convert(p, bytes, sidecar);
        store.store(new DocumentStore.Entry(key, NodeFactory.createURI(c.graphName()), c.graph().getGraph()), fingerprint);
        Map<String, Integer> kinds = FactKinds.of(c.graph());
        rep.addFacts(kinds);
        return new LoadReport.Row(p.toString(), LoadReport.Status.LOADED, c.facts().document().mediaType(), c.graphName(),
                kinds.values().stream().mapToInt(Integer::intValue).sum(), c.warnings().size(), String.join("; ", c.warnings()), millis(t0));
    }

    /**
     * Forgets registered files under the folders given that are no longer there. A graph goes only when no
     * remaining file maps to it: a renamed file, or a copy with the same bytes and metadata, keeps it.
     */
    private void prune(DocumentStore store, LoadReport rep) {
        List<Path> folders = options.inputs().stream().filter(Files::isDirectory).map(d -> d.toAbsolutePath().normalize()).toList();
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

    private static long millis(long t0) { return (System.nanoTime() - t0) / 1_000_000; }

    private static String oneLine(Throwable e) {
        return oneLine(e.getMessage() != null ? e.getMessage() : e.toString());
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }
}
