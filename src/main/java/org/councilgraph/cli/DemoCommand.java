package org.councilgraph.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.web.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code demo}: load the shipped {@code examples/} folder into a fresh store and serve it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build a store from the examples/ folder in the working directory (into target/demo-db, or a "
                + "temporary folder when there is no target/) and serve it on http://HOST:PORT/. Checks first that the "
                + "port is free and no running server holds the store, so a second demo changes nothing.")
final class DemoCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Interface to listen on; 0.0.0.0 for every one (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws IOException {
        Path examples = Path.of("examples").toAbsolutePath();
        if (!Files.isDirectory(examples)) {
            throw new IllegalArgumentException("no examples/ folder in " + Path.of("").toAbsolutePath()
                    + ": run demo from the councilgraph checkout (the folder that holds examples/)");
        }
        Path db = Files.isDirectory(Path.of("target")) ? Path.of("target", "demo-db").toAbsolutePath() : Files.createTempDirectory("councilgraph-demo-");
        Preflight.portFree(host, port);
        Preflight.storeFree(db);
        deleteTree(db);
        String base = "http://localhost:" + port + "/";
        int rc = Main.commandLine().execute("load", examples.toString(), "--db", db.toString(), "--base-uri", base);
        if (rc != 0) return rc;
        Path official = examples.resolve("official");
        if (Files.isDirectory(official)) rc = Main.commandLine().execute("import", official.toString(), "--db", db.toString(), "--base-uri", base);
        if (rc != 0) return rc;
        // no public base: pages link relative to the request, so the demo works at any host name
        FusekiServer server = ServeCommand.start(db, new ServerConfig(port, null, Duration.ofSeconds(10), 10_000,
                ServerConfig.DEFAULT_PAGE_CACHE, host), spec.commandLine().getErr());
        spec.commandLine().getErr().println("demo: open http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + server.getHttpPort()
                + "/ (store in " + db + "; Ctrl-C to stop)");
        server.join();
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
