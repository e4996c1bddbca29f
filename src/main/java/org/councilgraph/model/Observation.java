package org.councilgraph.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure: the value of an indicator for an area (a GSS code) and period, in a unit, optionally for a
 * breakdown (school phase, grade). {@code qualifier} keeps words like "above" or "approximately".
 */
public record Observation(String indicator, String areaCode, PartialDate period, String breakdown,
                          BigDecimal value, Unit unit, String qualifier, List<Evidence> evidence) implements Fact {
    public Observation { evidence = List.copyOf(evidence); }
}
