package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/** Jetty settings Fuseki's builder does not offer: the interface to listen on, and compressed answers for clients that ask. */
final class HttpOptions {
    private HttpOptions() {}

    static void apply(FusekiServer server, ServerConfig config) {
        Server jetty = server.getJettyServer();
        if (config.host() != null) {
            for (Connector c : jetty.getConnectors()) if (c instanceof ServerConnector sc) sc.setHost(config.host());
        }
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");             // SPARQL results come from POSTs too
        gzip.setExcludedPaths("/dump.nq.gz");                // already gzip
        gzip.setMinGzipSize(1024);
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }
}
