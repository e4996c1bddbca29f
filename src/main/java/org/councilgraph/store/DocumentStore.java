package org.councilgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.VocabularyGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The TDB2 store: one named graph per source document (graph name = document IRI), the vocabulary
 * in its own graph, and a private register of which file was loaded as which graph, so that a
 * changed file replaces its old graph. Every batch is one write transaction: readers see the store
 * before or after it, never half.
 */
public final class DocumentStore {
    /** Private bookkeeping graph: {@code <file:…> cg:loadedAs <document>}; not part of the published data. */
    public static final Node REGISTER = NodeFactory.createURI("urn:x-councilgraph:register");
    private static final Node LOADED_AS = NodeFactory.createURI(CG.NS + "loadedAs");

    /** A graph to store, keyed by the file it came from (null for graphs with no file). */
    public record Entry(String sourceKey, Node graphName, Graph graph) {}

    private final DatasetGraph dsg;

    private DocumentStore(DatasetGraph dsg) { this.dsg = dsg; }

    public static DocumentStore open(Path dir) {
        return new DocumentStore(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    public DatasetGraph datasetGraph() { return dsg; }

    /** Replaces the graphs of the given files (and any graph they were loaded as before) in one transaction. */
    public void replace(List<Entry> entries, List<Quad> quadsAsTheyAre) {
        Txn.executeWrite(dsg, () -> {
            Node vocab = NodeFactory.createURI(VocabularyGraph.GRAPH_NAME);
            dsg.deleteAny(vocab, Node.ANY, Node.ANY, Node.ANY);
            VocabularyGraph.get().getGraph().find().forEachRemaining(t -> dsg.add(vocab, t.getSubject(), t.getPredicate(), t.getObject()));
            for (Entry e : entries) {
                if (e.sourceKey() != null) {
                    Node file = NodeFactory.createURI(e.sourceKey());
                    List<Node> previous = new ArrayList<>();
                    dsg.find(REGISTER, file, LOADED_AS, Node.ANY).forEachRemaining(q -> previous.add(q.getObject()));
                    for (Node old : previous) dsg.deleteAny(old, Node.ANY, Node.ANY, Node.ANY);
                    dsg.deleteAny(REGISTER, file, LOADED_AS, Node.ANY);
                    dsg.add(REGISTER, file, LOADED_AS, e.graphName());
                }
                dsg.deleteAny(e.graphName(), Node.ANY, Node.ANY, Node.ANY);
                e.graph().find().forEachRemaining(t -> dsg.add(e.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
            for (Quad q : quadsAsTheyAre) dsg.add(q);
        });
    }

    /** Names of the graphs that hold documents. */
    public List<Node> documentGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.equals(REGISTER) && !g.getURI().equals(VocabularyGraph.GRAPH_NAME)) out.add(g);
            }
            return out;
        });
    }

}
