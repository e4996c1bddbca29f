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
    /** A canned query's answer, as computed once. */
    record Table(String name, Query query, List<Var> vars, List<Binding> rows) {
        /** The rows from the first, for one response. */
        RowSet rowSet() { return RowSetStream.create(vars, rows.iterator()); }
    }

    private final List<Table> ready = new CopyOnWriteArrayList<>();

    private CatalogueTables() {}

    /** Starts computing the tables of {@code canned} over {@code data}, each capped at {@code maxRows} rows as the endpoint caps it. */
    static CatalogueTables start(PublishedDataset data, CannedQueries canned, long maxRows) {
        CatalogueTables tables = new CatalogueTables();
        OpeningWork.start("councilgraph-catalogue-tables", work -> tables.buildAll(work, data, canned.all(), maxRows));
        return tables;
    }

    /** The table of {@code query} (as the endpoint parsed and capped it), if it is a canned query whose table is ready. */
    Optional<Table> answer(Query query) {
        if (!query.isSelectType()) return Optional.empty();
        return ready.stream().filter(t -> t.query().equals(query)).findFirst();
    }

    private void buildAll(OpeningWork work, PublishedDataset data, List<CannedQueries.Canned> canned, long maxRows) {
        long start = System.nanoTime();
        buildEach(work, data, canned, maxRows);
        LOG.info("catalogue tables: {} of {} ready in {} ms", ready.size(), canned.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private void buildEach(OpeningWork work, PublishedDataset data, List<CannedQueries.Canned> canned, long maxRows) {
        for (CannedQueries.Canned c : canned) {
            try {
                Query q = capped(QueryFactory.create(c.text()), maxRows);
                if (!q.isSelectType()) continue;
                long t0 = System.nanoTime();
                Table table = data.read(() -> {
                    try (QueryExec qe = data.exec(q, OpeningWork.QUERY_TIMEOUT)) {
                        work.running(qe);
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
                work.running(null);
            }
        }
    }

    /** The cap the endpoint puts on a query without a LIMIT or with a larger one ({@link CappedQueryService#validateQuery}). */
    static Query capped(Query q, long maxRows) {
        if (!q.hasLimit() || q.getLimit() > maxRows) q.setLimit(maxRows);
        return q;
    }
}
