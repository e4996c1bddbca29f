package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.cli.Main;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real server on a free port over a new store that {@code load} made from text papers a test writes, each with a
 * report's sidecar naming Hartlepool.
 */
record PapersServer(FusekiServer server, String base) {
    /** Papers by file stem: each one's text and meeting date. */
    static PapersServer start(Map<String, Map.Entry<String, LocalDate>> papers, PageAdmission admission) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        String base = "http://localhost:" + port + "/";
        Path dir = Files.createTempDirectory("councilgraph-papers-server-");
        Path folder = Files.createDirectory(dir.resolve("papers"));
        for (var paper : papers.entrySet()) {
            Files.writeString(folder.resolve(paper.getKey() + ".txt"), paper.getValue().getKey());
            Files.writeString(folder.resolve(paper.getKey() + ".meta.json"), "{\"council\": \"E06000001\", \"councilName\": \"Hartlepool Borough Council\", "
                    + "\"documentType\": \"report\", \"meetingDate\": \"" + paper.getValue().getValue() + "\"}\n");
        }
        Path db = dir.resolve("db");
        assertEquals(0, Main.commandLine().execute("load", folder.toString(), "--db", db.toString(), "--base-uri", base));
        Duration timeout = Duration.ofSeconds(30);
        FusekiServer server = WebServer.build(PublishedDataset.open(db, timeout), new ServerConfig(port, base, timeout, 100_000), admission).start();
        return new PapersServer(server, base);
    }

    void stop() { server.stop(); }
}
