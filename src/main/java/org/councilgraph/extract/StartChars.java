package org.councilgraph.extract;

import java.util.BitSet;
import java.util.Collection;
import java.util.regex.Matcher;

/**
 * The characters a case-sensitive alternation of lexicon entries can start with, so that its pattern is
 * tried only at those positions instead of at every one. {@link #find} gives the same match as
 * {@link Matcher#find(int)} for a pattern none of whose matches starts with another character.
 */
final class StartChars {
    private final BitSet chars = new BitSet();

    /** The first characters of {@code entries}, as {@link Lexicon#quoteFlexibly} quotes them. */
    static StartChars of(Collection<String> entries) {
        StartChars s = new StartChars();
        for (String e : entries) {
            if (e.isEmpty()) throw new IllegalArgumentException("an empty entry can start anywhere");
            char c = e.charAt(0);
            if (c == '\'' || c == '’') { s.chars.set('\''); s.chars.set('’'); }
            else if (Character.isWhitespace(c)) throw new IllegalArgumentException("an entry starting with a space: '" + e + "'");
            else s.chars.set(c);
        }
        return s;
    }

    /** The capital letters of ASCII: for a pattern whose matches start with {@code [A-Z]}. */
    static StartChars capitals() {
        StartChars s = new StartChars();
        s.chars.set('A', 'Z' + 1);
        return s;
    }

    boolean starts(char c) { return chars.get(c); }

    /**
     * The first match of {@code m} in {@code text} starting at or after {@code from} at one of the characters;
     * lookbehinds and word boundaries still see the text before it. The matcher's region is left set.
     */
    boolean find(Matcher m, CharSequence text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = Math.max(0, from); i < n; i++) {
            if (!chars.get(text.charAt(i))) continue;
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }
}
