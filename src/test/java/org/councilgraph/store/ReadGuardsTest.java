package org.councilgraph.store;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What ARQ's own optimiser makes of a capped, sorted query under the guards. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadGuardsTest {
    private static final long CAP = 10_000;

    private static String plan(String sparql) {
        ReadGuards.topNUpTo(CAP);
        Query query = QueryFactory.create(sparql);
        query.setLimit(CAP);
        Context context = ARQ.getContext().copy();
        ReadGuards.apply(context);
        ReadGuards.planSort(query, context);
        Op op = Algebra.optimize(Algebra.compile(query), context);
        return op.toString();
    }

    @Test
    void a_sorted_query_under_the_row_cap_keeps_only_the_top_rows() {
        assertTrue(plan("SELECT ?s ?o { ?s ?p ?o } ORDER BY ?o").contains("(top"));
    }

    @Test
    void a_sorted_distinct_query_is_sorted_in_full_not_as_a_top_n_that_searches_its_heap_per_row() {
        String distinct = plan("SELECT DISTINCT ?s ?o { ?s ?p ?o } ORDER BY ?o");
        assertFalse(distinct.contains("(top"), distinct);
        assertTrue(distinct.contains("(order") && distinct.contains("(distinct"), distinct);
        assertFalse(plan("SELECT REDUCED ?s { ?s ?p ?o } ORDER BY ?s").contains("(top"));
    }
}
