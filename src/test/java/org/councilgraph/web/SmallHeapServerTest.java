package org.councilgraph.web;

import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.councilgraph.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The server as {@code java -Xmx256m -jar} runs it, in a JVM of its own: queries built to exhaust the heap
 * (a sort or a grouping of a three-way cross product) never leave it hung. Health checks and a council page
 * answer within 2 s after them; if the heap does run out, the process ends (for a supervisor to restart)
 * rather than accepting connections it never answers.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(300)
class SmallHeapServerTest {
    static final String HOSTILE_SORT = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?a";
    static final String HOSTILE_GROUP = "SELECT ?a ?d ?g (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?d ?g";
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static Path db;
    static Path dir;
    Process server;
    String base;

    @BeforeAll
    static void store() throws IOException {
        dir = Files.createTempDirectory("councilgraph-small-heap-");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("stockton-on-tees_cabinet-2018-02-15_decision-record.txt"), TestSite.PAPER);
        Path trig = Files.writeString(dir.resolve("history.trig"), TestSite.history("http://localhost/"));
        db = dir.resolve("db");
        int rc = Main.commandLine().execute("load", docs.toString(), trig.toString(), "--db", db.toString(), "--base-uri", "http://localhost/");
        if (rc != 0) throw new IllegalStateException("load failed: " + rc);
        // let the server's JVM take the store's lock
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    }

    void startServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        base = "http://localhost:" + port + "/";
        String java = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", db.toString(), "--port", Integer.toString(port), "--base-uri", "http://localhost/", "--timeout", "5s")
                .redirectErrorStream(true).redirectOutput(dir.resolve("server-" + port + ".log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) fail("server ended: " + log());
            try {
                if (get("$/ping", 2).statusCode() == 200) {
                    get("doc/council/" + TestSite.GSS, 60); // the first page a fresh JVM renders compiles templates and code
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(300);
            }
        }
        fail("server did not start: " + log());
    }

    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    String log() throws IOException {
        try (var files = Files.list(dir)) {
            StringBuilder sb = new StringBuilder();
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("server-")).toList()) sb.append(Files.readString(p));
            return sb.length() > 4000 ? sb.substring(sb.length() - 4000) : sb.toString();
        }
    }

    HttpResponse<String> get(String path, int seconds) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(seconds)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> query(String q) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Ping and the council page each answer 200 within 2 s. */
    void answersWithinTwoSeconds(String when) throws Exception {
        for (String path : new String[]{"$/ping", "doc/council/" + TestSite.GSS}) {
            long t0 = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = get(path, 2);
            } catch (IOException e) {
                throw new AssertionError(when + ": /" + path + " did not answer within 2 s (" + e + ")\n" + log());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            assertEquals(200, r.statusCode(), when + ": /" + path);
            assertTrue(s < 2, when + ": /" + path + " took " + s + " s");
        }
    }

    @Test
    void the_hostile_ORDER_BY_alone_and_six_at_once_leave_the_server_answering() throws Exception {
        startServer();
        try {
            answersWithinTwoSeconds("before");
            HttpResponse<String> one = query(HOSTILE_SORT).get(60, TimeUnit.SECONDS);
            assertTrue(one.statusCode() == 200 || one.statusCode() == 503, "hostile query gave " + one.statusCode());
            answersWithinTwoSeconds("after one hostile sort");
            List<CompletableFuture<HttpResponse<String>>> six = new ArrayList<>();
            for (int i = 0; i < 6; i++) six.add(query(HOSTILE_SORT));
            Thread.sleep(1500);
            assertEquals(200, get("$/ping", 5).statusCode(), "ping while six hostile sorts run");
            for (var f : six) {
                int status = f.get(90, TimeUnit.SECONDS).statusCode();
                assertTrue(status == 200 || status == 503, "hostile query gave " + status);
            }
            assertTrue(server.isAlive(), "server ended: " + log());
            answersWithinTwoSeconds("after six hostile sorts");
        } finally {
            stopServer();
        }
    }

    @Test
    void a_grouping_that_would_fill_the_heap_is_cancelled_or_ends_the_process_never_hangs_it() throws Exception {
        startServer();
        try {
            CompletableFuture<HttpResponse<String>> group = query(HOSTILE_GROUP);
            try {
                group.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the connection may close when the process ends
            }
            if (server.waitFor(2, TimeUnit.SECONDS)) {
                assertEquals(3, server.exitValue(), "exit status after running out of memory\n" + log());
                assertTrue(log().contains("out of memory"), log());
            } else {
                answersWithinTwoSeconds("after a hostile grouping");
            }
        } finally {
            stopServer();
        }
    }
}
