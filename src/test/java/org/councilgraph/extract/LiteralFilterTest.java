package org.councilgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LiteralFilterTest {
    private final LiteralFilter filter = LiteralFilter.ofEntries(List.of("focused visit", "Peer Review", "children's services inspection"));

    @Test
    void saysNoOnlyWhenNoEntryHasAllItsWords() {
        assertTrue(filter.mayMatch("Ofsted made a FOCUSED VISIT in May."));
        assertTrue(filter.mayMatch("The peer review was positive."));
        assertTrue(filter.mayMatch("Services for children: the inspection found …")); // the words, not the phrase: a maybe
        assertFalse(filter.mayMatch("The review of the budget was noted."));   // "peer" is missing
        assertFalse(filter.mayMatch("Visits to schools went ahead."));         // "focused" is missing
    }

    @Test
    void foldsCaseAsUnicodeCaseInsensitiveMatchingDoes() {
        assertEquals("ſ".toLowerCase(), "ſ"); // the long s: its lower case is itself …
        assertEquals("s", LiteralFilter.fold("ſ")); // … but the regex matches it to "s", and so does the fold
        assertTrue(new LiteralFilter().add(List.of("visit")).mayMatch("VIſIT"));
        assertEquals("inspection", LiteralFilter.fold("INSPECTION"));
    }

    @Test
    void anEmptyFilterMatchesNothingAndAnEmptyEntryEverything() {
        assertFalse(new LiteralFilter().mayMatch("anything"));
        assertTrue(new LiteralFilter().add(List.of("")).mayMatch("anything"));
    }
}
