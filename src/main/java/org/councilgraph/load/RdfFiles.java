package org.councilgraph.load;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.councilgraph.rdf.Iris;

import java.nio.file.Path;

/**
 * RDF files loaded as they are, streamed statement by statement from the parser to the store (nothing
 * held in memory). Nothing is fetched from the network while reading them: a JSON-LD {@code @context}
 * given by URL is refused (put the context inline), so loading a file never makes this machine call a
 * host the file names.
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** A file that does not parse; what was sent of it before the error must not be kept. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) { super(message, null, false, false); }
    }

    /** A failure of the destination (the store), told apart from the file's own syntax errors. */
    private static final class DestinationFailure extends RuntimeException {
        DestinationFailure(RuntimeException cause) { super(cause); }
    }

    /** Whether {@code p} is named as an RDF file (.nq, .trig, .ttl, .nt, .jsonld, .rdf…), but not plain .json. */
    public static boolean isRdf(Path p) {
        Lang lang = RDFLanguages.filenameToLang(p.toString());
        // only RDF syntaxes: once SPARQL result formats are registered, Jena also names a Lang for .csv and .tsv
        return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang)) && !p.getFileName().toString().endsWith(".json");
    }

    /**
     * Parses {@code p} into {@code dest} as quads: the triples of a triples-only file (or of a file's default
     * graph) go into a graph named after the file; prefixes are not kept. Returns the number of statements sent.
     * A {@code quiet} parse logs nothing (a first attempt whose failure leads to another).
     *
     * @throws Invalid when the file is not valid in its syntax (part of it may have been sent)
     */
    static long send(Path p, Iris iris, StreamRDF dest, boolean quiet) {
        Lang lang = RDFLanguages.filenameToLang(p.toString());
        Node fileGraph = NodeFactory.createURI(iris.fileGraph(p.getFileName().toString()));
        long[] count = {0};
        StreamRDF asQuads = new StreamRDFBase() {
            @Override public void triple(Triple t) { quad(Quad.create(fileGraph, t)); }
            @Override public void quad(Quad q) {
                Quad named = q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q;
                try {
                    dest.quad(named);
                } catch (RuntimeException e) {
                    throw new DestinationFailure(e);
                }
                count[0]++;
            }
        };
        try {
            RDFParser parser = RDFParser.source(p).lang(lang).context(noRemoteContexts())
                    .errorHandler(quiet ? ErrorHandlerFactory.errorHandlerNoLogging : ErrorHandlerFactory.getDefaultErrorHandler()).build();
            parser.parse(asQuads);
        } catch (DestinationFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            throw new Invalid("not valid " + lang.getLabel() + ": " + oneLine(e));
        }
        return count[0];
    }

    /** A parser context whose JSON-LD document loader refuses every URL. */
    static Context noRemoteContexts() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD context " + url + " is not fetched; put the context inline");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.toString();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }
}
