package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.List;

/**
 * Where a page's rows come from: its page queries run on the store ({@link #live}), or the rows they gave when the
 * store was loaded, read back from the council summary ({@link RecordedRows}). The pages are built from either alike,
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

    /** The page queries run on the store, in the caller's read transaction (or one each). */
    static PageRows live(PublishedDataset data) {
        return new PageRows() {
            @Override
            public List<Binding> select(String name, String var, Node value, long limit) {
                Query q = var == null ? PageQueries.unbound(name) : PageQueries.bound(name, var, value);
                if (limit >= 0) q.setLimit(limit);
                return data.select(q);
            }

            @Override
            public boolean ask(String name, String var, Node value) {
                return data.read(() -> {
                    try (var qe = data.exec(PageQueries.bound(name, var, value))) { return qe.ask(); }
                });
            }
        };
    }
}
