package org.councilgraph.model;

import java.util.List;

/** A strategic priority or planned action, with a theme notation and an optional due date. */
public record Priority(String text, String theme, PartialDate due, List<Evidence> evidence) implements Fact {
    public Priority { evidence = List.copyOf(evidence); }
}
