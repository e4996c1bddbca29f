package org.councilgraph.web;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LinkedDataUrlsTest {
    private final LinkedDataUrls urls = new LinkedDataUrls("https://data.example.org/cg/");

    @Test
    void a_thing_is_paged_under_doc_behind_the_public_base() {
        String iri = "https://data.example.org/cg/id/council/E06000004";
        assertEquals("https://data.example.org/cg/doc/council/E06000004", urls.page(iri));
        assertEquals("https://data.example.org/cg/doc/council/E06000004.ttl", urls.data(iri, Representation.TURTLE));
        assertEquals(Optional.of(iri), urls.thingForPath("council/E06000004"));
    }

    @Test
    void code_list_concepts_are_paged_under_def_and_ontology_terms_by_uri() {
        assertEquals("https://data.example.org/cg/def/grade/GOOD", urls.page("https://w3id.org/councilgraph/def/grade/GOOD"));
        assertEquals(Optional.of("https://w3id.org/councilgraph/def/grade/GOOD"), urls.vocabularyForPath("grade/GOOD"));
        assertEquals("https://data.example.org/cg/def", urls.page("https://w3id.org/councilgraph/def"));
        assertEquals("https://data.example.org/cg/doc?uri=https%3A%2F%2Fw3id.org%2Fcouncilgraph%2Fdef%23Council",
                urls.page("https://w3id.org/councilgraph/def#Council"));
        assertTrue(urls.data("https://w3id.org/councilgraph/def#Council", Representation.NTRIPLES).endsWith("&format=nt"));
    }

    @Test
    void hash_IRIs_and_other_sites_IRIs_are_paged_by_uri() {
        assertTrue(urls.page("https://data.example.org/cg/id/document/x/evidence/1-2#quote").startsWith("https://data.example.org/cg/doc?uri="));
        assertTrue(urls.page("http://statistics.data.gov.uk/id/statistical-geography/E06000004").startsWith("https://data.example.org/cg/doc?uri="));
    }

    @Test
    void paths_with_dot_segments_escapes_or_empty_segments_map_to_nothing() {
        for (String bad : new String[]{"../etc/passwd", "council/../x", "council//x", "council/%2e%2e", "council/<script>", "", "council/x y"}) {
            assertEquals(Optional.empty(), urls.thingForPath(bad), bad);
        }
    }
}
