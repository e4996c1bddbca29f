package org.councilgraph.document.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words set together on a line with nothing but ordinary word spaces between them: a table cell, a
 * column's share of a line or a whole line of prose. {@code soft} marks a run that follows the one
 * before it with a narrow gap the producer did not fill with a space glyph (a new text object).
 */
public record Run(List<Word> words, double y, double size, double space, boolean soft) {
    public double x0() { return words.get(0).x0(); }
    public double x1() { return words.get(words.size() - 1).x1(); }
    public String text() { return words.stream().map(Word::text).collect(Collectors.joining(" ")); }

    Run joined(Run next) {
        List<Word> ws = new java.util.ArrayList<>(words);
        ws.addAll(next.words());
        return new Run(List.copyOf(ws), y, size, space, soft);
    }
}
