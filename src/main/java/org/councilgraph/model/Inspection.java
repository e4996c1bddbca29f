package org.councilgraph.model;

import java.util.List;

/**
 * An inspection or review of children's services. Dates are as precise as the text; {@code published}
 * is a report's publication date ("the July 2024 Ofsted inspection"), kept apart from the visit.
 */
public record Inspection(InspectionType type, PartialDate start, PartialDate end, PartialDate published,
                         Grade overallGrade, InspectionStatus status, List<Evidence> evidence) implements Fact {
    public Inspection { evidence = List.copyOf(evidence); }

    public Inspection withEvidence(List<Evidence> more) {
        return new Inspection(type, start, end, published, overallGrade, status, more);
    }
}
