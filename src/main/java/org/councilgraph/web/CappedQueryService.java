package org.councilgraph.web;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.councilgraph.store.DocumentStore;
import org.councilgraph.store.ReadGuards;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Fuseki's SPARQL query service with guards that keep one caller from taking the server down:
 * <ul>
 * <li>a cap on result rows (a query with no LIMIT, or a larger one, gets {@code LIMIT maxRows}; the
 *     response says so in {@code X-Result-Cap}); with {@link QueryMemory} that keeps any sort in bounded memory;</li>
 * <li>at most {@link #MAX_CONCURRENT} queries at once: a query waits up to {@link #QUEUE_WAIT} for its turn,
 *     then gets 503 with {@code Retry-After};</li>
 * <li>when the heap is still nearly full after a collection ({@link MemoryPressure}), the running queries are
 *     cancelled: ARQ keeps GROUP BY wholly in memory;</li>
 * <li>a backstop that aborts an execution still running a little after the timeout (ARQ's own timeout is
 *     checked only between results, and sorting or writing can outlast it);</li>
 * <li>the private register graph answers as an empty graph to {@code FROM}, {@code FROM NAMED} and the
 *     protocol's {@code default-graph-uri}/{@code named-graph-uri} (those read graphs past the store's filter);</li>
 * <li>error messages never echo more than a line of what was sent.</li>
 * </ul>
 */
class CappedQueryService extends SPARQL_QueryDataset {
    static final String CAP_HEADER = "X-Result-Cap";
    static final int MAX_CONCURRENT = 4;
    static final Duration QUEUE_WAIT = Duration.ofSeconds(5);
    private static final int MAX_MESSAGE_CHARS = 300;
    /** What the register graph is replaced by in a dataset description: a name no graph has. */
    private static final String NO_GRAPH = "urn:x-councilgraph:no-graph";

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "councilgraph-query-backstop");
        t.setDaemon(true);
        return t;
    });

    static final String TABLE_HEADER = "X-Catalogue-Table";
    private final long maxRows;
    private final CatalogueTables tables;
    private final Duration backstop;
    private final Semaphore running;
    private final Duration queueWait;
    private final ThreadLocal<ScheduledFuture<?>> pending = new ThreadLocal<>();
    private final ThreadLocal<QueryExec> current = new ThreadLocal<>();
    private final Set<QueryExec> executions = ConcurrentHashMap.newKeySet();

    CappedQueryService(long maxRows, Duration timeout) {
        this(maxRows, timeout, MAX_CONCURRENT, QUEUE_WAIT);
    }

    CappedQueryService(long maxRows, Duration timeout, int maxConcurrent, Duration queueWait) {
        this(maxRows, timeout, maxConcurrent, queueWait, null);
    }

    /** With {@code tables} (may be null), the canned queries are answered from their tables once built. */
    CappedQueryService(long maxRows, Duration timeout, int maxConcurrent, Duration queueWait, CatalogueTables tables) {
        this.tables = tables;
        this.maxRows = maxRows;
        this.backstop = timeout.plus(timeout.dividedBy(2)).plusMillis(500);
        this.running = new Semaphore(maxConcurrent, true);
        this.queueWait = queueWait;
        MemoryPressure.onPressure(this::cancelAll);
    }

    /** Aborts every query running now: the heap is nearly full and one of them is filling it. */
    void cancelAll() {
        for (QueryExec qe : executions) qe.abort();
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if ((query.isSelectType() || query.isConstructType() || query.isDescribeType())
                && (!query.hasLimit() || query.getLimit() > maxRows)) {
            CatalogueTables.capped(query, maxRows);
            action.getResponse().setHeader(CAP_HEADER, Long.toString(maxRows));
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        DatasetDescription asked = SPARQLProtocol.getDatasetDescription(action, query);
        if (asked == null || !namesRegister(asked)) return super.decideDataset(action, query, queryStringLog);
        DatasetDescription masked = DatasetDescription.create(withoutRegister(asked.getDefaultGraphURIs()), withoutRegister(asked.getNamedGraphURIs()));
        Query q = query.cloneQuery();
        q.getGraphURIs().clear();
        q.getNamedGraphURIs().clear();
        return Pair.create(DynamicDatasets.dynamicDataset(masked, getDataset(action), false), q);
    }

    private static boolean namesRegister(DatasetDescription d) {
        String register = DocumentStore.REGISTER.getURI();
        return d.getDefaultGraphURIs().contains(register) || d.getNamedGraphURIs().contains(register);
    }

    private static List<String> withoutRegister(List<String> graphs) {
        return graphs.stream().map(g -> g.equals(DocumentStore.REGISTER.getURI()) ? NO_GRAPH : g).toList();
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        QueryExec qe = super.createQueryExec(action, query, dsg);
        ReadGuards.planSort(query, qe.getContext());
        pending.set(WATCHDOG.schedule(qe::abort, backstop.toMillis(), TimeUnit.MILLISECONDS));
        current.set(qe);
        executions.add(qe);
        return qe;
    }

    /** A canned query asked as it is, with no graphs named by the protocol, is answered from its table when built. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qe, Query query, String queryStringLog) {
        if (tables != null && SPARQLProtocol.getDatasetDescription(action, query) == null) {
            Optional<CatalogueTables.Table> table = tables.answer(query);
            if (table.isPresent()) {
                action.getResponse().setHeader(TABLE_HEADER, table.get().name());
                return new QueryExecResult(table.get().rowSet());
            }
        }
        return super.executeQuery(action, qe, query, queryStringLog);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (!awaitTurn()) {
            action.getResponse().setHeader("Retry-After", Long.toString(Math.max(1, queueWait.toSeconds())));
            ServletOps.error(503, "Too many queries are running; try again in a few seconds.");
        }
        try {
            runGuarded(queryString, action);
        } finally {
            running.release();
        }
    }

    private void runGuarded(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            throw e.getMessage() != null && e.getMessage().length() > MAX_MESSAGE_CHARS
                    ? new ActionErrorException(e.getRC(), shorten(e.getMessage()), null) : e;
        } catch (RuntimeException | Error e) {
            OutOfMemoryGuard.exitIfOutOfMemory(e);
            throw e;
        } finally {
            ScheduledFuture<?> f = pending.get();
            if (f != null) f.cancel(false);
            pending.remove();
            QueryExec qe = current.get();
            if (qe != null) executions.remove(qe);
            current.remove();
        }
    }

    private boolean awaitTurn() {
        try {
            return running.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first line of a message, cut to a few hundred characters: a parse error must not send the request back. */
    static String shorten(String message) {
        String first = message.strip();
        int nl = first.indexOf('\n');
        if (nl > 0) first = first.substring(0, nl);
        return first.length() > MAX_MESSAGE_CHARS ? first.substring(0, MAX_MESSAGE_CHARS) + "…" : first;
    }
}
