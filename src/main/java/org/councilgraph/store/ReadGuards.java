package org.councilgraph.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.util.Context;

/**
 * What every reader of the store gets, so that no query reaches outside the server or fills its heap:
 * no {@code SERVICE} (a query must not make the server send requests to other hosts), sorts and
 * DISTINCTs that spill to disk past {@link #SPILL_THRESHOLD} rows, and ORDER BY … LIMIT done as a
 * bounded top-N for any limit up to the server's row cap instead of a full sort.
 */
public final class ReadGuards {
    /** Rows a sort or DISTINCT keeps in memory before it writes to temporary files. */
    public static final long SPILL_THRESHOLD = 20_000;

    private ReadGuards() {}

    /** Applies the guards to a dataset's context, which its queries read. */
    public static void apply(Context datasetContext) {
        datasetContext.set(ARQ.httpServiceAllowed, false);
        datasetContext.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
    }

    /**
     * A DISTINCT or REDUCED query with ORDER BY is sorted in full (spilling to disk past
     * {@link #SPILL_THRESHOLD} rows), not as a top-N: ARQ's top-N drops duplicates by searching its heap for
     * each row, a cost of rows × limit that made a canned query of 2,600 rows under the 10,000-row cap take
     * seconds instead of a fraction of one.
     */
    public static void planSort(Query query, Context executionContext) {
        if ((query.isDistinct() || query.isReduced()) && query.hasOrderBy()) executionContext.set(ARQ.optTopNSorting, false);
    }

    /** ORDER BY with any LIMIT up to {@code maxRows} keeps only the top rows (ARQ reads this threshold only globally). */
    public static synchronized void topNUpTo(long maxRows) {
        Object current = ARQ.getContext().get(ARQ.topNSortingThreshold);
        long now = current instanceof Number n ? n.longValue() : 1000;
        if (now <= maxRows) ARQ.getContext().set(ARQ.topNSortingThreshold, maxRows + 1);
    }
}
