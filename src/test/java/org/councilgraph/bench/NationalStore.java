package org.councilgraph.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.rdf.VocabularyGraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bench tool, a simulation: the N-Quads of a national store of about {@code TARGET} quads made from the N-Quads
 * {@code convert} wrote for a smaller corpus, without converting every paper. The input is written once as it is,
 * then again as further decades: in copy k every document's IRI (and so its graph and everything minted under it)
 * gets a suffix of its own, and every year in an IRI or a date literal moves k × 10 years on, so meetings,
 * observations and inspections are new things while the councils, their people and posts, the reference data and
 * the vocabulary stay shared. Each council's share of the store, and so the fan-out of its page and of the canned
 * queries' joins, grows as a real council's would over more decades of papers. The vocabulary graph that
 * {@code load} writes beside the papers' graphs (the schemes' notations the queries read) is written once at the end.
 *
 * <p>Usage: {@code NationalStore IN.nq OUT.nq TARGET_QUADS}; prints the copies and quads written.
 */
public final class NationalStore {
    /** A document's IRI: {@code …/id/document/} and hex digits (the loaders read that form). */
    private static final Pattern DOCUMENT = Pattern.compile("(/id/document/[0-9a-f]+)");
    /**
     * A year of 2010–2099 that starts an IRI segment or a literal and is followed by a date's or a path's next part
     * (the papers' years; the vocabularies' namespaces carry years before 2010: {@code /2001/XMLSchema#}).
     */
    private static final Pattern YEAR = Pattern.compile("(?<=[/\"])(20[1-9]\\d)(?=[-/>\"])");

    private NationalStore() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: NationalStore IN.nq OUT.nq TARGET_QUADS");
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        long target = Long.parseLong(args[2]);
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            lines = new ArrayList<>(r.lines().toList());
        }
        int copies = (int) Math.max(1, Math.ceil((double) target / lines.size()));
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int k = 0; k < copies; k++) {
                for (String line : lines) {
                    w.write(k == 0 ? line : copy(line, k));
                    w.write('\n');
                    written++;
                }
            }
            Node graph = NodeFactory.createURI(VocabularyGraph.GRAPH_NAME);
            ByteArrayOutputStream vocabulary = new ByteArrayOutputStream();
            RDFDataMgr.writeQuads(vocabulary, Iter.map(VocabularyGraph.get().getGraph().find(), t -> Quad.create(graph, t)));
            String quads = vocabulary.toString(StandardCharsets.UTF_8);
            w.write(quads);
            written += quads.lines().count();
        }
        System.out.printf(Locale.ROOT, "%d copies of %d quads: %d quads%n", copies, lines.size(), written);
    }

    /** The line as the k-th copy has it: documents renamed, years moved k decades on. */
    static String copy(String line, int k) {
        String suffix = String.format(Locale.ROOT, "%02x", k);
        String renamed = DOCUMENT.matcher(line).replaceAll("$1" + suffix);
        Matcher m = YEAR.matcher(renamed);
        StringBuilder sb = new StringBuilder(renamed.length());
        while (m.find()) m.appendReplacement(sb, Integer.toString(Integer.parseInt(m.group(1)) + 10 * k));
        m.appendTail(sb);
        return sb.toString();
    }
}
