package org.councilgraph.model;

/** Units of measure for figures (scheme {@code unit}). */
public enum Unit implements Codes {
    COUNT, PERCENT;

    @Override public String notation() { return name().toLowerCase(); }
    @Override public String scheme() { return "unit"; }
}
