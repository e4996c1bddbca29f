package org.councilgraph.model;

import java.util.List;

/** A graded judgement of one area of an inspection; {@code aspectText} is the area as written. */
public record Judgement(Inspection inspection, JudgementArea area, String aspectText, Grade grade,
                        List<Evidence> evidence) implements Fact {
    public Judgement { evidence = List.copyOf(evidence); }
}
