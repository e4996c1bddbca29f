package org.councilgraph.model;

import java.time.LocalDate;
import java.util.List;

/** The meeting a document records or reports to; committee or date may be unknown. */
public record Meeting(String committee, LocalDate date, List<Evidence> evidence) implements Fact {
    public Meeting { evidence = List.copyOf(evidence); }
}
