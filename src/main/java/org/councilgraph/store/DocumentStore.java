package org.councilgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.councilgraph.rdf.CG;
import org.councilgraph.rdf.VocabularyGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TDB2 store: one named graph per source document (graph name = document IRI), the vocabulary
 * in its own graph, and a private register of which file was loaded as which graph, so that a
 * changed file replaces its old graph, and a fingerprint that tells an unchanged file. A document goes in
 * whole with its register entry, alone or in a batch of many in one write transaction: readers see the store
 * before or after it, never half.
 */
public final class DocumentStore {
    /** Private bookkeeping graph: {@code <file:…> cg:loadedAs <document>}; not part of the published data. */
    public static final Node REGISTER = NodeFactory.createURI("urn:x-councilgraph:register");
    private static final Node LOADED_AS = NodeFactory.createURI(CG.NS + "loadedAs");
    /** Register: {@code <file:…> cg:fingerprint "sha256:…"}, what the file and its metadata were when loaded. */
    private static final Node FINGERPRINT = NodeFactory.createURI(CG.NS + "fingerprint");

    /** Register: {@code <urn:x-councilgraph:register> cg:loadedWithBase "http://…/"}, the base the IRIs were minted under. */
    private static final Node LOADED_WITH_BASE = NodeFactory.createURI(CG.NS + "loadedWithBase");

    /** A graph to store, keyed by the file it came from (null for graphs with no file). */
    public record Entry(String sourceKey, Node graphName, Graph graph) {}

    private final DatasetGraph dsg;

    private DocumentStore(DatasetGraph dsg) { this.dsg = dsg; }

    public static DocumentStore open(Path dir) {
        return new DocumentStore(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    public DatasetGraph datasetGraph() { return dsg; }

    /**
     * Compacts the store in {@code dir} (TDB2 writes the live data into a new generation and deletes the old
     * one), giving back the space replaced and removed graphs leave behind, then lets go of the store.
     */
    public static void compact(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DatabaseMgr.compact(dsg, true);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * The store as readers see it: the default graph is the union of the named graphs, and the private
     * register is filtered out below the query engine (a TDB2 tuple filter, so neither the union nor
     * {@code GRAPH ?g} reaches it). The server and the {@code query} command both read through this.
     */
    public static DatasetGraph readView(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        ReadGuards.apply(dsg.getContext());
        NodeId register = Txn.calculateRead(dsg, () -> TDBInternal.getDatasetGraphTDB(dsg).getQuadTable()
                .getNodeTupleTable().getNodeTable().getNodeIdForNode(REGISTER));
        if (register != null && !NodeId.isDoesNotExist(register)) {
            Predicate<Tuple<NodeId>> hideRegister = t -> t.len() != 4 || !t.get(0).equals(register);
            dsg.getContext().set(SystemTDB.symTupleFilter, hideRegister);
        }
        return dsg;
    }

    /** Writes the vocabulary graph afresh, in its own transaction, unless the store already holds it as it is. */
    public void updateVocabulary() {
        Node vocab = NodeFactory.createURI(VocabularyGraph.GRAPH_NAME);
        boolean current = Txn.calculateRead(dsg, () -> dsg.getGraph(vocab).isIsomorphicWith(VocabularyGraph.get().getGraph()));
        if (!current) Txn.executeWrite(dsg, this::writeVocabulary);
    }

    private void writeVocabulary() {
        Node vocab = NodeFactory.createURI(VocabularyGraph.GRAPH_NAME);
        dsg.deleteAny(vocab, Node.ANY, Node.ANY, Node.ANY);
        VocabularyGraph.get().getGraph().find().forEachRemaining(t -> dsg.add(vocab, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Stores one document in one write transaction: the graphs its file was loaded as before go,
     * its graph and register entry (with the fingerprint) come in. Readers never see half of it.
     */
    public void store(Entry e, String fingerprint) {
        Txn.executeWrite(dsg, () -> put(e, fingerprint));
    }

    /**
     * A write transaction for many documents, each put whole with its register entry: readers and a
     * killed process see the store before or after the batch, never part of it.
     */
    public Batch batch() {
        dsg.begin(TxnType.WRITE);
        return new Batch();
    }

    /** Documents stored in one write transaction; {@link #close} without {@link #commit} aborts it. */
    public final class Batch implements AutoCloseable {
        private long quads;
        private int documents;
        private boolean ended;

        private Batch() {}

        /** Puts one document in the batch, as {@link #store} would on its own. */
        public void put(Entry e, String fingerprint) {
            DocumentStore.this.put(e, fingerprint);
            quads += e.graph().size();
            documents++;
        }

        public long quads() { return quads; }

        public int documents() { return documents; }

        public void commit() {
            ended = true;
            try {
                dsg.commit();
            } finally {
                dsg.end();
            }
        }

        @Override
        public void close() {
            if (ended) return;
            ended = true;
            try {
                dsg.abort();
            } finally {
                dsg.end();
            }
        }
    }

    private void put(Entry e, String fingerprint) {
        putEntry(e);
        if (e.sourceKey() != null && fingerprint != null) {
            Node file = NodeFactory.createURI(e.sourceKey());
            dsg.deleteAny(REGISTER, file, FINGERPRINT, Node.ANY);
            dsg.add(REGISTER, file, FINGERPRINT, NodeFactory.createLiteralString(fingerprint));
        }
    }

    /**
     * Adds the statements a source sends (an RDF file as it is parsed) in one write transaction, without
     * holding them: a failure part way (a syntax error) aborts it, so the file is in the store whole or not at all.
     */
    public void add(Consumer<StreamRDF> source) {
        Txn.executeWrite(dsg, () -> source.accept(new StreamRDFBase() {
            @Override public void triple(Triple t) { dsg.getDefaultGraph().add(t); }
            @Override public void quad(Quad q) { dsg.add(q); }
        }));
    }

    /**
     * The fingerprint each registered file was loaded with, for the files whose graphs are all still in the
     * store: what tells a file unchanged (see {@link #fingerprint} and {@link #hasGraphsOf}), read at once.
     */
    public Map<String, String> loadedFingerprints() {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> present = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(present::add);
            Map<Node, List<Node>> graphs = new HashMap<>();
            dsg.find(REGISTER, Node.ANY, LOADED_AS, Node.ANY).forEachRemaining(q -> graphs.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject()));
            Map<String, String> out = new HashMap<>();
            dsg.find(REGISTER, Node.ANY, FINGERPRINT, Node.ANY).forEachRemaining(q -> {
                List<Node> gs = graphs.get(q.getSubject());
                if (gs != null && present.containsAll(gs)) out.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
            });
            return out;
        });
    }

    /** Records the base the documents' IRIs are minted under, so that {@code serve} publishes them there; read back by {@link #loadedBase}. */
    public void recordBase(String base) {
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(REGISTER, REGISTER, LOADED_WITH_BASE, Node.ANY);
            dsg.add(REGISTER, REGISTER, LOADED_WITH_BASE, NodeFactory.createLiteralString(base));
        });
    }

    public java.util.Optional<String> loadedBase() {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(REGISTER, REGISTER, LOADED_WITH_BASE, Node.ANY);
            return it.hasNext() ? java.util.Optional.of(it.next().getObject().getLiteralLexicalForm()) : java.util.Optional.<String>empty();
        });
    }

    /** The fingerprint recorded when the file was last loaded, if it was. */
    public java.util.Optional<String> fingerprint(String sourceKey) {
        Node file = NodeFactory.createURI(sourceKey);
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(REGISTER, file, FINGERPRINT, Node.ANY);
            return it.hasNext() ? java.util.Optional.of(it.next().getObject().getLiteralLexicalForm()) : java.util.Optional.<String>empty();
        });
    }

    /** Whether every graph the file was loaded as is still in the store (a store pruned by an older version may lack one). */
    public boolean hasGraphsOf(String sourceKey) {
        Node file = NodeFactory.createURI(sourceKey);
        return Txn.calculateRead(dsg, () -> {
            List<Node> graphs = graphsOf(file);
            return !graphs.isEmpty() && graphs.stream().allMatch(g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext());
        });
    }

    /** Every file in the register, by its key ({@code file:} URI). */
    public List<String> registeredSources() {
        return Txn.calculateRead(dsg, () -> {
            java.util.Set<String> keys = new java.util.TreeSet<>();
            dsg.find(REGISTER, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> { if (!q.getSubject().equals(REGISTER)) keys.add(q.getSubject().getURI()); });
            return List.copyOf(keys);
        });
    }

    /**
     * Forgets a file in one write transaction: its register entry goes, and so does each graph it was
     * loaded as that no other registered file maps to (a renamed file, or a copy, still needs it).
     */
    public void remove(String sourceKey) {
        Node file = NodeFactory.createURI(sourceKey);
        Txn.executeWrite(dsg, () -> {
            List<Node> previous = graphsOf(file);
            dsg.deleteAny(REGISTER, file, Node.ANY, Node.ANY);
            dropUnclaimed(previous);
        });
    }

    private void putEntry(Entry e) {
        if (e.sourceKey() != null) {
            Node file = NodeFactory.createURI(e.sourceKey());
            List<Node> previous = graphsOf(file);
            dsg.deleteAny(REGISTER, file, Node.ANY, Node.ANY);
            dsg.add(REGISTER, file, LOADED_AS, e.graphName());
            dropUnclaimed(previous);
        }
        dsg.deleteAny(e.graphName(), Node.ANY, Node.ANY, Node.ANY);
        e.graph().find().forEachRemaining(t -> dsg.add(e.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private List<Node> graphsOf(Node file) {
        List<Node> graphs = new ArrayList<>();
        dsg.find(REGISTER, file, LOADED_AS, Node.ANY).forEachRemaining(q -> graphs.add(q.getObject()));
        return graphs;
    }

    /** Deletes those of {@code graphs} that no registered file is loaded as any more. */
    private void dropUnclaimed(List<Node> graphs) {
        for (Node g : graphs) {
            if (!dsg.find(REGISTER, Node.ANY, LOADED_AS, g).hasNext()) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
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
