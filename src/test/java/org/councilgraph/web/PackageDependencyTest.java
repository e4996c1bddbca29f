package org.councilgraph.web;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PackageDependencyTest {
    @Test
    void the_web_package_does_not_depend_on_extraction_or_the_command_line() throws IOException {
        Path web = Path.of("src/main/java/org/councilgraph/web");
        List<String> offenders;
        try (Stream<Path> files = Files.list(web)) {
            offenders = files.filter(f -> {
                try {
                    String src = Files.readString(f);
                    return src.contains("org.councilgraph.extract") || src.contains("org.councilgraph.cli") || src.contains("org.councilgraph.convert");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
