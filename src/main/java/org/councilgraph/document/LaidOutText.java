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

    private enum Last { NONE, BLOCK, ITEM }

    private final StringBuilder out = new StringBuilder();
    private Last last = Last.NONE;

    /** A paragraph or heading; blank text is ignored. */
    public LaidOutText paragraph(String text) {
        String s = squash(text);
        if (s.isEmpty()) return this;
        separate(false);
        out.append(s);
        last = Last.BLOCK;
        return this;
    }

    /** A list item: written as "• text" unless it already starts with a marker of its own. */
    public LaidOutText listItem(String text) { return listItem(BULLET, text); }

    /** A list item with the given marker ("• ", "1. ", "(a) "). */
    public LaidOutText listItem(String marker, String text) {
        String s = squash(text);
        if (s.isEmpty()) return this;
        separate(true);
        out.append(marker).append(s);
        last = Last.ITEM;
        return this;
    }

    /** A table row: cells in order, tab-separated, on one line; empty trailing cells dropped. */
    public LaidOutText row(List<String> cells) {
        List<String> cs = cells.stream().map(LaidOutText::squash).collect(Collectors.toList());
        while (!cs.isEmpty() && cs.get(cs.size() - 1).isEmpty()) cs.remove(cs.size() - 1);
        if (cs.stream().allMatch(String::isEmpty)) return this;
        if (cs.size() == 1) return paragraph(cs.get(0));
        separate(false);
        out.append(String.join("\t", cs));
        last = Last.BLOCK;
        return this;
    }

    /** Text whose line breaks are kept (a PDF paragraph); each line's spaces are squashed. */
    public LaidOutText lines(List<String> lines) {
        List<String> ls = lines.stream().map(LaidOutText::squash).filter(l -> !l.isEmpty()).toList();
        if (ls.isEmpty()) return this;
        separate(false);
        out.append(String.join("\n", ls));
        last = Last.BLOCK;
        return this;
    }

    public boolean isEmpty() { return out.length() == 0; }

    /** The text, ending with one newline. */
    public String build() { return out.length() == 0 ? "" : out + "\n"; }

    private void separate(boolean item) {
        if (last == Last.NONE) return;
        out.append(item && last == Last.ITEM ? "\n" : "\n\n");
    }

    /** Spaces of every kind to one space; soft hyphens and zero-width characters removed. */
    public static String squash(String s) {
        if (s == null) return "";
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
