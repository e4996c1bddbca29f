package org.councilgraph.refdata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An English upper-tier council with children's-services responsibility, as one row of the
 * project's table {@code councils.csv}. A council whose ONS code changed (e.g. Barnsley, 2025)
 * has one row per code; the older row has an end date and {@link #replacedBy()}.
 *
 * @param gss        ONS GSS code (E06, E08, E09, E10)
 * @param name       official name, e.g. "Stockton-on-Tees Borough Council"
 * @param shortName  common name, e.g. "Stockton-on-Tees"
 * @param aliases    further names used in documents (never shared by two councils current at the same time)
 * @param dfeCode    DfE three-digit local-authority code
 * @param regionGss  ONS region code (E12...)
 * @param regionName ONS region name
 * @param ofstedUrn  Ofsted local-authority URN, or null
 * @param wikidata   Wikidata Q-id of the council (the organisation), or null when no source gives it
 * @param odcUri     opendatacommunities.org organisation URI, or null
 * @param startDate  first day this row (code) is valid, or null when not known / before 2009
 * @param endDate    last day this row (code) is valid, or null when current
 * @param replacedBy GSS code(s) of the successor(s), {@code |}-separated, or null
 */
public record Council(String gss, String name, String shortName, List<String> aliases, String dfeCode,
                      String regionGss, String regionName, String ofstedUrn, String wikidata, String odcUri,
                      LocalDate startDate, LocalDate endDate, String replacedBy) {

    /** Accepted in place of a bare code when looking councils up; IRIs are minted by {@code rdf.Iris}. */
    public static final String ONS_PREFIX = "http://statistics.data.gov.uk/id/statistical-geography/";

    public Council {
        Objects.requireNonNull(gss, "gss");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ofstedUrn = blankToNull(ofstedUrn);
        wikidata = blankToNull(wikidata);
        odcUri = blankToNull(odcUri);
        replacedBy = blankToNull(replacedBy);
    }

    /** Whether this row is valid today. */
    public boolean isCurrent() {
        return isCurrentOn(LocalDate.now());
    }

    /** Whether this row is valid on the given day (start and end dates inclusive). */
    public boolean isCurrentOn(LocalDate day) {
        return (startDate == null || !day.isBefore(startDate)) && (endDate == null || !day.isAfter(endDate));
    }

    /** Whether the validity periods of the two rows share at least one day. */
    public boolean overlaps(Council other) {
        LocalDate s1 = startDate == null ? LocalDate.MIN : startDate;
        LocalDate e1 = endDate == null ? LocalDate.MAX : endDate;
        LocalDate s2 = other.startDate == null ? LocalDate.MIN : other.startDate;
        LocalDate e2 = other.endDate == null ? LocalDate.MAX : other.endDate;
        return !s1.isAfter(e2) && !s2.isAfter(e1);
    }

    /** Successor GSS codes, empty when none. */
    public List<String> replacedByCodes() {
        return replacedBy == null ? List.of() : Arrays.stream(replacedBy.split("\\|")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The name, short name and aliases: every name this council is known by. */
    public List<String> allNames() {
        var all = new java.util.ArrayList<String>();
        all.add(name);
        all.add(shortName);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** This council seen as an area (kind {@code council}), named by its short name. */
    public Area asArea() {
        var names = new java.util.ArrayList<String>();
        names.add(name);
        names.addAll(aliases);
        return new Area(gss, shortName, names, Area.KIND_COUNCIL);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
