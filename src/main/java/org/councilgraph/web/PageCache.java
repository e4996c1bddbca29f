package org.councilgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered bodies of successful pages, least recently used first out. Safe because the server holds
 * the TDB2 store's lock: nothing can write to it while it is being served, so a page never goes stale.
 */
final class PageCache {
    record Body(String contentType, byte[] bytes) {}

    private final int capacity;
    private final Map<String, Body> entries;

    PageCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, Body> eldest) { return size() > PageCache.this.capacity; }
        };
    }

    /** The cached body for {@code key}, or the one {@code render} makes (cached unless null: nothing to show). */
    Body get(String key, Supplier<Body> render) {
        if (capacity == 0) return render.get();
        synchronized (entries) {
            Body b = entries.get(key);
            if (b != null) return b;
        }
        Body fresh = render.get();
        if (fresh != null) synchronized (entries) { entries.put(key, fresh); }
        return fresh;
    }
}
