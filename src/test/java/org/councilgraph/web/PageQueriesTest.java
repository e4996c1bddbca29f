package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.rdf.CG;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The canned queries ({@code queries/}) and the page queries ({@code queries/pages/}) parse and use only terms the ontology declares. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageQueriesTest {
    static final Pattern CG_TERM = Pattern.compile("<" + Pattern.quote(CG.NS) + "([^>]*)>");

    /** Every query file, parsed: page queries with the shared prefixes, as {@link PageQueries} reads them. */
    static Map<String, Query> allQueries() throws IOException {
        Map<String, Query> out = new TreeMap<>();
        for (Path p : rqFiles(Path.of("queries"))) out.put(p.toString(), QueryFactory.create(Files.readString(p)));
        for (Path p : rqFiles(Path.of("queries", "pages"))) {
            out.put(p.toString(), PageQueries.get(p.getFileName().toString().replaceFirst("\\.rq$", "")).asQuery());
        }
        return out;
    }

    static List<Path> rqFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void every_query_file_parses() throws IOException {
        Map<String, Query> queries = allQueries();
        assertTrue(queries.keySet().stream().filter(k -> k.contains("pages")).count() >= 15, queries.keySet().toString());
    }

    @Test
    void a_query_parsed_once_and_bound_is_the_query_the_bound_text_parses_to() throws IOException {
        Node value = NodeFactory.createURI("http://example.org/id/council/E06000001");
        int checked = 0;
        for (Path p : rqFiles(Path.of("queries", "pages"))) {
            String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
            // the parameters the pages bind: ?x of a resource, ?c of a council, ?i of its latest inspection
            String var = name.equals("council-latest-inspection") ? "i" : name.startsWith("council-") && !name.equals("council-names") ? "c"
                    : name.startsWith("resource-") || name.equals("is-council") ? "x" : null;
            if (var != null) {
                ParameterizedSparqlString text = PageQueries.get(name);
                text.setParam(var, value);
                assertEquals(text.asQuery(), PageQueries.bound(name, var, value), name + " with ?" + var);
                checked++;
            }
            assertEquals(PageQueries.get(name).asQuery(), PageQueries.unbound(name), name);
        }
        assertTrue(checked >= 15, "only " + checked + " bound queries compared");
        // each binding is a copy: changing one leaves the next as the file says
        PageQueries.bound("resource-inverse", "x", value).setLimit(1);
        assertFalse(PageQueries.bound("resource-inverse", "x", value).hasLimit());
    }

    @Test
    void every_cg_term_a_query_uses_is_declared_in_the_ontology() throws IOException {
        Model ontology = ModelFactory.createDefaultModel();
        for (Path ttl : List.of(Path.of("ontology", "councilgraph.ttl"), Path.of("ontology", "schemes.ttl"))) RDFDataMgr.read(ontology, ttl.toString());
        Map<String, TreeSet<String>> unknown = new TreeMap<>();
        int seen = 0;
        for (Map.Entry<String, Query> q : allQueries().entrySet()) {
            for (String term : cgTerms(q.getValue())) {
                seen++;
                if (!ontology.contains(ontology.createResource(CG.NS + term), RDF.type)) unknown.computeIfAbsent(term, t -> new TreeSet<>()).add(q.getKey());
            }
        }
        assertTrue(seen > 50, "only " + seen + " uses of cg: terms found");
        assertTrue(unknown.isEmpty(), "cg: terms the ontology does not declare: " + unknown);
    }

    @Test
    void the_term_finder_sees_terms_in_paths_and_ignores_comments() {
        Query q = QueryFactory.create("""
                PREFIX cg: <https://w3id.org/councilgraph/def#>
                # cg:NotATerm in a comment
                SELECT ?x { ?x cg:evidence/cg:extractedBy ?r ; a cg:Inspection FILTER(CONTAINS(STR(?x), "#")) }""");
        List<String> terms = cgTerms(q);
        assertTrue(terms.containsAll(List.of("evidence", "extractedBy", "Inspection")), terms.toString());
        assertFalse(terms.contains("NotATerm"));
    }

    /** The local names of the {@code cg:} IRIs in {@code q}, read from its text written out with no prefixes. */
    static List<String> cgTerms(Query q) {
        Query copy = q.cloneQuery();
        copy.setPrefixMapping(PrefixMapping.Factory.create());
        Matcher m = CG_TERM.matcher(copy.serialize());
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
