package org.councilgraph.model;

import java.util.List;

/** A member's question, the answer given and who gave it (a post or a name), any of them may be null but the question. */
public record Question(String text, String answer, String answeredBy, List<Evidence> evidence) implements Fact {
    public Question { evidence = List.copyOf(evidence); }
}
