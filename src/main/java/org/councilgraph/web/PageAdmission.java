package org.councilgraph.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Turns to render a page: at most as many pages are rendered at once as the machine has cores, the others wait
 * their turn, first come first served, and a request that waits longer than {@link #WAIT} is told to come back.
 * Rendering a page from the store is work for a core, not waiting on a disk: more renders than cores only share
 * the cores, so every one of them finishes later, and a few very late. Measured with 32 connections on two cores
 * (README, "Performance"), renders in turn cost a third less CPU each and the slowest answers come sooner.
 * Only rendering takes a turn: a page served from the page cache does not wait.
 */
final class PageAdmission {
    static final Duration WAIT = Duration.ofSeconds(5);

    /** Thrown when no turn came within the wait: the server answers 503 with {@code Retry-After}. */
    static final class Busy extends RuntimeException {
        Busy() { super("every turn to render a page is taken", null, false, false); }
    }

    private final Semaphore turns;
    private final Duration wait;

    PageAdmission(int renders, Duration wait) {
        if (renders < 1) throw new IllegalArgumentException("at least one page must render at a time");
        this.turns = new Semaphore(renders, true);
        this.wait = wait;
    }

    /** One turn per core of this machine. */
    static PageAdmission perCore() {
        return new PageAdmission(Runtime.getRuntime().availableProcessors(), WAIT);
    }

    /** Renders in a turn of its own; throws {@link Busy} when none came within the wait. */
    <T> T render(Supplier<T> rendering) {
        if (!awaitTurn()) throw new Busy();
        try {
            return rendering.get();
        } finally {
            turns.release();
        }
    }

    Duration waitLimit() { return wait; }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
