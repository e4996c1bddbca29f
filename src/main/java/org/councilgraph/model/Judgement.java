package org.councilgraph.model;

import java.util.List;

/**
 * A graded judgement of one area of an inspection; {@code aspectText} is the area as written where its words say
 * more than the area's label ("the experiences and progress of children in care and care leavers"), else null.
 */
public record Judgement(Inspection inspection, JudgementArea area, String aspectText, Grade grade,
                        List<Evidence> evidence) implements Fact {
    public Judgement { evidence = List.copyOf(evidence); }
}
