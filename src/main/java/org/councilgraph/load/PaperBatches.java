package org.councilgraph.load;

import org.councilgraph.store.DocumentStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Papers stored many to one write transaction, so that a load pays one commit (and its fsyncs) per batch
 * rather than per paper, and TDB2 copies each index block it changes once per batch. Every guarantee of one
 * transaction per paper holds: only papers that converted enter a batch, each with its register entry in
 * the same transaction; a killed load leaves the store as the last committed batch left it (whole papers
 * only; the next load converts the rest); and when storing fails part way (the heap, the disk), the batch is
 * rolled back and its papers are stored again one by one, so that one paper's failure stays its own.
 * Report rows are kept in input order and reach the report when their batch is committed.
 */
final class PaperBatches implements AutoCloseable {
    /** A batch is committed at this many quads, or after this long, whichever comes first (with the paper limit). */
    static final long MAX_QUADS = 250_000;
    static final long MAX_NANOS = 10_000_000_000L;

    /** Stores one paper in a transaction of its own (converting it again); its row and fact counts. */
    interface StoreAlone {
        Stored store(Path file);
    }

    /** A paper's report row, and the kinds of facts it brought when it was stored (null when not). */
    record Stored(LoadReport.Row row, Map<String, Integer> kinds) {}

    private record Pending(LoadReport.Row row, Path file, String key, String fingerprint, Map<String, Integer> kinds) {}

    private final DocumentStore store;
    private final LoadReport report;
    private final int maxPapers;
    private final StoreAlone alone;
    private final List<Pending> pending = new ArrayList<>();
    /** Files stored in this run, committed, with their fingerprints. */
    private final Map<String, String> stored = new HashMap<>();
    private DocumentStore.Batch open;
    private long openedAt;

    PaperBatches(DocumentStore store, LoadReport report, int maxPapers, StoreAlone alone) {
        this.store = store;
        this.report = report;
        this.maxPapers = Math.max(1, maxPapers);
        this.alone = alone;
    }

    /** Whether this run has stored (or is storing) the file as it is now: a file given twice is loaded once. */
    boolean holds(String key, String fingerprint) {
        if (fingerprint.equals(stored.get(key))) return true;
        return pending.stream().anyMatch(p -> p.file() != null && key.equals(p.key()) && fingerprint.equals(p.fingerprint()));
    }

    /** A row for a file that is not stored (failed, unchanged, an RDF file stored on its own), in input order. */
    void row(LoadReport.Row row) {
        if (open == null) report.add(row);
        else pending.add(new Pending(row, null, null, null, null));
    }

    /** Puts a converted paper in the open batch (opening one), and commits the batch once it is full. */
    void put(Path file, DocumentStore.Entry entry, String fingerprint, LoadReport.Row row, Map<String, Integer> kinds) {
        if (open == null) {
            open = store.batch();
            openedAt = System.nanoTime();
        }
        pending.add(new Pending(row, file, entry.sourceKey(), fingerprint, kinds));
        try {
            open.put(entry, fingerprint);
        } catch (RuntimeException | Error e) {
            storeOneByOne();
            return;
        }
        if (open.documents() >= maxPapers || open.quads() >= MAX_QUADS || System.nanoTime() - openedAt >= MAX_NANOS) commit();
    }

    /** Commits the open batch, if any; its rows go to the report. */
    void commit() {
        if (open == null) return;
        try {
            open.commit();
        } catch (RuntimeException | Error e) {
            storeOneByOne();
            return;
        }
        open = null;
        for (Pending p : pending) {
            report.add(p.row());
            if (p.kinds() != null) report.addFacts(p.kinds());
            if (p.key() != null) stored.put(p.key(), p.fingerprint());
        }
        pending.clear();
    }

    /** The batch failed: roll it back and store its papers again, each in its own transaction. */
    private void storeOneByOne() {
        abort();
        List<Pending> again = List.copyOf(pending);
        pending.clear();
        for (Pending p : again) {
            if (p.file() == null) {
                report.add(p.row());
                continue;
            }
            Stored s = alone.store(p.file());
            report.add(s.row());
            if (s.kinds() != null) {
                report.addFacts(s.kinds());
                stored.put(Objects.requireNonNull(p.key()), p.fingerprint());
            }
        }
    }

    private void abort() {
        if (open == null) return;
        try {
            open.close();
        } catch (RuntimeException e) {
            // the transaction is gone either way
        }
        open = null;
    }

    /** Rolls back a batch not committed (the load stopped by an unexpected failure). */
    @Override
    public void close() { abort(); }
}
