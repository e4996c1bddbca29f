package org.councilgraph.model;

import java.util.List;

/**
 * An organisation named in a document, under its canonical name, with a national identifier
 * (a Wikidata item IRI, or a school URN) only where the lexicon or the text gives one.
 */
public record OrganisationMention(String name, String kind, String identifier, List<Evidence> evidence) implements Fact {
    public OrganisationMention { evidence = List.copyOf(evidence); }
}
