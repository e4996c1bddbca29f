package org.councilgraph.document;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds text in the layout the extractors read: one block per paragraph or heading with a blank
 * line between, "• item" lines for list items (consecutive items on consecutive lines), one line
 * per table row with its cells in order separated by tabs. Whitespace inside a block is squashed,
 * so structured formats (DOCX, HTML) give one line per paragraph.
 */
public final class LaidOutText {
    public static final String BULLET = "• ";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private enum Last { NONE, BLOCK, ITEM, ROW }

    /** Spaces of indentation per list level, so that nested items keep their nesting. */
    static final String LEVEL_INDENT = "  ";

    private final StringBuilder out = new StringBuilder();
    private Last last = Last.NONE;

    /** A paragraph or heading; blank text is ignored. */
    public LaidOutText paragraph(String text) {
        String s = squash(text);
        if (s.isEmpty()) return this;
        separate(Last.BLOCK);
        out.append(s);
        last = Last.BLOCK;
        return this;
    }

    /** A list item: written as "• text" unless it already starts with a marker of its own. */
    public LaidOutText listItem(String text) { return listItem(BULLET, text); }

    /** A list item with the given marker ("• ", "1. ", "(a) "). */
    public LaidOutText listItem(String marker, String text) { return listItem(0, marker, text); }

    /** A list item nested {@code level} deep (0 = top), indented so the layout sees the nesting. */
    public LaidOutText listItem(int level, String marker, String text) {
        String s = squash(text);
        if (s.isEmpty()) return this;
        separate(Last.ITEM);
        out.append(LEVEL_INDENT.repeat(Math.max(0, level))).append(marker).append(s);
        last = Last.ITEM;
        return this;
    }

    /** A table row: cells in order, tab-separated, on one line; empty trailing cells dropped. */
    public LaidOutText row(List<String> cells) {
        List<String> cs = cells.stream().map(LaidOutText::squash).collect(Collectors.toList());
        while (!cs.isEmpty() && cs.get(cs.size() - 1).isEmpty()) cs.remove(cs.size() - 1);
        if (cs.stream().allMatch(String::isEmpty)) return this;
        if (cs.size() == 1) return paragraph(cs.get(0));
        separate(Last.ROW);
        out.append(String.join("\t", cs));
        last = Last.ROW;
        return this;
    }

    /**
     * Text whose line breaks are kept (a PDF paragraph); each line's spaces are squashed, but a line's
     * leading indentation and the tabs between table cells stay.
     */
    public LaidOutText lines(List<String> lines) {
        List<String> ls = lines.stream().map(LaidOutText::squashLine).filter(l -> !l.isBlank()).toList();
        if (ls.isEmpty()) return this;
        separate(Last.BLOCK);
        out.append(String.join("\n", ls));
        last = Last.BLOCK;
        return this;
    }

    public boolean isEmpty() { return out.length() == 0; }

    /** The text, ending with one newline. */
    public String build() { return out.length() == 0 ? "" : out + "\n"; }

    /** Items follow items and rows follow rows line under line; anything else is a new block. */
    private void separate(Last next) {
        if (last == Last.NONE) return;
        boolean sameRun = next == last && (next == Last.ITEM || next == Last.ROW);
        out.append(sameRun ? "\n" : "\n\n");
    }

    private static final Pattern LINE_SPACES = Pattern.compile("[ \\u00A0\\u2007\\u202F]+");

    /** One line: leading spaces kept, runs of spaces inside squashed, tabs (cell breaks) kept. */
    static String squashLine(String s) {
        if (s == null) return "";
        String t = INVISIBLE.matcher(s).replaceAll("").stripTrailing();
        int lead = 0;
        while (lead < t.length() && t.charAt(lead) == ' ') lead++;
        String body = LINE_SPACES.matcher(t.substring(lead)).replaceAll(" ").replaceAll(" ?\t ?", "\t");
        return " ".repeat(lead) + body;
    }

    /** Spaces of every kind to one space; soft hyphens and zero-width characters removed. */
    public static String squash(String s) {
        if (s == null) return "";
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
