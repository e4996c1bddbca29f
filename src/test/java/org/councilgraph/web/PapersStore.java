package org.councilgraph.web;

import org.councilgraph.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A new store loaded by {@code load} from text papers a test writes, each with a report's sidecar naming Hartlepool. */
final class PapersStore {
    private PapersStore() {}

    /** The store's folder, in a new temporary folder, after loading each paper (file stem → text, meeting date). */
    static Path load(String base, Map<String, Map.Entry<String, LocalDate>> papers) throws IOException {
        Path dir = Files.createTempDirectory("councilgraph-papers-store-");
        Path folder = Files.createDirectory(dir.resolve("papers"));
        for (var paper : papers.entrySet()) {
            Files.writeString(folder.resolve(paper.getKey() + ".txt"), paper.getValue().getKey());
            Files.writeString(folder.resolve(paper.getKey() + ".meta.json"), "{\"council\": \"E06000001\", \"councilName\": \"Hartlepool Borough Council\", "
                    + "\"documentType\": \"report\", \"meetingDate\": \"" + paper.getValue().getValue() + "\"}\n");
        }
        Path db = dir.resolve("db");
        assertEquals(0, Main.commandLine().execute("load", folder.toString(), "--db", db.toString(), "--base-uri", base));
        return db;
    }
}
