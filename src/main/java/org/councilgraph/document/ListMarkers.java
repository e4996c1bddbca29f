package org.councilgraph.document;

/**
 * The bullet characters a paper's list items start with, for every reader and rule that recognises a
 * list item: the common ones (•, ·, ▪, ◦, ●, ■, □, ➢, ►) and what Word's Symbol and Wingdings bullets
 * become in a text export (Ø, §, and the private-use U+F0B7, U+F0A7, U+F0D8). Dashes, "o" and
 * enumerators ("a.", "ii.", "3)") are left to each pattern, which knows when they mark an item.
 */
public final class ListMarkers {
    /** The bullets, ready to go inside a regular expression's character class. */
    public static final String BULLETS = "•·▪◦●■□➢►Ø§\uF0B7\uF0A7\uF0D8";

    private ListMarkers() {}
}
