package org.councilgraph.model;

import java.util.List;

/** An area for improvement, recommendation or area of focus an inspection identified. */
public record ImprovementArea(Inspection inspection, String text, List<Evidence> evidence) implements Fact {
    public ImprovementArea { evidence = List.copyOf(evidence); }
}
