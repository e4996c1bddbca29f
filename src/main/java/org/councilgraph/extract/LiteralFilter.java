package org.councilgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cheap test that a text cannot hold a match of a case-insensitive alternation of lexicon entries:
 * each entry is a series of literal pieces (the words of a phrase) that every match of it holds
 * verbatim, case aside. When no entry has all its pieces in the text, the pattern need not run at all.
 * Case is folded as {@code java.util.regex} folds it under {@code (?iu)} (lower case of upper case), so
 * the test never says no where the pattern could match; for patterns that fold ASCII only it is looser
 * still.
 */
final class LiteralFilter {
    /** Each distinct piece once, so that a piece shared by many entries is looked for once per text. */
    private final Map<String, Integer> pieceIndex = new LinkedHashMap<>();
    private final List<int[]> entries = new ArrayList<>();
    private String[] pieces = new String[0];

    /** An entry whose every match holds each of {@code pieces}; empty pieces are ignored. */
    LiteralFilter add(List<String> entryPieces) {
        entries.add(entryPieces.stream().filter(p -> !p.isEmpty()).map(LiteralFilter::fold)
                .mapToInt(p -> pieceIndex.computeIfAbsent(p, k -> pieceIndex.size())).toArray());
        pieces = pieceIndex.keySet().toArray(String[]::new);
        return this;
    }

    /**
     * A filter for an alternation of lexicon entries quoted by {@link Lexicon#quoteFlexibly}: the pieces of an
     * entry are its words between spaces and apostrophes, which the pattern quotes verbatim.
     */
    static LiteralFilter ofEntries(java.util.Collection<String> entries) {
        LiteralFilter f = new LiteralFilter();
        for (String e : entries) f.add(List.of(e.split("[ '’]")));
        return f;
    }

    /** False only when no entry has all its pieces in {@code text}: then the pattern cannot match it. */
    boolean mayMatch(String text) { return mayMatchFolded(fold(text)); }

    /** The same for a text already {@link #fold folded}. */
    boolean mayMatchFolded(String folded) {
        byte[] found = new byte[pieces.length]; // 0 not yet looked for, 1 present, 2 absent
        for (int[] entry : entries) {
            boolean all = true;
            for (int p : entry) {
                if (found[p] == 0) found[p] = folded.contains(pieces[p]) ? (byte) 1 : (byte) 2;
                if (found[p] == 2) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }

    /** Each character as case-insensitive Unicode matching compares it: the lower case of its upper case. */
    static String fold(String s) {
        char[] cs = new char[s.length()];
        for (int i = 0; i < cs.length; i++) {
            char c = s.charAt(i);
            if (c < 128) cs[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; // the same, faster
            else cs[i] = Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(cs);
    }
}
