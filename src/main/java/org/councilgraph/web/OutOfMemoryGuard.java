package org.councilgraph.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;

/**
 * A server that ran out of memory is not to be trusted: threads may have died anywhere (Jetty workers,
 * timeout timers) and it would keep accepting connections it never answers. So the process ends at once
 * with a one-line message and a non-zero status, for a supervisor to restart it — the same as
 * {@code -XX:+ExitOnOutOfMemoryError}, which {@code java -jar} users would have to remember to pass.
 * The error is caught where it would otherwise be swallowed (a request, a query) and in any thread
 * that dies of it.
 */
final class OutOfMemoryGuard implements Filter {
    static final int EXIT_STATUS = 3;

    private OutOfMemoryGuard() {}

    /** Installs the process-wide handler (once is enough; again is harmless) and returns the request filter. */
    static OutOfMemoryGuard install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        if (!(previous instanceof ExitOnOutOfMemory)) Thread.setDefaultUncaughtExceptionHandler(new ExitOnOutOfMemory(previous));
        return new OutOfMemoryGuard();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            exitIfOutOfMemory(e);
            throw e;
        } catch (Error e) {
            exitIfOutOfMemory(e);
            throw e;
        }
    }

    /** Ends the process if {@code t}, or anything that caused it, is an OutOfMemoryError. */
    static void exitIfOutOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError oom) halt(oom);
        }
    }

    private static void halt(OutOfMemoryError e) {
        try {
            System.err.println("fatal: out of memory (" + e.getMessage() + "); the server stops so that it can be restarted."
                    + " Give it more heap (-Xmx; at least 256m) or lower --max-rows.");
            System.err.flush();
        } finally {
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }

    private record ExitOnOutOfMemory(Thread.UncaughtExceptionHandler previous) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread t, Throwable e) {
            exitIfOutOfMemory(e);
            if (previous != null) previous.uncaughtException(t, e);
            else {
                System.err.print("Exception in thread \"" + t.getName() + "\" ");
                e.printStackTrace();
            }
        }
    }
}
