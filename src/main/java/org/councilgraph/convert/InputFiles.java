package org.councilgraph.convert;

import org.councilgraph.document.DocumentException;
import org.councilgraph.document.DocumentReaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: files as given, folders walked in name order. Sidecars,
 * gold files and hidden files are never documents; other files a reader cannot take are listed as
 * skipped when found in a folder, and are an error when named on the command line.
 */
public final class InputFiles {
    /** Documents found, files skipped, and the folder (or file) given on the command line that each document came from. */
    public record Expansion(List<Path> documents, List<Path> skipped, Map<Path, Path> roots) {
        public Expansion(List<Path> documents, List<Path> skipped) { this(documents, skipped, Map.of()); }
        public Path rootOf(Path document) { return roots.getOrDefault(document, document.getParent()); }
    }

    private InputFiles() {}

    public static Expansion expand(List<Path> inputs, Predicate<Path> readable) throws DocumentException {
        List<Path> docs = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Map<Path, Path> roots = new HashMap<>();
        for (Path in : inputs) {
            if (!Files.exists(in)) throw new DocumentException(in, "no such file or folder");
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (isCompanion(p)) continue;
                        if (readable.test(p)) {
                            docs.add(p);
                            roots.put(p, in);
                        } else {
                            skipped.add(p);
                        }
                    }
                } catch (IOException e) {
                    throw new DocumentException(in, "cannot walk folder: " + e.getMessage());
                }
            } else if (readable.test(in)) {
                docs.add(in);
            } else {
                throw new DocumentException(in, "unsupported file type (expected " + DocumentReaders.extensions() + " or an RDF file)");
            }
        }
        return new Expansion(docs, skipped, roots);
    }

    /** Sidecars, gold files, manifests and hidden files travel with documents but are not documents. */
    static boolean isCompanion(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.endsWith(".meta.json") || n.endsWith(".gold.json")
                || n.equals("manifest.csv") || n.equals("manifest.json");
    }
}
