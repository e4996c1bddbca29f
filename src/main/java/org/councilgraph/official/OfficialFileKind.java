package org.councilgraph.official;

import java.util.List;

/** The kinds of official file the importer reads, told apart by their columns. */
public enum OfficialFileKind {
    /** A DfE Explore Education Statistics tidy CSV: time_period, geographic_level, area codes, filters, indicators. */
    EES_TIDY,
    /** Ofsted's inspection outcomes of local authority children's services: one row per inspection with its grades. */
    OFSTED_OUTCOMES;

    /** The kind a header says, or null. */
    public static OfficialFileKind of(List<String> header) {
        List<String> h = header.stream().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (h.contains("inspection_start_date") || h.contains("overall_effectiveness_grade") || h.contains("overall_effectiveness")) return OFSTED_OUTCOMES;
        if (h.contains("time_period") || h.contains("geographic_level")) return EES_TIDY;
        return null;
    }
}
