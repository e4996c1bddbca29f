package org.councilgraph.model;

/**
 * Kinds of inspection and review of a council's children's services (scheme {@code inspection-type});
 * SIF is Ofsted's single inspection framework (2013–2018), the graded inspection before ILACS.
 */
public enum InspectionType implements Codes {
    ILACS, JTAI, FOCUSED_VISIT, MONITORING_VISIT, AREA_SEND, PEER_REVIEW, SIF, OTHER;

    @Override public String notation() { return name().replace('_', '-'); }
    @Override public String scheme() { return "inspection-type"; }
}
