package org.councilgraph.web;

import org.apache.jena.query.ParameterizedSparqlString;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPARQL queries behind the pages, kept as files in {@code queries/pages/NAME.rq} (in the jar under the same
 * path) so that they can be read, run and tested on their own. Each is prefixed with {@code queries/pages/prefixes.sparql};
 * parameters are bound with {@link ParameterizedSparqlString#setParam}, never pasted into the text.
 */
final class PageQueries {
    private static final String DIR = "queries/pages/";
    private static final String PREFIXES = CannedQueries.readResource(DIR + "prefixes.sparql");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private PageQueries() {}

    /** A fresh, bindable copy of the page query {@code name} (the file {@code queries/pages/name.rq}). */
    static ParameterizedSparqlString get(String name) {
        String text = TEXTS.computeIfAbsent(name, n -> PREFIXES + CannedQueries.readResource(DIR + n + ".rq"));
        return new ParameterizedSparqlString(text);
    }
}
