package org.councilgraph.convert;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.rdf.Vocabularies;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The file {@code convert} writes, document by document as each is converted. N-Quads and TriG keep one
 * named graph per document and are streamed: each document's graph is written when it arrives, so memory
 * holds only the documents in flight. Turtle and N-Triples hold the merged triples (a triple several
 * documents share appears once) and JSON-LD is one document, so those are gathered and written at the end. Output goes to a
 * hidden file beside the target that is moved into place by {@link #commit}; without it, nothing is left.
 */
public final class RdfOutput implements AutoCloseable {
    private final Path target;
    private final RDFFormat format;
    private final Path part;
    private final OutputStream out;
    private final StreamRDF stream;
    private final DatasetGraph gathered;
    /** Graph names written, with the media type they were read as: a copy of a document is written once. */
    private final Map<String, String> written = new HashMap<>();
    private boolean committed;

    private RdfOutput(Path target, RDFFormat format) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.part = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        this.out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
        if (streamed(format)) {
            this.stream = StreamRDFWriter.getWriterStream(out, format);
            this.gathered = null;
            stream.start();
            // prefixes in the order Jena's dataset writer lists an in-memory dataset's, as earlier versions wrote them
            DatasetGraph prefixes = DatasetGraphFactory.createTxnMem();
            prefixes.prefixes().putAll(Vocabularies.prefixes());
            PrefixMapFactory.createForOutput(prefixes.prefixes()).forEach(stream::prefix);
        } else {
            this.stream = null;
            this.gathered = DatasetGraphFactory.createTxnMem();
            gathered.prefixes().putAll(Vocabularies.prefixes());
            // one write transaction for all the documents: outside one, every add is its own transaction
            gathered.begin(TxnType.WRITE);
        }
        this.format = format;
    }

    /** An output for {@code target}, in the format its extension names. */
    public static RdfOutput open(Path target) throws IOException { return new RdfOutput(target, formatFor(target)); }

    /** Adds one document's graph. */
    public void add(DocumentConverter.Converted c) {
        Node name = NodeFactory.createURI(c.graphName());
        if (gathered != null) {
            if (RDFLanguages.isQuads(format.getLang())) {
                c.graph().getGraph().find().forEachRemaining(t -> gathered.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            } else {
                c.graph().getGraph().find().forEachRemaining(gathered.getDefaultGraph()::add);
            }
            return;
        }
        String mediaType = c.facts().document().mediaType();
        String before = written.putIfAbsent(c.graphName(), mediaType);
        // the same bytes, metadata and reader make the same graph: a copy adds nothing
        if (mediaType.equals(before)) return;
        // each subject's statements together (one block in TriG), subjects in the graph's own order: the
        // graph's hash order is fixed by its content, so the same document always gives the same lines
        Graph graph = c.graph().getGraph();
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node s : subjects) {
            graph.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        }
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        if (gathered != null) {
            gathered.commit();
            gathered.end();
            if (RDFLanguages.isQuads(format.getLang())) RDFDataMgr.write(out, gathered, format);
            else RDFDataMgr.write(out, gathered.getDefaultGraph(), format);
        } else {
            stream.finish();
        }
        out.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    /** Without a commit, removes the partial file. */
    @Override
    public void close() throws IOException {
        if (committed) return;
        if (gathered != null && gathered.isInTransaction()) gathered.end();
        try {
            out.close();
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** N-Quads and TriG are written document by document; the others need every document first. */
    private static boolean streamed(RDFFormat format) {
        return format.equals(RDFFormat.NQUADS) || format.equals(RDFFormat.TRIG_BLOCKS);
    }

    public static RDFFormat formatFor(Path out) {
        String n = out.getFileName().toString().toLowerCase();
        if (n.endsWith(".nq")) return RDFFormat.NQUADS;
        if (n.endsWith(".trig")) return RDFFormat.TRIG_BLOCKS;
        if (n.endsWith(".ttl")) return RDFFormat.TURTLE_BLOCKS;
        if (n.endsWith(".nt")) return RDFFormat.NTRIPLES;
        if (n.endsWith(".jsonld")) return RDFFormat.JSONLD11;
        throw new IllegalArgumentException(out + ": unknown output format (use .nq, .trig, .ttl, .jsonld or .nt)");
    }
}
