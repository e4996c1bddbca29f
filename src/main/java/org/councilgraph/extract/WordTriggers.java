package org.councilgraph.extract;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * A set of words made of ASCII letters, looked up as whole runs of letters: where in a text is the next
 * run of ASCII letters that is one of them, case aside. A rule whose regular expression can only match
 * at a word boundary followed by one of these words ("four", "forty" …) tries its pattern only there,
 * rather than at every position of the text.
 */
final class WordTriggers {
    private final Set<String> words;
    private final int longest;
    /** The words' first letters (lower case) and lengths, to pass over most runs without building a string. */
    private final boolean[] firstLetters = new boolean[26];
    private final boolean[] lengths;

    WordTriggers(Collection<String> words) {
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(WordTriggers::isAsciiLetter)) {
                throw new IllegalArgumentException("not a word of ASCII letters: '" + w + "'");
            }
        }
        this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.longest = this.words.stream().mapToInt(String::length).max().orElse(0);
        this.lengths = new boolean[longest + 1];
        for (String w : this.words) { firstLetters[w.charAt(0) - 'a'] = true; lengths[w.length()] = true; }
    }

    /**
     * The start of the first run of ASCII letters at or after {@code from} (a run starts where the character
     * before is no ASCII letter) that is one of the words, ignoring ASCII case; -1 when there is none.
     */
    int next(CharSequence text, int from) {
        int n = text.length();
        int i = Math.max(0, from);
        if (i > 0 && isAsciiLetter(text.charAt(i - 1))) { // inside a run that started before from: skip it
            while (i < n && isAsciiLetter(text.charAt(i))) i++;
        }
        while (i < n) {
            if (!isAsciiLetter(text.charAt(i))) { i++; continue; }
            int start = i;
            while (i < n && isAsciiLetter(text.charAt(i))) i++;
            if (isWord(text, start, i)) return start;
        }
        return -1;
    }

    /** Whether a run of ASCII letters that is one of the words starts at {@code at}. */
    boolean startsAt(CharSequence text, int at) {
        if (at < 0 || at >= text.length() || !isAsciiLetter(text.charAt(at)) || at > 0 && isAsciiLetter(text.charAt(at - 1))) return false;
        int end = at;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) end++;
        return isWord(text, at, end);
    }

    /** Whether {@code text[start,end)}, a run of ASCII letters, is one of the words. */
    private boolean isWord(CharSequence text, int start, int end) {
        int len = end - start;
        if (len > longest || !lengths[len] || !firstLetters[lower(text.charAt(start)) - 'a']) return false;
        char[] buf = new char[len];
        for (int k = 0; k < len; k++) buf[k] = lower(text.charAt(start + k));
        return words.contains(new String(buf));
    }

    /**
     * The first match of {@code m} in {@code text} at or after {@code from}, for a pattern whose every match
     * starts where one of the words starts (so {@link Matcher#find(int)} would find the same): the pattern is
     * tried only there, with lookbehinds and word boundaries seeing the text before. The region is left set.
     */
    boolean find(Matcher m, CharSequence text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = next(text, from); at >= 0; at = next(text, at + 1)) {
            if (m.region(at, text.length()).lookingAt()) return true;
        }
        return false;
    }

    static boolean isAsciiLetter(int c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

    private static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; }
}
