package org.councilgraph.model;

/** How a decision was recorded (scheme {@code decision-type}). */
public enum DecisionType implements Codes {
    /** "RESOLVED that …" */
    RESOLVED,
    /** "AGREED that …" */
    AGREED,
    /** "The Cabinet noted …", "the report was noted" */
    NOTED,
    /** "RECOMMENDED to Council that …" */
    RECOMMENDED;

    @Override public String notation() { return name().toLowerCase(); }
    @Override public String scheme() { return "decision-type"; }
}
