package org.councilgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Small text helpers shared by the rules. */
public final class Texts {
    private Texts() {}

    /** Runs of white space, to split a text into words ({@code WHITESPACE.split(s)} is {@code s.split("\\s+")}). */
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The rules' constant regular expressions, compiled once: {@code String.matches}, {@code replaceAll}
     * and {@code replaceFirst} compile theirs on every call, and the rules call them for every sentence.
     * Only for expressions written in the code (the cache never sees text from a document).
     */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private static Pattern compiled(String regex) { return COMPILED.computeIfAbsent(regex, Pattern::compile); }

    /** {@code s.matches(regex)} for a constant {@code regex}. */
    public static boolean fullMatch(String s, String regex) { return compiled(regex).matcher(s).matches(); }

    /** {@code s.replaceAll(regex, replacement)} for a constant {@code regex}. */
    public static String replacingAll(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code s.replaceFirst(regex, replacement)} for a constant {@code regex}. */
    public static String replacingFirst(String s, String regex, String replacement) {
        return compiled(regex).matcher(s).replaceFirst(replacement);
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

    /** Whether {@code text} holds nothing but white space from {@code from} on; no copy of the rest is made. */
    public static boolean blankFrom(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** True when {@code s} has letters and none of them lower case ("NICK BARDSLEY"). */
    public static boolean isAllCaps(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters = true;
        }
        return letters;
    }

    /**
     * Title case of an all-caps phrase, keeping its length so offsets still line up:
     * "PORTFOLIO HOLDER FOR CHILDREN'S SERVICES" becomes "Portfolio Holder for Children's Services".
     */
    public static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        boolean first = true;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '’')) j++;
            if (j == i) {
                sb.append(s.charAt(i++));
                continue;
            }
            String word = s.substring(i, j).toLowerCase(Locale.ROOT);
            if (!first && SMALL_WORDS.contains(word)) sb.append(word);
            else sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            first = false;
            i = j;
        }
        return sb.toString();
    }

    /** Collapses runs of whitespace and trims; straightens nothing (quotes stay as written). */
    public static String squash(String s) {
        // as s.replaceAll("\\s+", " ").strip(), without a regular expression: \s is [ \t\n\x0B\f\r]
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) { if (sb != null) sb.append(c); continue; }
            int j = i + 1;
            while (j < n && isSpace(s.charAt(j))) j++;
            if (sb == null && (c != ' ' || j > i + 1)) sb = new StringBuilder(n).append(s, 0, i);
            if (sb != null) sb.append(' ');
            i = j - 1;
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static final java.util.regex.Pattern TRAILING_STOPS = java.util.regex.Pattern.compile("[\\s.;,:]+$");
    private static final java.util.regex.Pattern NOT_KEY_CHARS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}' ]");

    /** Drops a trailing full stop, semicolon or comma and surrounding space. */
    public static String trimEnd(String s) {
        return TRAILING_STOPS.matcher(s.strip()).replaceAll("");
    }

    /** A key for comparing names and phrases: lower case, curly quotes straightened, spaces squashed. */
    public static String key(String s) {
        return squash(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
                .transform(t -> NOT_KEY_CHARS.matcher(t).replaceAll(" ")));
    }
}
