package org.councilgraph.extract;

import org.councilgraph.model.Decision;
import org.councilgraph.model.Evidence;
import org.councilgraph.model.Fact;
import org.councilgraph.model.ImprovementArea;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.Judgement;
import org.councilgraph.model.Priority;
import org.councilgraph.model.Question;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text that stops mid-sentence — an excerpt, a page saved half-loaded, a paper cut at a size limit —
 * ends in a word nobody finished: "the rate rose to 45" may have been 45.7, "Councillor Jane Sm" was
 * someone else. A fact whose evidence runs into that cut is dropped, and with an inspection the
 * judgements and areas for improvement read as its parts. Free text (a decision, a question, a priority,
 * an area for improvement) is the exception when a clause of it is there: what was decided or asked is
 * stated even if its last words are missing, and its quote shows where it stops.
 */
public final class CutOffEnding {
    /** What a finished text ends with: a full stop, a question, a colon, a closing bracket or quote. */
    private static final String CLOSING = ".!?:;)]}\"'”’»…";
    /** Words a cut free text must still have, besides its cut last word, to say something whole. */
    private static final int CLAUSE_WORDS = 6;
    /** A label before a value on one line: "Contact officer: ", "Action: ". */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} ]{0,40}:\\s+");

    private CutOffEnding() {}

    /**
     * Where the text stops mid-sentence (its end without trailing space), or nothing when it ends as a
     * finished text does: with closing punctuation, or with a line that needs none — a heading, a name or a
     * post in title case, alone or after a label ("Report author: Jane Doe, Head of Service"). A text that
     * ends on a digit is taken as cut: a number's last digits may be missing.
     */
    static OptionalInt cutAt(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == 0 || CLOSING.indexOf(text.charAt(end - 1)) >= 0) return OptionalInt.empty();
        String lastLine = text.substring(text.lastIndexOf('\n', end - 1) + 1, end).strip();
        String value = LABEL.matcher(lastLine).replaceFirst("");
        boolean finishedLine = !Character.isDigit(text.charAt(end - 1)) && TextLayout.isTitleCase(value);
        return finishedLine ? OptionalInt.empty() : OptionalInt.of(end);
    }

    /** The facts without those read up to the cut, if the text stops mid-sentence. */
    static List<Fact> withoutCutOff(List<Fact> facts, String text) {
        OptionalInt at = cutAt(text);
        if (at.isEmpty()) return facts;
        int cut = at.getAsInt();
        Set<Inspection> droppedInspections = new HashSet<>();
        for (Fact f : facts) if (f instanceof Inspection i && cutShort(i, cut)) droppedInspections.add(i);
        return facts.stream()
                .filter(f -> !cutShort(f, cut))
                .filter(f -> !(f instanceof Judgement j && droppedInspections.contains(j.inspection())))
                .filter(f -> !(f instanceof ImprovementArea a && droppedInspections.contains(a.inspection())))
                .toList();
    }

    private static boolean cutShort(Fact f, int cut) {
        for (Evidence e : f.evidence()) {
            if (e.end() < cut) continue;
            return !(isFreeText(f) && words(e.quote()) > CLAUSE_WORDS);
        }
        return false;
    }

    private static boolean isFreeText(Fact f) {
        return f instanceof Decision || f instanceof Question || f instanceof Priority || f instanceof ImprovementArea;
    }

    private static int words(String quote) {
        String s = quote.strip();
        return s.isEmpty() ? 0 : Texts.WHITESPACE.split(s).length;
    }
}
