package org.councilgraph.cli;

import org.councilgraph.model.DocumentFacts;
import org.councilgraph.model.Evidence;
import org.councilgraph.model.Fact;

import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code convert --explain}: every fact of a document with the rule that read it and the quote it
 * was read from, so that a reader can see why a paper came out as it did. Facts are rendered from
 * their record components, so a new fact kind or field shows up without changes here.
 */
final class Explanation {
    private static final int MAX_QUOTE = 160;

    private Explanation() {}

    static void print(DocumentFacts facts, PrintWriter out) {
        out.println("== " + facts.document().fileName() + "  council=" + facts.councilCode().orElse("(unknown)")
                + "  facts=" + facts.facts().size());
        List<Fact> all = facts.facts();
        for (int i = 0; i < all.size(); i++) {
            Fact f = all.get(i);
            out.println("#" + (i + 1) + " " + kind(f) + "  " + fields(f, all));
            for (Evidence e : f.evidence()) {
                out.println("    [" + e.rule() + "] " + e.start() + ".." + e.end() + "  \"" + shortQuote(e.quote()) + "\"");
            }
        }
        out.flush();
    }

    /** {@code ImprovementArea} → {@code improvement-area}. */
    static String kind(Fact f) {
        return f.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
    }

    /** The fields of {@code f}; a field holding another fact names it by its number ({@code #3}). */
    static String fields(Fact f, List<Fact> all) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : f.getClass().getRecordComponents()) {
            if (c.getName().equals("evidence")) continue;
            Object v = value(f, c);
            if (v instanceof Optional<?> o) v = o.orElse(null);
            if (v instanceof Fact other) v = indexOf(all, other) < 0 ? kind(other) : "#" + (indexOf(all, other) + 1);
            if (v == null || v instanceof Collection<?> col && col.isEmpty() || v.toString().isBlank()) continue;
            parts.add(c.getName() + "=" + v);
        }
        return String.join("  ", parts);
    }

    private static int indexOf(List<Fact> all, Fact f) {
        for (int i = 0; i < all.size(); i++) if (all.get(i) == f) return i;
        return all.indexOf(f);
    }

    private static Object value(Fact f, RecordComponent c) {
        try {
            return c.getAccessor().invoke(f);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + f.getClass().getSimpleName(), e);
        }
    }

    private static String shortQuote(String quote) {
        String flat = quote.replaceAll("\\s+", " ");
        return flat.length() <= MAX_QUOTE ? flat : flat.substring(0, MAX_QUOTE - 1) + "…";
    }
}
