package org.councilgraph.model;

/**
 * Units of measure for figures (scheme {@code unit}): a count, a percentage, a rate per 10,000 children
 * (the DfE's convention for children in need, on a plan or in care) and a number of days.
 */
public enum Unit implements Codes {
    COUNT, PERCENT, RATE, DAYS;

    @Override public String notation() { return name().toLowerCase(); }
    @Override public String scheme() { return "unit"; }
}
