package org.councilgraph.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bench helper: renders the seed .txt files of a corpus into PDF, DOCX and ModernGov-style HTML, one
 * folder per format, with their .gold.json and .meta.json alongside. Also builds a folder of many
 * mixed generated documents for load timing ({@code mixed N OUT}).
 * Usage: {@code SeedsAsFormats seeds SEEDS_DIR OUT_DIR} or {@code SeedsAsFormats mixed COUNT OUT_DIR}.
 */
public final class SeedsAsFormats {
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("seeds")) seeds(Path.of(args[1]), Path.of(args[2]));
        else if (args.length == 3 && args[0].equals("mixed")) mixed(Integer.parseInt(args[1]), Path.of(args[2]));
        else throw new IllegalArgumentException("usage: seeds SEEDS_DIR OUT_DIR | mixed COUNT OUT_DIR");
    }

    static void seeds(Path seeds, Path out) throws Exception {
        List<Path> txts;
        try (Stream<Path> s = Files.list(seeds)) {
            txts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (String format : List.of("txt", "pdf", "docx", "html")) {
            Path dir = Files.createDirectories(out.resolve(format));
            for (Path txt : txts) {
                String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(txt);
                Path target = dir.resolve(stem + "." + format);
                switch (format) {
                    case "txt" -> Files.copy(txt, target, StandardCopyOption.REPLACE_EXISTING);
                    case "pdf" -> Files.write(target, Fixtures.pdf(text));
                    case "docx" -> Files.write(target, Fixtures.docx(text));
                    default -> Files.writeString(target, Fixtures.moderngov(stem, text));
                }
                for (String companion : List.of(".gold.json", ".meta.json")) {
                    Path c = seeds.resolve(stem + companion);
                    if (Files.exists(c)) Files.copy(c, dir.resolve(stem + companion), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void mixed(int count, Path out) throws Exception {
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            Path dir = Files.createDirectories(out.resolve(String.format("batch-%02d", i / 100)));
            String text = "Minutes of the meeting of the Children and Young People Committee held on Tuesday, " + (1 + i % 28) + " March 2025\n\n"
                    + "Present: Councillor Jane Smith (Chair), Councillor Tom Brown\n\n"
                    + (10 + i % 50) + " Children’s Services Performance Report " + i + "\n\nMinutes:\n\n"
                    + "The Committee received the performance report for quarter " + (1 + i % 4) + ". The number of children in care was "
                    + (300 + i % 97) + " at the end of the quarter.\n\n"
                    + "RESOLVED that:\n• the report " + i + " be noted; and\n• the improvement plan be endorsed.\n";
            String stem = String.format("doc-%04d", i);
            switch (i % 4) {
                case 0 -> Files.writeString(dir.resolve(stem + ".txt"), text);
                case 1 -> Files.write(dir.resolve(stem + ".pdf"), Fixtures.pdf(text));
                case 2 -> Files.write(dir.resolve(stem + ".docx"), Fixtures.docx(text));
                default -> Files.writeString(dir.resolve(stem + ".html"), Fixtures.moderngov("Minutes", text));
            }
        }
        Files.writeString(out.resolve("manifest.json"), "[]");
    }
}
