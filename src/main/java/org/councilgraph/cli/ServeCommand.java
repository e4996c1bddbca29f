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
    @Option(names = "--base-uri", paramLabel = "URI", defaultValue = Iris.DEFAULT_BASE,
            description = {"Public base: IRIs in the store start with it (use the base the data was loaded with) and",
                    "links use it, so pages stay right behind a proxy (default: ${DEFAULT-VALUE})."})
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
        new Iris(baseUri); // validates
        ServerConfig config = new ServerConfig(port, baseUri, duration(timeout), maxRows, pageCache);
        FusekiServer server = start(db, config);
        spec.commandLine().getErr().println("serving " + db + " at http://localhost:" + server.getHttpPort() + "/ (public base " + config.baseUri() + ")");
        server.join();
        return 0;
    }

    static FusekiServer start(Path db, ServerConfig config) {
        PublishedDataset data = PublishedDataset.open(db, config.timeout());
        if (!data.hasThingsUnder(config.baseUri() + "id/")) {
            System.err.println("warning: nothing in " + db + " starts with " + config.baseUri() + "id/ ; give --base-uri the base the data was loaded with");
        }
        return WebServer.build(data, config).start();
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
