package org.councilgraph.model;

/** Whether an inspection has happened or is expected (scheme {@code inspection-status}). */
public enum InspectionStatus implements Codes {
    COMPLETED, PLANNED;

    @Override public String notation() { return name().toLowerCase(); }
    @Override public String scheme() { return "inspection-status"; }
}
