package org.councilgraph.load;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.convert.InOrderPool;
import org.councilgraph.convert.InputFiles;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Manifests;
import org.councilgraph.document.Sidecar;
import org.councilgraph.store.BulkLoad;
import org.councilgraph.store.DocumentStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The load workflow: expand the inputs, convert the documents on every core (a converter per thread) and
 * store them in input order, many papers to a write transaction ({@link PaperBatches}), each whole with its
 * register entry; an unchanged file is skipped by its fingerprint before it is converted. RDF files are
 * streamed into the store, each in one transaction; those that open the load of a new store go through
 * Jena's bulk loader ({@link BulkLoad}). Then prune graphs of files gone from the folders given, print the
 * summary and write the report. A file that fails — whatever the failure, a stack overflow or the heap
 * running out included — is reported on one line and the batch goes on; the exit status says whether any did.
 */
public final class Loader {
    /** Documents converted ahead of the one being stored, per thread: enough to keep the cores busy. */
    private static final int AHEAD_PER_THREAD = 3;

    /** What a conversion thread hands back for one input file. */
    private sealed interface Prepared {}

    /** An RDF file: read and stored by the storing thread when its turn comes. */
    private record RdfFile() implements Prepared {}

    /** A document unchanged since it was loaded. */
    private record Unchanged(long millis) implements Prepared {}

    /** A document converted, to be stored. */
    private record Converted(String key, String fingerprint, DocumentConverter.Converted c, Map<String, Integer> kinds, long millis)
            implements Prepared {}

    private final LoadOptions options;
    private final PrintWriter err;
    private final ThreadLocal<DocumentConverter> converters;

    public Loader(LoadOptions options, PrintWriter err) {
        this.options = options;
        this.err = err;
        this.converters = ThreadLocal.withInitial(() -> new DocumentConverter(options.iris(), options.maxFileBytes()));
    }

    /** Loads everything; returns the exit status: 0, or 1 when any file failed. */
    public int run() throws IOException, DocumentException {
        InputFiles.Expansion expansion = InputFiles.expand(options.inputs(), p -> DocumentConverter.isDocument(p) || RdfFiles.isRdf(p));
        LoadReport rep = new LoadReport();
        for (Path skipped : expansion.skipped()) {
            err.println("skipped " + skipped + ": not a supported document type");
            rep.add(new LoadReport.Row(skipped.toString(), LoadReport.Status.SKIPPED, null, null, 0, 0, "not a supported document type", 0));
        }
        List<Path> docs = expansion.documents();
        Progress progress = new Progress(err, docs.size(), switch (options.progressMode()) {
            case "bar" -> true;
            case "plain", "none" -> false;
            default -> System.console() != null;
        });
        boolean showProgress = !options.progressMode().equals("none");
        int done = bulkLoad(docs, rep);
        DocumentStore store = DocumentStore.open(options.db());
        store.updateVocabulary();
        store.recordBase(options.iris().base());
        Map<String, String> known = options.force() ? Map.of() : store.loadedFingerprints();
        Manifests manifests = new Manifests();
        int failed = 0, unchanged = 0;
        try (InOrderPool<Prepared> pool = new InOrderPool<>("load", AHEAD_PER_THREAD);
             PaperBatches batches = new PaperBatches(store, rep, options.batchSize(), f -> storeAlone(f, expansion.rootOf(f), store, manifests))) {
            int submitted = done;
            while (done < docs.size()) {
                while (submitted < docs.size() && !pool.full()) {
                    Path p = docs.get(submitted++);
                    submit(pool, p, expansion.rootOf(p), manifests, known);
                }
                Path p = docs.get(done);
                InOrderPool.Outcome<Prepared> o = pool.next();
                if (o.failure() instanceof OutOfMemoryError) {
                    // perhaps only short of heap beside the papers converted with it: once more, alone
                    pool.awaitAll();
                    o = prepareHere(p, expansion.rootOf(p), manifests, known);
                }
                LoadReport.Status status = take(p, o, store, batches, progress);
                done++;
                if (status == LoadReport.Status.FAILED) failed++;
                if (status == LoadReport.Status.UNCHANGED) unchanged++;
                if (showProgress) progress.update(done, failed, unchanged);
                if (options.failFast() && failed > 0) {
                    progress.message("stopped at the first failure (--fail-fast); " + (docs.size() - done) + " file(s) not read");
                    break;
                }
            }
            batches.commit();
        }
        progress.finish();
        if (options.prune()) prune(store, rep);
        rep.printSummary(err, progress.seconds());
        err.println("loaded " + rep.count(LoadReport.Status.LOADED) + " file(s), " + rep.count(LoadReport.Status.UNCHANGED) + " unchanged, into " + options.db());
        if (options.report() != null) rep.write(options.report());
        return rep.count(LoadReport.Status.FAILED) > 0 ? 1 : 0;
    }

    /**
     * Into a new store, the RDF files the load opens with go through Jena's parallel bulk loader, all in one
     * go; returns how many were loaded so. If any fails, nothing is kept and they are loaded one by one.
     */
    private int bulkLoad(List<Path> docs, LoadReport rep) {
        int n = 0;
        while (n < docs.size() && !DocumentConverter.isDocument(docs.get(n))) n++;
        if (n == 0 || !BulkLoad.isNew(options.db())) return 0;
        List<Path> files = docs.subList(0, n);
        long[] quads = new long[n], millis = new long[n];
        try {
            BulkLoad.build(options.db(), stream -> {
                for (int i = 0; i < files.size(); i++) {
                    long t0 = System.nanoTime();
                    quads[i] = RdfFiles.send(files.get(i), options.iris(), stream, true);
                    millis[i] = millis(t0);
                }
            });
        } catch (RuntimeException | Error e) {
            return 0;
        }
        for (int i = 0; i < n; i++) rep.add(rdfRow(files.get(i), quads[i], millis[i]));
        return n;
    }

    private void submit(InOrderPool<Prepared> pool, Path p, Path root, Manifests manifests, Map<String, String> known) {
        if (!DocumentConverter.isDocument(p)) {
            pool.submit(RdfFile::new);
            return;
        }
        Sidecar sidecar;
        try {
            sidecar = manifests.sidecarFor(p, root);
        } catch (DocumentException e) {
            pool.submit(() -> { throw e; });
            return;
        }
        pool.submit(() -> prepare(p, sidecar, known));
    }

    /** On a conversion thread: the file's bytes and fingerprint, and unless it is unchanged, its graph. */
    private Prepared prepare(Path p, Sidecar sidecar, Map<String, String> known) throws DocumentException {
        long t0 = System.nanoTime();
        DocumentConverter converter = converters.get();
        String key = Fingerprints.sourceKey(p);
        byte[] bytes = converter.readers().bytes(p);
        String fingerprint = Fingerprints.of(bytes, sidecar, options.iris());
        if (fingerprint.equals(known.get(key))) return new Unchanged(millis(t0));
        DocumentConverter.Converted c = converter.convert(p, bytes, sidecar);
        return new Converted(key, fingerprint, c, FactKinds.of(c.graph()), millis(t0));
    }

    /** {@link #prepare} on this thread, its failure caught as the pool would catch it. */
    private InOrderPool.Outcome<Prepared> prepareHere(Path p, Path root, Manifests manifests, Map<String, String> known) {
        try {
            return new InOrderPool.Outcome<>(DocumentConverter.isDocument(p) ? prepare(p, manifests.sidecarFor(p, root), known) : new RdfFile(), null);
        } catch (Exception | Error e) {
            return new InOrderPool.Outcome<>(null, e);
        }
    }

    /** Takes one file's outcome, in input order: stores it, or reports why not; returns its status. */
    private LoadReport.Status take(Path p, InOrderPool.Outcome<Prepared> o, DocumentStore store, PaperBatches batches, Progress progress) {
        if (o.failed()) {
            batches.row(failure(p, o.failure(), 0, progress));
            return LoadReport.Status.FAILED;
        }
        Prepared prepared = o.value();
        if (prepared instanceof RdfFile) {
            batches.commit(); // the file goes in its own transaction, after the papers before it
            LoadReport.Row row = storeRdf(p, store, progress);
            batches.row(row);
            return row.status();
        }
        if (prepared instanceof Converted c && !batches.holds(c.key(), c.fingerprint())) {
            batches.put(p, entry(c), c.fingerprint(), loadedRow(p, c.c(), c.kinds(), c.millis()), c.kinds());
            return LoadReport.Status.LOADED;
        }
        // unchanged since it was loaded, or given twice
        batches.row(unchangedRow(p, prepared instanceof Unchanged u ? u.millis() : ((Converted) prepared).millis()));
        return LoadReport.Status.UNCHANGED;
    }

    /** One RDF file streamed into the store in one transaction: whole, or not at all. */
    private LoadReport.Row storeRdf(Path p, DocumentStore store, Progress progress) {
        long t0 = System.nanoTime();
        long[] quads = {0};
        try {
            store.add(stream -> quads[0] = RdfFiles.send(p, options.iris(), stream, false));
            return rdfRow(p, quads[0], millis(t0));
        } catch (RdfFiles.Invalid e) {
            return failure(p, new DocumentException(p, e.getMessage()), millis(t0), progress);
        } catch (RuntimeException | Error e) {
            return failure(p, e, millis(t0), progress);
        }
    }

    /** A paper stored in a transaction of its own, converted again (after a batch failed to store). */
    private PaperBatches.Stored storeAlone(Path p, Path root, DocumentStore store, Manifests manifests) {
        long t0 = System.nanoTime();
        try {
            Sidecar sidecar = manifests.sidecarFor(p, root);
            if (!(prepare(p, sidecar, Map.of()) instanceof Converted c)) throw new IllegalStateException("not a document: " + p);
            store.store(entry(c), c.fingerprint());
            return new PaperBatches.Stored(loadedRow(p, c.c(), c.kinds(), c.millis()), c.kinds());
        } catch (Exception | Error e) {
            return new PaperBatches.Stored(failure(p, e, millis(t0), null), null);
        }
    }

    private static DocumentStore.Entry entry(Converted c) {
        return new DocumentStore.Entry(c.key(), NodeFactory.createURI(c.c().graphName()), c.c().graph().getGraph());
    }

    private static LoadReport.Row loadedRow(Path p, DocumentConverter.Converted c, Map<String, Integer> kinds, long millis) {
        return new LoadReport.Row(p.toString(), LoadReport.Status.LOADED, c.facts().document().mediaType(), c.graphName(),
                kinds.values().stream().mapToInt(Integer::intValue).sum(), c.warnings().size(), String.join("; ", c.warnings()), millis);
    }

    private static LoadReport.Row unchangedRow(Path p, long millis) {
        return new LoadReport.Row(p.toString(), LoadReport.Status.UNCHANGED, null, null, 0, 0, null, millis);
    }

    private static LoadReport.Row rdfRow(Path p, long quads, long millis) {
        return new LoadReport.Row(p.toString(), LoadReport.Status.LOADED, RDFLanguages.filenameToLang(p.toString()).getHeaderString(),
                null, 0, 0, quads + " quads as they are", millis);
    }

    /** A failed file's row, with a one-line reason whatever was thrown; the line is printed (unless progress is null: printed by the caller). */
    private LoadReport.Row failure(Path p, Throwable t, long millis, Progress progress) {
        String problem;
        if (t instanceof DocumentConverter.ShapeViolation v) {
            if (progress != null) progress.message(v.reportText());
            else err.println(v.reportText());
            problem = v.getMessage();
        } else if (t instanceof DocumentException e) {
            problem = e.getMessage();
        } else if (t instanceof StackOverflowError) {
            problem = p + ": nested too deeply to read (stack overflow)";
        } else if (t instanceof OutOfMemoryError) {
            problem = p + ": too large to read in memory (out of memory); give Java more heap (-Xmx) or leave the file out";
        } else {
            problem = p + ": unexpected error: " + oneLine(t);
        }
        String line = "failed " + oneLine(problem);
        if (progress != null) progress.message(line);
        else err.println(line);
        return new LoadReport.Row(p.toString(), LoadReport.Status.FAILED, null, null, 0, 0, problem, millis);
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
