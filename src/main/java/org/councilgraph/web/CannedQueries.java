package org.councilgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The canned SPARQL queries shipped in the jar under {@code queries/}, with their {@code # title:} and {@code # description:} headers. */
final class CannedQueries {
    record Canned(String name, String title, String description, String text) {}

    private final List<Canned> queries;

    private CannedQueries(List<Canned> queries) { this.queries = queries; }

    static CannedQueries load() {
        URL url = CannedQueries.class.getClassLoader().getResource("queries");
        if (url == null) return new CannedQueries(List.of());
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try { fs = FileSystems.getFileSystem(uri); } catch (FileSystemNotFoundException e) { fs = FileSystems.newFileSystem(uri, Map.of()); }
                return new CannedQueries(read(fs.getPath("/queries")));
            }
            return new CannedQueries(read(Path.of(uri)));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the canned queries: " + e.getMessage(), e);
        }
    }

    private static List<Canned> read(Path dir) throws IOException {
        List<Canned> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                out.add(new Canned(name, header(text, "title").orElse(name), header(text, "description").orElse(""), text));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A {@code # key:} header, with its indented {@code #   …} continuation lines. */
    static Optional<String> header(String text, String key) {
        StringBuilder sb = null;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) break;
            String body = line.substring(1);
            if (sb != null) {
                if (body.startsWith("   ")) { sb.append(' ').append(body.strip()); continue; }
                break;
            }
            if (body.strip().startsWith(key + ":")) sb = new StringBuilder(body.strip().substring(key.length() + 1).strip());
        }
        return Optional.ofNullable(sb).map(StringBuilder::toString);
    }

    List<Canned> all() { return queries; }

    Optional<Canned> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    static String readResource(String path) {
        try (InputStream in = CannedQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
