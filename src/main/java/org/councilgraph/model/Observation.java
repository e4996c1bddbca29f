package org.councilgraph.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure: the value of an indicator for an area (a GSS code) and period, in a unit, optionally for a
 * breakdown (school phase, grade). {@code qualifier} keeps words like "above" or "approximately".
 * {@code label} is null when {@code indicator} is a notation of the indicator code list; otherwise the
 * figure's measure is not in the code list and {@code label} is the paper's own name for it ("Agency social
 * workers"), from which the RDF mapper mints a concept of its own scheme.
 */
public record Observation(String indicator, String areaCode, PartialDate period, String breakdown,
                          BigDecimal value, Unit unit, String qualifier, List<Evidence> evidence, String label) implements Fact {
    public Observation { evidence = List.copyOf(evidence); }

    /** A figure of a code-list indicator. */
    public Observation(String indicator, String areaCode, PartialDate period, String breakdown,
                       BigDecimal value, Unit unit, String qualifier, List<Evidence> evidence) {
        this(indicator, areaCode, period, breakdown, value, unit, qualifier, evidence, null);
    }

    /** A figure of a measure outside the code list, named by the paper's own label. */
    public static Observation reported(String label, String areaCode, PartialDate period, String breakdown,
                                       BigDecimal value, Unit unit, String qualifier, List<Evidence> evidence) {
        return new Observation(null, areaCode, period, breakdown, value, unit, qualifier, evidence, label);
    }

    /** Whether the indicator is minted from the paper's label rather than taken from the code list. */
    public boolean reported() { return label != null; }
}
