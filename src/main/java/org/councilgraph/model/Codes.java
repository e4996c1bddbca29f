package org.councilgraph.model;

/** A value of one of the project's SKOS code lists, identified by its notation. */
public interface Codes {
    String notation();

    /** The SKOS concept scheme the code belongs to, as the last segment of its IRI. */
    String scheme();
}
