package org.councilgraph.convert;

import org.councilgraph.document.DocumentReaders;
import org.councilgraph.rdf.Iris;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long document's extractors run on every core: the facts must be those of one extractor after
 * another, in the same order, for papers whose rules read each other's facts (meetings, decisions,
 * inspections, questions).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParallelExtractionTest {
    private final Iris iris = new Iris(Iris.DEFAULT_BASE);

    @TempDir Path tmp;

    @Test
    void a_long_paper_read_on_every_core_gives_the_facts_of_one_extractor_after_another() throws Exception {
        List<Path> texts;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus/meetings"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(texts.size() >= 3, "test corpus missing");
        DocumentConverter parallel = new DocumentConverter(iris, DocumentReaders.DEFAULT_MAX_BYTES, true);
        DocumentConverter serial = new DocumentConverter(iris, DocumentReaders.DEFAULT_MAX_BYTES, false);
        int checked = 0;
        for (Path text : texts.subList(0, 3)) {
            // the paper repeated past the length from which its extractors run in parallel
            String body = Files.readString(text);
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 210_000) sb.append(body).append("\n\n");
            Path longPaper = Files.writeString(tmp.resolve(text.getFileName()), sb);
            var p = parallel.convert(longPaper).facts().facts();
            var s = serial.convert(longPaper).facts().facts();
            assertTrue(!s.isEmpty(), text + " gave no facts");
            assertEquals(s, p, text.getFileName() + ": parallel extraction changed the facts");
            checked++;
        }
        assertEquals(3, checked);
    }
}
