package org.councilgraph.web;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ContentNegotiationTest {
    private static Optional<Representation> accept(String header) { return ContentNegotiation.choose(header, null, null); }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // Chrome 131 / Edge, navigation
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
            // Firefox 133
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            // Safari 18
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            // Firefox up to 65
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8",
            // Internet Explorer 11
            "text/html, application/xhtml+xml, image/jxr, */*",
            // old IE: no text/html at all, only */*
            "image/jpeg, application/x-ms-application, image/gif, application/xaml+xml, image/pjpeg, application/x-ms-xbap, */*",
            // curl, wget
            "*/*"})
    void browsers_and_command_line_tools_get_HTML(String header) {
        assertEquals(Optional.of(Representation.HTML), accept(header));
    }

    @Test
    void no_Accept_header_gets_HTML() {
        assertEquals(Optional.of(Representation.HTML), accept(null));
        assertEquals(Optional.of(Representation.HTML), accept(""));
    }

    @Test
    void RDF_clients_get_the_syntax_they_ask_for() {
        assertEquals(Optional.of(Representation.TURTLE), accept("text/turtle"));
        assertEquals(Optional.of(Representation.JSONLD), accept("application/ld+json"));
        assertEquals(Optional.of(Representation.NTRIPLES), accept("application/n-triples"));
        assertEquals(Optional.of(Representation.RDFXML), accept("application/rdf+xml"));
    }

    @Test
    void q_values_rank_the_offers() {
        // rdflib's default
        assertEquals(Optional.of(Representation.TURTLE), accept("application/rdf+xml;q=0.9, text/turtle, */*;q=0.1"));
        // Jena's RDFParser over HTTP
        assertEquals(Optional.of(Representation.TURTLE),
                accept("text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5"));
        assertEquals(Optional.of(Representation.JSONLD), accept("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(Representation.RDFXML), accept("text/html;q=0.1, application/rdf+xml"));
    }

    @Test
    void a_media_type_refused_with_q_0_is_not_chosen() {
        assertEquals(Optional.of(Representation.TURTLE), accept("text/html;q=0, text/turtle;q=0.2"));
    }

    @Test
    void nothing_acceptable_is_empty_so_the_server_can_answer_406() {
        assertEquals(Optional.empty(), accept("image/png"));
        assertEquals(Optional.empty(), accept("garbage"));
    }

    @Test
    void an_extension_beats_Accept_and_a_format_parameter_beats_both() {
        assertEquals(Optional.of(Representation.TURTLE), ContentNegotiation.choose("text/html", "ttl", null));
        assertEquals(Optional.of(Representation.NTRIPLES), ContentNegotiation.choose("text/html", "ttl", "nt"));
        assertEquals(Optional.of(Representation.JSONLD), ContentNegotiation.choose(null, null, "json-ld"));
        assertEquals(Optional.empty(), ContentNegotiation.choose("text/html", null, "pdf"));
    }
    /** What Comunica 3 sends when it dereferences a URL: RDF first, HTML at q=0.2. */
    static final String COMUNICA_ACCEPT = "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
            + "application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,application/xml;q=0.3,"
            + "image/svg+xml;q=0.3,text/xml;q=0.3,text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135,"
            + "text/shaclc;q=0.1,text/shaclc-ext;q=0.05";

    @Test
    void an_RDF_preferring_client_that_also_lists_HTML_gets_RDF() {
        assertEquals(Optional.of(Representation.NQUADS), accept(COMUNICA_ACCEPT));
        // the most specific range decides: text/html is 0.2 here although */* says 0.8
        assertEquals(Optional.of(Representation.TURTLE), accept("text/html;q=0.2, */*;q=0.8"));
        assertEquals(0.2, ContentNegotiation.quality("text/html;q=0.2, */*;q=0.8", Representation.HTML), 1e-9);
    }

    @Test
    void N3_TriG_and_N_Quads_clients_get_data_not_406() {
        assertEquals(Optional.of(Representation.N3), accept("text/n3"));
        assertEquals(Optional.of(Representation.TRIG), accept("application/trig"));
        assertEquals(Optional.of(Representation.NQUADS), accept("application/n-quads"));
    }

    @Test
    void application_wildcard_never_gets_HTML() {
        assertEquals(Optional.of(Representation.JSONLD), accept("application/*"));
        assertEquals(Optional.of(Representation.TURTLE), accept("text/*;q=0.9, text/html;q=0"));
    }

    @Test
    void an_extension_or_format_outside_the_offers_is_refused() {
        java.util.List<Representation> rdfOnly = Representation.rdf();
        assertEquals(Optional.empty(), ContentNegotiation.choose(null, null, "html", rdfOnly));
        assertEquals(Optional.of(Representation.TURTLE), ContentNegotiation.choose("*/*", null, null, rdfOnly));
        assertEquals(Optional.of(Representation.JSONLD), ContentNegotiation.choose(null, "json", null));
    }
}
