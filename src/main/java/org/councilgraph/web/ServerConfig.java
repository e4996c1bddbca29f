package org.councilgraph.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs: the port, the public base (IRIs in the store and links on pages start with
 * it), the query timeout and the cap on result rows.
 */
public record ServerConfig(int port, String baseUri, Duration timeout, long maxRows) {
    public ServerConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        if (!baseUri.endsWith("/")) baseUri = baseUri + "/";
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxRows < 1) throw new IllegalArgumentException("max rows must be at least 1");
    }
}
