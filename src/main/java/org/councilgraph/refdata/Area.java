package org.councilgraph.refdata;

import java.util.List;
import java.util.Objects;

/**
 * A statistical area that tables report on: England ({@code country}), an English region
 * ({@code region}) or a council's area ({@code council}).
 */
public record Area(String gss, String name, List<String> aliases, String kind) {

    public static final String KIND_COUNTRY = "country";
    public static final String KIND_REGION = "region";
    public static final String KIND_COUNCIL = "council";

    public Area {
        Objects.requireNonNull(gss, "gss");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
