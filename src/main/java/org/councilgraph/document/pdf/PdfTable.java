package org.councilgraph.document.pdf;

import java.util.List;

/** A table found on a page: its rows of cells, a cell's lines joined, and the baselines it spans. */
public record PdfTable(List<List<String>> rows, double top, double bottom) {}
