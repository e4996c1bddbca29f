package org.councilgraph.refdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A non-metropolitan district (GSS {@code E07…}) and the county council whose area it lies in; papers of
 * the county report figures for it. {@code endDate} is set for districts since abolished.
 */
public record District(String gss, String name, List<String> aliases, String countyGss, String countyName,
                       String startDate, String endDate) {

    public District {
        Objects.requireNonNull(gss, "gss");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countyGss, "countyGss");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The name and every alias. */
    public List<String> allNames() {
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(aliases);
        return out;
    }
}
