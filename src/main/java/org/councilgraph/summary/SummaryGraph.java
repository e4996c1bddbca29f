package org.councilgraph.summary;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.councilgraph.rdf.CG;
import org.councilgraph.store.DocumentStore;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Where the council pages' summaries live: the private graph {@link DocumentStore#SUMMARY} (hidden from every
 * reader of the published data, as the register is), one statement per council {@code <council> cg:pageRows "…"}
 * holding its page queries' rows ({@link RowCodec}), and {@code <urn:x-councilgraph:summary> cg:generation "…"}: the
 * store's generation they were read at. They hold only while the store is at that generation; any write of published
 * data makes a new one ({@link DocumentStore#generation}), so a summary left behind by a write is never used.
 * Every method runs in the caller's transaction.
 */
public final class SummaryGraph {
    private static final Node G = DocumentStore.SUMMARY;
    private static final Node PAGE_ROWS = NodeFactory.createURI(CG.NS + "pageRows");
    private static final Node GENERATION = NodeFactory.createURI(CG.NS + "generation");

    private SummaryGraph() {}

    /** Whether the summaries were read at the store's present generation. */
    public static boolean current(DatasetGraph dsg) {
        Optional<String> store = DocumentStore.generation(dsg);
        return store.isPresent() && store.equals(literal(dsg.find(G, G, GENERATION, Node.ANY)));
    }

    /** The encoded rows of {@code council}'s page, when the summaries are current and hold it. */
    public static Optional<String> rows(DatasetGraph dsg, Node council) {
        if (!current(dsg)) return Optional.empty();
        return literal(dsg.find(G, council, PAGE_ROWS, Node.ANY));
    }

    /**
     * Marks the summaries as being rebuilt (none holds until {@link #replace}), which also gives the summary graph its
     * place in the store's node table, so that a view of the store opened after this hides it from the first statement
     * written. In a write transaction of its own.
     */
    public static void invalidate(DatasetGraph dsg) {
        dsg.deleteAny(G, G, GENERATION, Node.ANY);
        dsg.add(G, G, GENERATION, NodeFactory.createLiteralString("rebuilding"));
    }

    /** Replaces every summary with {@code rows} (encoded, by council), read at the store's present generation; in a write transaction. */
    public static void replace(DatasetGraph dsg, Map<Node, String> rows) {
        String generation = DocumentStore.currentGeneration(dsg);
        dsg.deleteAny(G, Node.ANY, Node.ANY, Node.ANY);
        rows.forEach((council, encoded) -> dsg.add(G, council, PAGE_ROWS, NodeFactory.createLiteralString(encoded)));
        dsg.add(G, G, GENERATION, NodeFactory.createLiteralString(generation));
    }

    private static Optional<String> literal(Iterator<org.apache.jena.sparql.core.Quad> it) {
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }
}
