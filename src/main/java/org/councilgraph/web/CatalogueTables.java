package org.councilgraph.web;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The answers to the query catalogue ({@code queries/*.rq}), each computed once when the server opens its
 * store and served from memory afterwards: a canned query returns a whole national table, which at ten
 * million quads takes longer to compute than a request may wait (joins and a full sort over the union
 * graph), yet the store cannot change while the server holds it (TDB2 locks it to one process), so the
 * table stays right for the server's life. A query is answered from a table only when it is the canned
 * query itself (the same query, the same row cap); every other query, and a canned one asked before its
 * table is ready, runs live. Tables are computed one at a time on a low-priority thread, each with a
 * generous timeout; one that fails is left to run live.
 */
final class CatalogueTables {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueTables.class);
    /** Longer than a request may run: at national scale a table takes tens of seconds to compute. */
    static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private record Table(String name, Query query, List<Var> vars, List<Binding> rows) {}

    private final List<Table> ready = new CopyOnWriteArrayList<>();
    private final Thread builder;
    /** The execution computing a table now: aborted, like the live queries, when the heap is nearly full. */
    private volatile QueryExec building;

    private CatalogueTables(PublishedDataset data, List<CannedQueries.Canned> canned, long maxRows) {
        builder = new Thread(() -> buildAll(data, canned, maxRows), "councilgraph-catalogue-tables");
        builder.setDaemon(true);
        builder.setPriority(Thread.MIN_PRIORITY);
        MemoryPressure.onPressure(() -> {
            QueryExec qe = building;
            if (qe != null) qe.abort();
        });
    }

    /** Starts computing the tables of {@code canned} over {@code data}, each capped at {@code maxRows} rows as the endpoint caps it. */
    static CatalogueTables start(PublishedDataset data, CannedQueries canned, long maxRows) {
        CatalogueTables tables = new CatalogueTables(data, canned.all(), maxRows);
        tables.builder.start();
        return tables;
    }

    /** The stored answer to {@code query} (as the endpoint parsed and capped it), if it is a canned query whose table is ready. */
    Optional<RowSet> answer(Query query) {
        if (!query.isSelectType()) return Optional.empty();
        for (Table t : ready) {
            if (t.query().equals(query)) return Optional.of(RowSetStream.create(t.vars(), t.rows().iterator()));
        }
        return Optional.empty();
    }

    /** The name of the canned query {@code query} is, when its table is ready; for the response header. */
    Optional<String> nameOf(Query query) {
        return ready.stream().filter(t -> t.query().equals(query)).map(Table::name).findFirst();
    }

    /** Waits until every table is computed or given up (tests, benchmarks); true when done in time. */
    boolean awaitBuilt(Duration wait) throws InterruptedException {
        builder.join(wait.toMillis());
        return !builder.isAlive();
    }

    int readyCount() { return ready.size(); }

    private void buildAll(PublishedDataset data, List<CannedQueries.Canned> canned, long maxRows) {
        long start = System.nanoTime();
        buildEach(data, canned, maxRows);
        LOG.info("catalogue tables: {} of {} ready in {} ms", ready.size(), canned.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private void buildEach(PublishedDataset data, List<CannedQueries.Canned> canned, long maxRows) {
        for (CannedQueries.Canned c : canned) {
            try {
                Query q = capped(QueryFactory.create(c.text()), maxRows);
                if (!q.isSelectType()) continue;
                long t0 = System.nanoTime();
                Table table = data.read(() -> {
                    try (QueryExec qe = data.exec(q, BUILD_TIMEOUT)) {
                        building = qe;
                        RowSet rs = qe.select();
                        List<Binding> rows = new ArrayList<>();
                        rs.forEachRemaining(rows::add);
                        return new Table(c.name(), q, List.copyOf(rs.getResultVars()), List.copyOf(rows));
                    }
                });
                ready.add(table);
                LOG.info("catalogue table {}: {} rows in {} ms", c.name(), table.rows().size(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                OutOfMemoryGuard.exitIfOutOfMemory(e);
                LOG.warn("catalogue table {} not built, it runs live: {}", c.name(), CappedQueryService.shorten(String.valueOf(e.getMessage())));
            } finally {
                building = null;
            }
        }
    }

    /** The cap the endpoint puts on a query without a LIMIT or with a larger one ({@link CappedQueryService#validateQuery}). */
    static Query capped(Query q, long maxRows) {
        if (!q.hasLimit() || q.getLimit() > maxRows) q.setLimit(maxRows);
        return q;
    }
}
