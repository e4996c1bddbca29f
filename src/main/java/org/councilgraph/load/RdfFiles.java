package org.councilgraph.load;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.councilgraph.document.DocumentException;
import org.councilgraph.rdf.Iris;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RDF files loaded as they are. Nothing is fetched from the network while reading them: a JSON-LD
 * {@code @context} given by URL is refused (put the context inline), so loading a file never makes
 * this machine call a host the file names.
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** Whether {@code p} is named as an RDF file (.nq, .trig, .ttl, .nt, .jsonld, .rdf…), but not plain .json. */
    public static boolean isRdf(Path p) {
        Lang lang = RDFLanguages.filenameToLang(p.toString());
        // only RDF syntaxes: once SPARQL result formats are registered, Jena also names a Lang for .csv and .tsv
        return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang)) && !p.getFileName().toString().endsWith(".json");
    }

    /** Quads of an RDF file; the triples of a triples-only file go into a graph named after the file. */
    static List<Quad> read(Path p, Iris iris) throws DocumentException {
        Lang lang = RDFLanguages.filenameToLang(p.toString());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(p).lang(lang).context(noRemoteContexts()).parse(dsg);
        } catch (RuntimeException e) {
            throw new DocumentException(p, "not valid " + lang.getLabel() + ": " + oneLine(e));
        }
        List<Quad> quads = new ArrayList<>();
        var fileGraph = NodeFactory.createURI(iris.fileGraph(p.getFileName().toString()));
        dsg.find().forEachRemaining(q -> quads.add(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q));
        return quads;
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
