package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPARQL queries behind the pages, kept as files in {@code queries/pages/NAME.rq} (in the jar under the same
 * path) so that they can be read, run and tested on their own. Each is prefixed with {@code queries/pages/prefixes.sparql};
 * parameters are bound as RDF terms ({@link ParameterizedSparqlString#setParam}, or {@link #bound} on the query parsed
 * once), never pasted into the text.
 */
final class PageQueries {
    private static final String DIR = "queries/pages/";
    private static final String PREFIXES = CannedQueries.readResource(DIR + "prefixes.sparql");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    /** Parsed once: parsing costs as much as running most page queries. Never handed out, only copies. */
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private PageQueries() {}

    /** A fresh, bindable copy of the page query {@code name} (the file {@code queries/pages/name.rq}). */
    static ParameterizedSparqlString get(String name) {
        String text = TEXTS.computeIfAbsent(name, n -> PREFIXES + CannedQueries.readResource(DIR + n + ".rq"));
        return new ParameterizedSparqlString(text);
    }

    /** The page query {@code name} with the variable {@code var} bound to {@code value}: a new query, as {@link #get} then setParam makes. */
    static Query bound(String name, String var, Node value) {
        return QueryTransformOps.replaceVars(parsed(name), Map.of(Var.alloc(var), value));
    }

    /** The page query {@code name}, without parameters: a new copy. */
    static Query unbound(String name) {
        return parsed(name).cloneQuery();
    }

    private static Query parsed(String name) {
        return PARSED.computeIfAbsent(name, n -> get(n).asQuery());
    }
}
