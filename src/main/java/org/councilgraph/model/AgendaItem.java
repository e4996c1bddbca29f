package org.councilgraph.model;

import java.util.List;

/** An item of business at a meeting: its number as printed and its title, either of which may be unknown (null), not both. */
public record AgendaItem(String number, String title, List<Evidence> evidence) implements Fact {
    public AgendaItem {
        if (number == null && title == null) throw new IllegalArgumentException("an agenda item needs a number or a title");
        evidence = List.copyOf(evidence);
    }
}
