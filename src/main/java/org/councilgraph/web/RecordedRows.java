package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page's rows by query name: recorded while the page is built from the store (the council summary is made so), or
 * replayed from such a record. A council page asks each page query once, with the same binding every time it is
 * built from the same data, so the name alone keys the rows. A query the record lacks throws {@link Missing}: the page
 * is then built from the store instead.
 */
final class RecordedRows implements PageRows {
    /** The record has no rows for a query the page asks (not expected: it was recorded by the same code). */
    static final class Missing extends RuntimeException {
        Missing(String name) { super("no recorded rows for " + name, null, false, false); }
    }

    private static final String ASK = "ask ";
    private final PageRows source;
    private final Map<String, List<Binding>> rows;
    private final Map<String, Node> bound = new LinkedHashMap<>();

    private RecordedRows(PageRows source, Map<String, List<Binding>> rows) {
        this.source = source;
        this.rows = rows;
    }

    /** Records what {@code source} answers. */
    static RecordedRows recording(PageRows source) {
        return new RecordedRows(source, new LinkedHashMap<>());
    }

    /** Replays {@code rows}, as {@link #rows} of a recording gave them. */
    static RecordedRows replaying(Map<String, List<Binding>> rows) {
        return new RecordedRows(null, rows);
    }

    /** What was recorded, by query name (ASK answers as one empty row for true, none for false). */
    Map<String, List<Binding>> rows() { return rows; }

    @Override
    public List<Binding> select(String name, String var, Node value, long limit) {
        return answer(name, value, () -> source.select(name, var, value, limit));
    }

    @Override
    public boolean ask(String name, String var, Node value) {
        return !answer(ASK + name, value, () -> source.ask(name, var, value) ? List.of(BindingFactory.empty()) : List.of()).isEmpty();
    }

    private List<Binding> answer(String key, Node value, java.util.function.Supplier<List<Binding>> run) {
        if (source == null) {
            List<Binding> r = rows.get(key);
            if (r == null) throw new Missing(key);
            return r;
        }
        if (bound.containsKey(key) && !Objects.equals(bound.get(key), value)) {
            throw new IllegalStateException(key + " asked twice with different bindings: its rows cannot be kept by name");
        }
        bound.put(key, value);
        return rows.computeIfAbsent(key, k -> run.get().stream().map(RecordedRows::detached).toList());
    }

    /**
     * The row with its terms copied out of the store: a TDB2 row holds node ids and looks each term up in the node
     * table whenever it is read, so a replayed record would go to the store on every page it builds.
     */
    private static Binding detached(Binding row) {
        BindingBuilder copy = Binding.builder();
        row.forEach(copy::add);
        return copy.build();
    }
}
