package org.councilgraph.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back list bullets that the producer drew as shapes (browsers draw discs and squares): a small
 * filled mark just left of a line's first word, level with it, becomes a "•" word at the mark's place.
 */
public final class Bullets {
    /** How far (in sizes) left of the text a bullet may sit. */
    private static final double REACH = 2.5;

    private Bullets() {}

    public static List<PdfLine> restore(List<PdfLine> lines, List<PageGraphics.Mark> marks) {
        if (marks.isEmpty()) return lines;
        List<PdfLine> out = new ArrayList<>(lines.size());
        for (PdfLine l : lines) {
            PageGraphics.Mark mark = null;
            for (PageGraphics.Mark m : marks) {
                boolean left = m.x1() <= l.x0() && l.x0() - m.x1() <= REACH * l.size();
                boolean level = m.centreY() <= l.y() + 0.1 * l.size() && m.centreY() >= l.y() - l.size();
                if (left && level && m.x1() - m.x0() <= 0.6 * l.size()) mark = m;
            }
            if (mark == null) {
                out.add(l);
                continue;
            }
            Run first = l.runs().get(0);
            List<Word> words = new ArrayList<>();
            words.add(new Word("•", mark.x0(), mark.x1()));
            words.addAll(first.words());
            List<Run> runs = new ArrayList<>(l.runs());
            runs.set(0, new Run(List.copyOf(words), first.y(), first.size(), first.space(), first.soft()));
            out.add(l.withRuns(runs));
        }
        return out;
    }
}
