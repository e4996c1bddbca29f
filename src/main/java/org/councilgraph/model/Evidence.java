package org.councilgraph.model;

import java.util.Objects;

/**
 * Where a fact was read: a span of the document's text, the exact quote at that span and the id of
 * the rule that read it. The quote is always {@code text.substring(start, end)}, so a reader can
 * find it verbatim at its offsets.
 */
public record Evidence(int start, int end, String quote, String rule) {
    public Evidence {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (quote.length() != end - start) throw new IllegalArgumentException("quote length does not match span " + start + ".." + end);
    }

    /** Evidence for {@code text[start, end)} with surrounding whitespace trimmed off the span. */
    public static Evidence of(String text, int start, int end, String rule) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new Evidence(start, end, text.substring(start, end), rule);
    }

    /** True when this span lies within {@code other}. */
    public boolean within(Evidence other) {
        return start >= other.start && end <= other.end;
    }
}
