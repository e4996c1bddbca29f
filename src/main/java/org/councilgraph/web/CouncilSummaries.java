package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The council pages' summaries: every council's page built once from the store when the server opens it, with each
 * page query's result rows recorded ({@link RecordedRows}) and kept in memory; a council page is then built from its
 * recorded rows by the same code as from the store ({@link PageRows}), so it is the same page, without its fourteen
 * queries. The store cannot change while the server holds it (TDB2 locks it to one process), so a summary stays right
 * for the server's life. Summaries are made one council at a time on a low-priority daemon thread, each query with a
 * generous timeout; until a council's summary is ready, and for a council whose summary failed, its page runs its queries.
 */
final class CouncilSummaries {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilSummaries.class);
    /** Serves every council page from its queries. */
    static final CouncilSummaries NONE = new CouncilSummaries();
    /** Where a running server keeps its summaries, in its servlet context (tests, diagnostics). */
    static final String ATTRIBUTE = CouncilSummaries.class.getName();

    /** Recorded rows by council IRI, as published. */
    private final Map<Node, Map<String, List<Binding>>> ready = new ConcurrentHashMap<>();
    /** The work making them; null for {@link #NONE}. */
    private OpeningWork work;

    private CouncilSummaries() {}

    /** Starts making the summary of every council in {@code data}, as {@code resources} and {@code councils} build its page. */
    static CouncilSummaries start(PublishedDataset data, ResourcePages resources, CouncilPages councils) {
        CouncilSummaries s = new CouncilSummaries();
        s.work = OpeningWork.start("councilgraph-council-summaries", work -> s.buildAll(work, data, resources, councils));
        return s;
    }

    /** The recorded rows of {@code subject}'s page, when it is a council whose summary is ready. */
    Optional<RecordedRows> of(Node subject) {
        Map<String, List<Binding>> rows = ready.get(subject);
        return rows == null ? Optional.empty() : Optional.of(RecordedRows.replaying(rows));
    }

    /** Waits until every summary is made or given up (tests); true when done in time. */
    boolean awaitBuilt(Duration wait) throws InterruptedException {
        return work == null || work.await(wait);
    }

    int readyCount() { return ready.size(); }

    private void buildAll(OpeningWork work, PublishedDataset data, ResourcePages resources, CouncilPages councils) {
        long start = System.nanoTime();
        PageRows store = PageRows.live(data, OpeningWork.QUERY_TIMEOUT, work::running);
        List<Node> all;
        try {
            all = store.select("summary-councils", null, null).stream().map(b -> ResourcePages.node(b, "c")).toList();
        } catch (RuntimeException e) {
            OutOfMemoryGuard.exitIfOutOfMemory(e);
            LOG.warn("council summaries not made, every council page runs its queries: {}", CappedQueryService.shorten(String.valueOf(e.getMessage())));
            return;
        } finally {
            work.running(null);
        }
        for (Node c : all) {
            try {
                RecordedRows rows = RecordedRows.recording(store);
                // as ResourceServlet builds the page, in one read transaction
                data.read(() -> resources.resource(c, rows).filter(view -> councils.isCouncil(c, view, rows))
                        .map(view -> councils.council(c, view, rows)));
                ready.put(c, rows.rows());
            } catch (RuntimeException e) {
                OutOfMemoryGuard.exitIfOutOfMemory(e);
                LOG.warn("council summary of {} not made, its page runs its queries: {}", c.getURI(), CappedQueryService.shorten(String.valueOf(e.getMessage())));
            } finally {
                work.running(null);
            }
        }
        LOG.info("council summaries: {} of {} ready in {} ms", ready.size(), all.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
