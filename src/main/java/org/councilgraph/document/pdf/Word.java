package org.councilgraph.document.pdf;

/** A word of a PDF line and its horizontal extent in points. */
public record Word(String text, double x0, double x1) {}
