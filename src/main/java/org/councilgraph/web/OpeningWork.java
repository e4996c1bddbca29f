package org.councilgraph.web;

import org.apache.jena.sparql.exec.QueryExec;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Work the server does once as it opens its store (the catalogue's tables, the council summaries): on a
 * low-priority daemon thread of its own, beside the requests, its running query aborted as live queries are
 * when the heap is nearly full ({@link MemoryPressure}). Right for the server's whole life, because TDB2 locks
 * the store to the serving process: nothing can load into it meanwhile.
 */
final class OpeningWork {
    /** Per query: longer than a request may run, as a national store needs. */
    static final Duration QUERY_TIMEOUT = Duration.ofMinutes(10);

    private final Thread thread;
    private volatile QueryExec running;

    private OpeningWork(String name, Consumer<OpeningWork> work) {
        thread = new Thread(() -> work.accept(this), name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        MemoryPressure.onPressure(() -> {
            QueryExec qe = running;
            if (qe != null) qe.abort();
        });
    }

    /** Starts {@code work} on a thread named {@code name}; {@code work} reports each query it runs through {@link #running}. */
    static OpeningWork start(String name, Consumer<OpeningWork> work) {
        OpeningWork w = new OpeningWork(name, work);
        w.thread.start();
        return w;
    }

    /** The query running now (null when none), to abort under memory pressure. */
    void running(QueryExec qe) { running = qe; }

    /** Waits until the work is done (tests, benchmarks); true when done in time. */
    boolean await(Duration wait) throws InterruptedException {
        thread.join(wait.toMillis());
        return !thread.isAlive();
    }
}
