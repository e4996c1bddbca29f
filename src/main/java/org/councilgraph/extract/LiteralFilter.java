package org.councilgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final List<String[]> entries = new ArrayList<>();

    /** An entry whose every match holds each of {@code pieces}; empty pieces are ignored. */
    LiteralFilter add(List<String> pieces) {
        entries.add(pieces.stream().filter(p -> !p.isEmpty()).map(LiteralFilter::fold).toArray(String[]::new));
        return this;
    }

    /** False only when no entry has all its pieces in {@code text}: then the pattern cannot match it. */
    boolean mayMatch(String text) {
        String folded = fold(text);
        Map<String, Boolean> seen = new HashMap<>();
        for (String[] pieces : entries) {
            boolean all = true;
            for (String p : pieces) {
                if (!seen.computeIfAbsent(p, k -> folded.contains(k))) { all = false; break; }
            }
            if (all) return true;
        }
        return false;
    }

    /** Each character as case-insensitive Unicode matching compares it: the lower case of its upper case. */
    static String fold(String s) {
        char[] cs = new char[s.length()];
        for (int i = 0; i < cs.length; i++) cs[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        return new String(cs);
    }
}
