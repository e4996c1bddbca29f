package org.councilgraph.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.councilgraph.rdf.Iris;
import org.councilgraph.web.PublishedDataset;
import org.councilgraph.web.ServerConfig;
import org.councilgraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code serve --db DIR}: publish a store over HTTP (SPARQL endpoint and linked-data pages). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Publish a TDB2 store over HTTP: a read-only SPARQL endpoint at /sparql, pages for every thing "
                + "(/id/… answers 303 to /doc/…), comparisons, a SPARQL page, VoID at /.well-known/void and a "
                + "dump.")
final class ServeCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store folder (made by load).")
    Path db;
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;
    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on, such as 127.0.0.1 (default: every interface).")
    String host;
    @Option(names = "--base-uri", paramLabel = "URI",
            description = "Public base the site is reached at (behind a proxy, say). Links start with it, and when the "
                    + "store was loaded with another base every answer (pages, RDF, SPARQL results, dump) is rewritten "
                    + "to it. Default: publish the base the store was loaded with and link relative to the request.")
    String baseUri;
    @Option(names = "--timeout", defaultValue = "10s", paramLabel = "DURATION", description = "Query timeout: 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    String timeout;
    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N", description = "Cap on result rows of any query (default: ${DEFAULT-VALUE}).")
    long maxRows;
    @Option(names = "--page-cache", defaultValue = "2000", paramLabel = "N",
            description = "Rendered pages kept in memory; 0 turns the cache off (default: ${DEFAULT-VALUE}).")
    int pageCache;

    @Override
    public Integer call() {
        if (baseUri != null) new Iris(baseUri); // validates
        if (!java.nio.file.Files.isDirectory(db)) throw new IllegalArgumentException(db + ": no such store (run load first)");
        ServerConfig config = new ServerConfig(port, baseUri, duration(timeout), maxRows, pageCache, host);
        Preflight.portFree(host, port);
        Preflight.storeFree(db);
        FusekiServer server = start(db, config, spec.commandLine().getErr());
        server.join();
        return 0;
    }

    /** Opens the store and starts serving it; says in one line where, and under which base. */
    static FusekiServer start(Path db, ServerConfig config, java.io.PrintWriter err) {
        PublishedDataset data = PublishedDataset.open(db, config.timeout(), config.baseUri());
        FusekiServer server = WebServer.build(data, config).start();
        String at = "http://" + (config.host() == null ? "localhost" : config.host()) + ":" + server.getHttpPort() + "/";
        String base = config.baseUri() == null ? "IRIs under " + data.base() + ", links relative to the request"
                : data.rewrite().active() ? "published at " + config.baseUri() + ", the store's IRIs rewritten to it"
                : "published at " + config.baseUri();
        err.println("serving " + db + " at " + at + " (" + base + ")");
        err.flush();
        return server;
    }

    static Duration duration(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            if (t.endsWith("m")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + s + " (try 10s, 500ms or 2m)");
        }
    }
}
