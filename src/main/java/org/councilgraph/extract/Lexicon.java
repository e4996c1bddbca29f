package org.councilgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Word lists and tab-separated tables that extraction rules read, kept as data files under
 * {@code org/councilgraph/extract/lexicon/} so that a reader can extend them without Java.
 * Lines starting with {@code #} and blank lines are ignored.
 */
public final class Lexicon {
    private static final String ROOT = "/org/councilgraph/extract/lexicon/";
    private static final Map<String, List<String[]>> CACHE = new ConcurrentHashMap<>();

    private Lexicon() {}

    /** The rows of {@code name} (e.g. {@code posts.tsv}), each split on tabs. */
    public static List<String[]> rows(String name) {
        return CACHE.computeIfAbsent(name, Lexicon::load);
    }

    /** The first column of every row. */
    public static List<String> words(String name) {
        return rows(name).stream().map(r -> r[0]).toList();
    }

    /** An alternation of the entries of {@code name}, longest first, each quoted, for use in a pattern. */
    public static String alternation(String name) {
        return words(name).stream().sorted((a, b) -> b.length() - a.length())
                .map(Lexicon::quoteFlexibly).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Quotes an entry so that spaces match any run of whitespace and ' matches curly apostrophes too. */
    static String quoteFlexibly(String entry) {
        StringBuilder sb = new StringBuilder();
        for (String part : entry.split("(?<=[ '’])|(?=[ '’])")) {
            if (part.equals(" ")) sb.append("\\s+");
            else if (part.equals("'") || part.equals("’")) sb.append("['’]");
            else sb.append(Pattern.quote(part));
        }
        return sb.toString();
    }

    private static List<String[]> load(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IllegalStateException("missing lexicon " + ROOT + name);
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
                rows.add(cells);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
