package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a page's rows come from: its page queries run on the store ({@link #live}), or the rows they gave when the
 * server opened the store, replayed from the council summary ({@link RecordedRows}). The pages are built from either alike,
 * so that both give the same page.
 */
interface PageRows {
    /** The rows of page query {@code name} with {@code var} bound to {@code value} (no binding when var is null), at most {@code limit} (negative: the query's own). */
    List<Binding> select(String name, String var, Node value, long limit);

    /** The answer of the ASK page query {@code name} with {@code var} bound to {@code value}. */
    boolean ask(String name, String var, Node value);

    default List<Binding> select(String name, String var, Node value) {
        return select(name, var, value, -1);
    }

    /** The page queries run on the store, in the caller's read transaction (or one each), with the server's timeout. */
    static PageRows live(PublishedDataset data) {
        return live(data, data.timeout(), qe -> {});
    }

    /** The same with a timeout of its own, each execution handed to {@code running} before it runs (to abort it). */
    static PageRows live(PublishedDataset data, Duration timeout, Consumer<QueryExec> running) {
        return new PageRows() {
            @Override
            public List<Binding> select(String name, String var, Node value, long limit) {
                Query q = var == null ? PageQueries.unbound(name) : PageQueries.bound(name, var, value);
                if (limit >= 0) q.setLimit(limit);
                return data.read(() -> {
                    List<Binding> rows = new ArrayList<>();
                    try (QueryExec qe = data.exec(q, timeout)) {
                        running.accept(qe);
                        qe.select().forEachRemaining(rows::add);
                    }
                    return rows;
                });
            }

            @Override
            public boolean ask(String name, String var, Node value) {
                return data.read(() -> {
                    try (QueryExec qe = data.exec(PageQueries.bound(name, var, value), timeout)) {
                        running.accept(qe);
                        return qe.ask();
                    }
                });
            }
        };
    }
}
