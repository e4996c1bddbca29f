package org.councilgraph.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Layout rules for text that comes in pages of lines (PDF): running lines, page numbers, hyphenation. */
final class PageLines {
    /** A line of a page and the baseline of its first glyph (points from the top). */
    record Line(String text, double y, double size, double x) {
        Line(String text, double y) { this(text, y, 0, 0); }
    }

    /** Lines at the top or bottom of a page that may be running headers and footers. */
    private static final int EDGE = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s+)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:of|/)\\s*\\d{1,4})?$");
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{Ll}[\\p{L}’']*)([\\p{P}]*)(?:\\s+|$)");
    /** Prefixes that make real compounds: "multi-agency", "non-statutory", "co-ordinate"… */
    private static final Set<String> COMPOUND_PREFIXES = Set.of("multi", "non", "cross", "self", "well", "anti", "semi", "full",
            "long", "short", "high", "low", "year", "one", "two", "three", "four", "five", "six", "ten", "first",
            "second", "third", "front", "foster", "half", "wide", "child", "family", "school", "council", "health");

    private PageLines() {}

    /**
     * Removes running headers and footers (a top or bottom line that, digits aside, repeats on more
     * than half the pages) and bare page numbers from the edges of pages. Returns how many went.
     */
    static int dropRunningLines(List<List<Line>> pages) {
        return dropRunningLines(pages, Line::text);
    }

    /** The same for lines of any kind, given how to read a line's text. */
    static <L> int dropRunningLines(List<List<L>> pages, java.util.function.Function<L, String> text) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<L> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : edgeIndexes(page)) keys.add(key(text.apply(page.get(i))));
            keys.forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(2, pages.size() / 2 + 1);
        int dropped = 0;
        for (List<L> page : pages) {
            Set<Integer> drop = new HashSet<>();
            for (int i : edgeIndexes(page)) {
                String t = text.apply(page.get(i)).strip();
                boolean running = pages.size() >= 2 && seen.getOrDefault(key(t), 0) >= threshold;
                boolean pageNumber = PAGE_NUMBER.matcher(t).matches() && (i < 2 || i >= page.size() - 2);
                if (running || pageNumber) drop.add(i);
            }
            for (int i = page.size() - 1; i >= 0; i--) {
                if (drop.contains(i)) {
                    page.remove(i);
                    dropped++;
                }
            }
        }
        return dropped;
    }

    private static List<Integer> edgeIndexes(List<?> page) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) if (i < EDGE || i >= page.size() - EDGE) out.add(i);
        return out;
    }

    /**
     * What makes two edge lines "the same": the text, with digits blurred only for short lines or
     * lines that name a page ("Page 3 of 12", "Cabinet 4"), so that body lines differing in a number
     * are not taken for a running header.
     */
    private static String key(String line) {
        String s = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String blurred = s.replaceAll("\\d+", "#");
        boolean short_ = blurred.replace("#", " ").strip().split("\\s+").length <= 3;
        return short_ || s.contains("page") ? blurred : s;
    }

    /**
     * Joins words split by a hyphen at a line end: "safe-" + "guarding" → "safeguarding". A real
     * compound keeps its hyphen ("multi-" + "agency" → "multi-agency"): one whose prefix makes
     * compounds, or that the text elsewhere spells with a hyphen and never without.
     */
    static List<String> repairHyphenation(List<String> lines) {
        String whole = String.join(" ", lines).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            Matcher end = LINE_END_HYPHEN.matcher(out.get(i));
            Matcher next = LEADING_WORD.matcher(out.get(i + 1));
            if (!end.find() || !next.find()) continue;
            String prefix = end.group(1), word = next.group(1);
            boolean keepHyphen = isCompound(prefix, word, whole);
            String joined = out.get(i).substring(0, out.get(i).length() - 1) + (keepHyphen ? "-" : "") + word + next.group(2);
            String rest = out.get(i + 1).substring(next.end());
            out.set(i, joined);
            if (rest.isBlank()) {
                out.remove(i + 1);
                i--;
            } else {
                out.set(i + 1, rest);
            }
        }
        return out;
    }

    private static boolean isCompound(String prefix, String word, String whole) {
        String p = prefix.toLowerCase(Locale.ROOT), w = word.toLowerCase(Locale.ROOT);
        if (whole.contains(" " + p + w) || whole.startsWith(p + w)) return false;
        if (whole.contains(p + "-" + w + " ") || whole.contains(p + "-" + w + ",")) {
            // the line-end instance itself is "p- w"; a second spelling with the hyphen inside a line
            return true;
        }
        return COMPOUND_PREFIXES.contains(p) || Character.isUpperCase(prefix.charAt(prefix.length() - 1))
                || Character.isDigit(w.charAt(0));
    }
}
