package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.councilgraph.store.DocumentStore;
import org.councilgraph.summary.RowCodec;
import org.councilgraph.summary.SummaryGraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The council pages' summaries: made after papers are loaded or official files imported ({@link #refresh}: every
 * council's page built from the store with its page queries' rows recorded, kept in the store by {@link SummaryGraph}),
 * and read back when a council page is served ({@link #of}): one lookup instead of the page's fourteen queries. The
 * page is built from the recorded rows by the same code as from the store, so it is the same page. A summary the store
 * has moved on from (a write since, or a load killed before its summaries were made) is never read: the page's
 * queries run instead.
 */
public final class CouncilSummaries {
    /** Serves every page from the store's queries. */
    static final CouncilSummaries NONE = new CouncilSummaries(null);
    /** Per page query while summarising: far past the server's, as a council page of a large store may need. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final PublishedDataset data;

    private CouncilSummaries(PublishedDataset data) { this.data = data; }

    static CouncilSummaries reader(PublishedDataset data) { return new CouncilSummaries(data); }

    /** The recorded rows of {@code subject}'s page, when it is a council with a current summary. */
    Optional<RecordedRows> of(Node subject) {
        if (data == null || !subject.isURI()) return Optional.empty();
        Node stored = data.rewrite().toStore(subject);
        return data.read(() -> SummaryGraph.rows(data.datasetGraph(), stored)).map(encoded -> {
            Map<String, List<Binding>> rows = RowCodec.decode(encoded);
            if (data.rewrite().active()) rows.replaceAll((query, bindings) -> bindings.stream().map(data.rewrite()::toPublic).toList());
            return RecordedRows.replaying(rows);
        });
    }

    /**
     * Brings the summaries of the store in {@code db} to its present state: unless they are current already, every
     * council's page is built from the store and its rows kept. The pages are built on every core, each thread in one
     * read transaction, and written in one write transaction, unless the store changed in between. Returns how many
     * councils were summarised, or -1 when the summaries were current. A council whose page cannot be built (a query
     * past the timeout) is left out: its page is served from the store's queries.
     */
    public static int refresh(Path db) {
        return refresh(db, false);
    }

    /** {@link #refresh}, made afresh even when current when {@code force} (a store written by other tools keeps its generation). */
    public static int refresh(Path db, boolean force) {
        DatasetGraph dsg = DocumentStore.open(db).datasetGraph();
        if (!force && Txn.calculateRead(dsg, () -> SummaryGraph.current(dsg))) return -1;
        Txn.executeWrite(dsg, () -> SummaryGraph.invalidate(dsg));
        // opened after the summary graph has its node, so that this view hides it
        PublishedDataset data = PublishedDataset.open(db, TIMEOUT);
        if (data.datasetGraph() != dsg) throw new IllegalStateException("two connections to " + db);
        ResourcePages resources = new ResourcePages(data, new LinkedDataUrls(data.base(), "/"));
        CouncilPages councils = new CouncilPages(data, resources);
        Optional<String> generation = Txn.calculateRead(dsg, () -> DocumentStore.generation(dsg));
        List<Node> all = Txn.calculateRead(dsg, () -> PageRows.live(data).select("summary-councils", null, null).stream()
                .map(b -> ResourcePages.node(b, "c")).toList());
        Map<Node, String> summaries = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> Txn.executeRead(dsg, () -> {
            for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
                Node c = all.get(i);
                try {
                    summaries.put(c, RowCodec.encode(record(c, resources, councils, data)));
                } catch (QueryCancelledException | IllegalArgumentException | IllegalStateException e) {
                    // left out: this council's page is read from the store
                }
            }
        });
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) { Thread th = new Thread(worker, "summarise-" + t); th.start(); threads.add(th); }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while summarising " + db, e);
            }
        }
        Map<Node, String> ordered = new LinkedHashMap<>();
        all.stream().filter(summaries::containsKey).forEach(c -> ordered.put(c, summaries.get(c)));
        return Txn.calculateWrite(dsg, () -> {
            if (!DocumentStore.generation(dsg).equals(generation)) return 0; // written meanwhile: the summaries stay unused
            SummaryGraph.replace(dsg, ordered);
            return ordered.size();
        });
    }

    /** Builds {@code c}'s page as {@link ResourceServlet} does, recording every row its queries give. */
    private static Map<String, List<Binding>> record(Node c, ResourcePages resources, CouncilPages councils, PublishedDataset data) {
        RecordedRows rows = RecordedRows.recording(PageRows.live(data));
        resources.resource(c, rows).filter(view -> councils.isCouncil(c, view, rows)).ifPresent(view -> councils.council(c, view, rows));
        return rows.rows();
    }
}
