package org.councilgraph.web;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fuseki's SPARQL query service with two guards: a cap on result rows (a query with no LIMIT, or a
 * larger one, gets {@code LIMIT maxRows}; the response says so in {@code X-Result-Cap}), and a
 * backstop that aborts an execution still running a little after the timeout (ARQ's own timeout,
 * set in the dataset context, is checked only between results, and sorting or writing can outlast it).
 */
class CappedQueryService extends SPARQL_QueryDataset {
    static final String CAP_HEADER = "X-Result-Cap";

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "councilgraph-query-backstop");
        t.setDaemon(true);
        return t;
    });

    private final long maxRows;
    private final Duration backstop;
    private final ThreadLocal<ScheduledFuture<?>> pending = new ThreadLocal<>();

    CappedQueryService(long maxRows, Duration timeout) {
        this.maxRows = maxRows;
        this.backstop = timeout.plus(timeout.dividedBy(2)).plusMillis(500);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if ((query.isSelectType() || query.isConstructType() || query.isDescribeType())
                && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(CAP_HEADER, Long.toString(maxRows));
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        QueryExec qe = super.createQueryExec(action, query, dsg);
        pending.set(WATCHDOG.schedule(qe::abort, backstop.toMillis(), TimeUnit.MILLISECONDS));
        return qe;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } finally {
            ScheduledFuture<?> f = pending.get();
            if (f != null) f.cancel(false);
            pending.remove();
        }
    }
}
