package org.councilgraph.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function kept by argument, for work a page repeats every time it is built from the same
 * store (which cannot change while the server holds it). Past {@code max} arguments, results are computed afresh
 * and not kept, so a store with unexpectedly many distinct arguments costs time, not memory.
 */
final class Memo<K, V> {
    private final Map<K, V> kept = new ConcurrentHashMap<>();
    private final Function<K, V> compute;
    private final int max;

    Memo(Function<K, V> compute, int max) {
        this.compute = compute;
        this.max = max;
    }

    V get(K key) {
        V v = kept.get(key);
        if (v != null) return v;
        v = compute.apply(key);
        if (kept.size() < max) kept.put(key, v);
        return v;
    }
}
