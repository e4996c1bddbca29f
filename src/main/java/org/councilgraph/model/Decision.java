package org.councilgraph.model;

import java.util.List;

/** A decision as recorded: its wording (without the "RESOLVED that" lead-in) and how it was put. */
public record Decision(String text, DecisionType type, List<Evidence> evidence) implements Fact {
    public Decision { evidence = List.copyOf(evidence); }
}
