package org.councilgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The ontology and its SKOS code lists as shipped on the classpath (copied there from
 * {@code ontology/} by the build), loaded as one graph named {@link CG#ONTOLOGY}. Queries read
 * notations and labels of codes from it, so it travels with every store and query.
 */
public final class VocabularyGraph {
    public static final String ONTOLOGY_FILE = "ontology/councilgraph.ttl";
    public static final String SCHEMES_FILE = "ontology/schemes.ttl";
    public static final String SHAPES_FILE = "ontology/shapes.ttl";
    public static final String GRAPH_NAME = CG.ONTOLOGY;

    private static volatile Model cached;

    private VocabularyGraph() {}

    /** Ontology plus code lists (not the shapes); a shared read-only copy. */
    public static Model get() {
        Model m = cached;
        if (m == null) {
            synchronized (VocabularyGraph.class) {
                if (cached == null) {
                    Model fresh = ModelFactory.createDefaultModel();
                    read(ONTOLOGY_FILE, fresh);
                    read(SCHEMES_FILE, fresh);
                    cached = fresh;
                }
                m = cached;
            }
        }
        return m;
    }

    public static Model shapes() {
        Model m = ModelFactory.createDefaultModel();
        read(SHAPES_FILE, m);
        return m;
    }

    public static void read(String resource, Model into) {
        try (InputStream in = VocabularyGraph.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).base(CG.ONTOLOGY).parse(into.getGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
