package org.councilgraph.model;

import java.util.List;

/** An item of business at a meeting: its number as printed (may be null) and its title. */
public record AgendaItem(String number, String title, List<Evidence> evidence) implements Fact {
    public AgendaItem { evidence = List.copyOf(evidence); }
}
