package org.councilgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.councilgraph.rdf.Iris;
import org.councilgraph.rdf.Vocabularies;
import org.councilgraph.store.DocumentStore;
import org.councilgraph.store.ReadGuards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The store as the web sees it: SPARQL's default graph is the union of the named graphs (TDB2
 * {@code unionDefaultGraph}), the private register graph is filtered out below the query engine
 * (a TDB2 tuple filter, so neither {@code GRAPH ?g} nor the union can reach it), and every query
 * carries the timeout. Page queries go through {@link #select} with bound parameters.
 */
public final class PublishedDataset {
    private final DatasetGraph dsg;
    private final Duration timeout;
    private final Instant lastModified;
    private final String base;
    private final BaseRewrite rewrite;

    private PublishedDataset(DatasetGraph dsg, Duration timeout, Instant lastModified, String base, BaseRewrite rewrite) {
        this.dsg = dsg;
        this.timeout = timeout;
        this.lastModified = lastModified;
        this.base = base;
        this.rewrite = rewrite;
    }

    /** Opens the TDB2 store in {@code dir} for reading over the web, under the base it was loaded with. */
    public static PublishedDataset open(Path dir, Duration timeout) {
        return open(dir, timeout, null);
    }

    /**
     * Opens the store published under {@code publicBase}: when the store was loaded with another base,
     * every answer is rewritten to it ({@link BaseRewrite}); null publishes the base it was loaded with.
     */
    public static PublishedDataset open(Path dir, Duration timeout, String publicBase) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": no such store (run load first)");
        String stored = loadedBase(dir).orElse(null);
        DatasetGraph dsg = DocumentStore.readView(dir);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        String base = publicBase != null ? publicBase : stored != null ? stored : Iris.DEFAULT_BASE;
        return new PublishedDataset(dsg, timeout, lastModified(dir), base, BaseRewrite.of(stored, publicBase));
    }

    /**
     * The base the store's IRIs were minted under: as {@code load} recorded it, or, for a store loaded
     * before bases were recorded, as its document graphs' names ({@code {base}id/document/…}) show.
     */
    public static Optional<String> loadedBase(Path dir) {
        DocumentStore store = DocumentStore.open(dir);
        return store.loadedBase().or(() -> store.documentGraphs().stream()
                .map(g -> DOCUMENT_GRAPH.matcher(g.getURI())).filter(Matcher::matches).map(m -> m.group(1)).findFirst());
    }

    private static final Pattern DOCUMENT_GRAPH = Pattern.compile("(.*/)id/document/[0-9a-f]+");

    /** The base the things' IRIs are published under. */
    public String base() { return base; }

    /** How answers are rewritten from the stored base to the published one ({@link BaseRewrite#NONE} when they agree). */
    public BaseRewrite rewrite() { return rewrite; }

    private static Instant lastModified(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> {
                try { return Files.getLastModifiedTime(p); } catch (IOException e) { return FileTime.fromMillis(0); }
            }).max(FileTime::compareTo).orElse(FileTime.fromMillis(0)).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filtered, union-default-graph dataset; give it to Fuseki. */
    public DatasetGraph datasetGraph() { return dsg; }

    public Duration timeout() { return timeout; }

    /** When the store was last written: the Last-Modified of every page. */
    public Instant lastModified() { return lastModified; }

    /** Runs {@code work} in one read transaction, so a page's queries see one state of the store. */
    public <T> T read(Supplier<T> work) {
        return dsg.isInTransaction() ? work.get() : Txn.calculateRead(dsg, work);
    }

    /** A SELECT with parameters already bound; rows as bindings. */
    public List<Binding> select(ParameterizedSparqlString pss) {
        return select(pss.asQuery());
    }

    public List<Binding> select(Query q) {
        return read(() -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = exec(q)) {
                RowSet rs = qe.select();
                rs.forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    /** DESCRIBE of one resource (bound, never pasted), plus its hash-IRI parts ({@code …#quote}). */
    public Graph describe(Node resource) {
        return read(() -> {
            ParameterizedSparqlString pss = new ParameterizedSparqlString("DESCRIBE ?x");
            pss.setParam("x", resource);
            Graph g;
            try (QueryExec qe = exec(pss.asQuery())) { g = qe.describe(); }
            if (resource.isURI()) {
                List<Node> parts = new ArrayList<>();
                g.find(resource, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI() && t.getObject().getURI().startsWith(resource.getURI() + "#")) parts.add(t.getObject());
                });
                for (Node part : parts) {
                    pss.setParam("x", part);
                    try (QueryExec qe = exec(pss.asQuery())) { qe.describe().find().forEachRemaining(g::add); }
                }
            }
            g.getPrefixMapping().setNsPrefixes(Vocabularies.prefixes());
            return g;
        });
    }

    /** An execution over the store; queries and answers speak the published base. */
    public QueryExec exec(Query q) { return exec(q, timeout); }

    /** The same, with a timeout of its own (work done once for the server's life, not per request). */
    public QueryExec exec(Query q, Duration timeout) {
        QueryExec qe = QueryExec.dataset(dsg).query(rewrite.toStore(q)).timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build();
        ReadGuards.planSort(q, qe.getContext());
        return rewrite.toPublic(qe);
    }
}
