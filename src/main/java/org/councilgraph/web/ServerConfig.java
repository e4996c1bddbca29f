package org.councilgraph.web;

import java.time.Duration;

/**
 * How the server runs: the port and the interface it listens on (null: every interface), the public
 * base (null: publish the base the store was loaded with and link relative to the request, so any
 * host and port work), the query timeout, the cap on result rows, how many rendered pages to keep
 * (0: none) and whether the server makes council page summaries as it opens the store (else every council page runs its queries).
 */
public record ServerConfig(int port, String baseUri, Duration timeout, long maxRows, int pageCacheSize, String host, boolean councilSummaries) {
    public static final int DEFAULT_PAGE_CACHE = 2000;

    public ServerConfig(int port, String baseUri, Duration timeout, long maxRows) {
        this(port, baseUri, timeout, maxRows, DEFAULT_PAGE_CACHE);
    }

    public ServerConfig(int port, String baseUri, Duration timeout, long maxRows, int pageCacheSize) {
        this(port, baseUri, timeout, maxRows, pageCacheSize, null);
    }

    public ServerConfig(int port, String baseUri, Duration timeout, long maxRows, int pageCacheSize, String host) {
        this(port, baseUri, timeout, maxRows, pageCacheSize, host, true);
    }

    public ServerConfig {
        if (baseUri != null && !baseUri.endsWith("/")) baseUri = baseUri + "/";
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxRows < 1) throw new IllegalArgumentException("max rows must be at least 1");
        if (pageCacheSize < 0) throw new IllegalArgumentException("page cache size must not be negative");
    }
}
