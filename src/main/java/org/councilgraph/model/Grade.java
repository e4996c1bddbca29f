package org.councilgraph.model;

/** Ofsted's judgement grades, with ADEQUATE from the frameworks before 2013 (scheme {@code grade}). */
public enum Grade implements Codes {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, ADEQUATE, INADEQUATE;

    @Override public String notation() { return name().replace('_', '-'); }
    @Override public String scheme() { return "grade"; }
}
