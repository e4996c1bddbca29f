package org.councilgraph.convert;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on every core and hands their outcomes back in the order the tasks were submitted: a
 * reorder buffer of at most {@link #window()} tasks in flight, so that memory is bounded by those tasks
 * and what the caller does with the outcomes never depends on thread timing.
 */
public final class InOrderPool<T> implements AutoCloseable {
    /** A task's value, or what it threw (an {@link Error} included). */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean failed() { return failure != null; }
    }

    private final ExecutorService pool;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private final int window;

    /** A pool of one thread per core, {@code aheadPerThread} tasks in flight per thread. */
    public InOrderPool(String threadName, int aheadPerThread) {
        int threads = cores();
        this.window = threads * Math.max(1, aheadPerThread);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    public static int cores() { return Math.max(1, Runtime.getRuntime().availableProcessors()); }

    public int window() { return window; }

    /** Whether the window is full: take an outcome before submitting more. */
    public boolean full() { return pending.size() >= window; }

    public boolean isEmpty() { return pending.isEmpty(); }

    public void submit(Callable<T> task) { pending.add(pool.submit(task)); }

    /** The oldest task's outcome, once it is done. */
    public Outcome<T> next() {
        Future<T> f = pending.removeFirst();
        try {
            return new Outcome<>(f.get(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        }
    }

    /** Waits until every task in flight is done, keeping their outcomes (so that what runs next runs alone). */
    public void awaitAll() {
        for (Future<T> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a task", e);
            } catch (ExecutionException e) {
                // kept for next()
            }
        }
    }

    @Override
    public void close() { pool.shutdownNow(); }
}
