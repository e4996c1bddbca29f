package org.councilgraph.refdata;

/**
 * A council name found in running text: {@code text.substring(start, end)} is the matched {@code text}.
 */
public record NameMatch(Council council, int start, int end, String text) {
}
