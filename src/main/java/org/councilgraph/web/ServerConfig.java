package org.councilgraph.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs: the port, the public base (IRIs in the store and links on pages start with
 * it), the query timeout, the cap on result rows and how many rendered pages to keep (0: none).
 */
public record ServerConfig(int port, String baseUri, Duration timeout, long maxRows, int pageCacheSize) {
    public static final int DEFAULT_PAGE_CACHE = 2000;

    public ServerConfig(int port, String baseUri, Duration timeout, long maxRows) {
        this(port, baseUri, timeout, maxRows, DEFAULT_PAGE_CACHE);
    }

    public ServerConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        if (!baseUri.endsWith("/")) baseUri = baseUri + "/";
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxRows < 1) throw new IllegalArgumentException("max rows must be at least 1");
        if (pageCacheSize < 0) throw new IllegalArgumentException("page cache size must not be negative");
    }
}
