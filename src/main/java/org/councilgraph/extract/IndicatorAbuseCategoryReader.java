package org.councilgraph.extract;

import org.councilgraph.extract.Figures.Figure;
import org.councilgraph.model.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Children on a child protection plan by the category of abuse the plan is under (DfE's categories:
 * neglect, physical, sexual, emotional abuse, multiple categories): "16 children were on a plan for
 * physical abuse", "86 under emotional abuse", a list line "Neglect – 150". Read only in a paragraph about
 * child protection plans (or a list under one), one category word and one count to a clause.
 */
final class IndicatorAbuseCategoryReader {
    static final String INDICATOR = "child-protection-plans";

    record Reading(int start, int end, String breakdown, Figure figure) {}

    private static final Pattern CP_PLANS = Pattern.compile("(?:child\\s+protection|\\bCP)\\s+plans?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAN = Pattern.compile("\\bplans?\\b", Pattern.CASE_INSENSITIVE);
    /** Clauses end at a semicolon, a comma or an 'and' / 'while' joining the next figure. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,|\\b(?:and|while|whilst|with)\\b(?=\\s+\\d)");
    /** "150 children of the 266 on a plan": the number after "of (the)" is the whole, not the category's. */
    private static final Pattern WHOLE_BEFORE = Pattern.compile("\\b(?:of|out\\s+of|from)\\s+(?:the\\s+|all\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\\p{L}]+)");
    private static final Set<String> COUNT_WORDS = Set.copyOf(Lexicon.words("abuse-category-count-words.txt"));
    private static final List<String> KINDS = List.of("abuse");

    /** Whether a paragraph is about child protection plans. */
    static boolean aboutPlans(String paragraph) {
        return CP_PLANS.matcher(paragraph).find();
    }

    /**
     * Figures by category in {@code sentence}; {@code labelLine} when the sentence is a short line of its
     * own (a list line), where the word "plan" need not be repeated.
     */
    static List<Reading> read(String sentence, boolean labelLine) {
        List<Reading> out = new ArrayList<>();
        if (!labelLine && !PLAN.matcher(sentence).find()) return out;
        int from = 0;
        Matcher b = CLAUSE_BREAK.matcher(sentence);
        while (from <= sentence.length()) {
            int to = b.find() ? b.start() : sentence.length();
            Reading r = clause(sentence, from, to);
            if (r != null) out.add(r);
            if (to == sentence.length()) break;
            from = b.end();
        }
        return out;
    }

    private static Reading clause(String s, int from, int to) {
        var cats = IndicatorLexicon.breakdowns(s, from, to, KINDS);
        if (cats.size() != 1) return null;
        Figure found = null;
        for (Figure f : Figures.find(s.substring(from, to))) {
            if (f.unit() != Unit.COUNT || f.word()) return null; // "3%", "a rate of 12": not a count of plans
            int fs = from + f.start(), fe = from + f.end();
            if (WHOLE_BEFORE.matcher(s.substring(from, fs)).find()) continue;
            Matcher w = NEXT_WORD.matcher(s.substring(fe, to));
            // "150 referrals for neglect" counts something else; "150 neglect" names the category at once
            if (w.find() && !COUNT_WORDS.contains(w.group(1).toLowerCase(Locale.ROOT)) && fe + w.start(1) != cats.get(0).start()) return null;
            if (found != null) return null; // two counts: which is the category's is not told
            found = new Figure(fs, fe, from + f.qualifierStart(), f.value(), f.unit(), f.qualifier(), false);
        }
        if (found == null) return null;
        int start = Math.min(found.qualifierStart(), cats.get(0).start());
        int end = Math.max(found.end(), cats.get(0).end());
        return new Reading(start, end, cats.get(0).breakdown().notation(), found);
    }
}
