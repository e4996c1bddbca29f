package org.councilgraph.model;

import java.util.List;

/** A named person, a post, or a person holding a post; at least one of name and post is known. */
public record PersonMention(String name, String post, List<Evidence> evidence) implements Fact {
    public PersonMention {
        if (name == null && post == null) throw new IllegalArgumentException("person without name or post");
        evidence = List.copyOf(evidence);
    }
}
