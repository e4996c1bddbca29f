package org.councilgraph.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} and {@code demo} run twice: the second says why in one line and leaves the first, and its store, alone. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeCommandTest {
    static Path db;

    /** Loaded by another process, so that this one holds no lock on it (TDB2 locks a store per process). */
    @BeforeAll
    static void load() throws Exception {
        db = Files.createTempDirectory("councilgraph-serve-test-").resolve("db");
        Process load = councilgraph("load", "examples", "--db", db.toString(), "--progress", "none").redirectErrorStream(true).start();
        String out = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(load.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, load.exitValue(), out);
    }

    /** The command line in a process of its own. */
    static ProcessBuilder councilgraph(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    static void assertOneLine(CliRun run, String... words) {
        assertNotEquals(0, run.exit());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), err);
        for (String w : words) assertTrue(err.contains(w), err);
    }

    @Test
    void serve_on_a_port_in_use_says_so_in_one_line() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--db", db.toString(), "--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));
            assertOneLine(run, "port " + taken.getLocalPort(), "in use", "--port");
        }
    }

    @Test
    void demo_on_a_port_in_use_stops_before_touching_its_store() throws Exception {
        Path demoDb = Path.of("target", "demo-db");
        Files.createDirectories(demoDb);
        Path marker = Files.writeString(demoDb.resolve("still-here.txt"), "a store a running demo may hold");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("demo", "--port", Integer.toString(taken.getLocalPort()));
            assertOneLine(run, "port " + taken.getLocalPort(), "in use");
            assertTrue(Files.exists(marker), "demo deleted its store before checking the port");
        } finally {
            Files.deleteIfExists(marker);
        }
    }

    @Test
    void serve_of_a_store_another_process_holds_names_that_process() throws Exception {
        Process first = councilgraph("serve", "--db", db.toString(), "--host", "127.0.0.1", "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Boolean> serving = CompletableFuture.supplyAsync(() -> out.lines().anyMatch(l -> l.startsWith("serving ")));
            assertTrue(serving.get(90, TimeUnit.SECONDS), "the first server did not start");
            CliRun run = CliRun.of("serve", "--db", db.toString(), "--port", "0");
            assertOneLine(run, "held by process " + first.pid(), "stop it first");
        } finally {
            first.destroy();
            first.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
