package org.councilgraph.model;

import java.util.List;

/** A finding read from a document; each carries the evidence it was read from. */
public sealed interface Fact permits Meeting, AgendaItem, Decision, PersonMention, Inspection, Judgement,
        ImprovementArea, Observation, Priority, Question, OrganisationMention {
    List<Evidence> evidence();
}
