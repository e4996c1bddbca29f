package org.councilgraph.load;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long load: a redrawn bar with counts and rate on a terminal, a plain line every
 * so often otherwise (logs, CI). Messages printed through {@link #message} never tangle with the bar.
 */
final class Progress {
    private static final long TERMINAL_EVERY_MS = 200, PLAIN_EVERY_MS = 10_000;
    private static final int PLAIN_EVERY_DOCS = 100;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int lastPlainDone;
    private boolean barShown;

    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    void update(int done, int failed, int unchanged) {
        long now = System.currentTimeMillis();
        if (terminal) {
            if (now - lastDraw < TERMINAL_EVERY_MS && done < total) return;
            int width = 30, filled = total == 0 ? width : (int) ((long) done * width / total);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d  %.1f docs/s  %d unchanged  %d failed\u001b[K",
                    "#".repeat(filled), "-".repeat(width - filled), done, total, rate(done), unchanged, failed));
            err.flush();
            barShown = true;
        } else {
            if (done < total && done - lastPlainDone < PLAIN_EVERY_DOCS && now - lastDraw < PLAIN_EVERY_MS) return;
            if (done == lastPlainDone) return;
            err.println(String.format(Locale.ROOT, "progress: %d/%d documents, %.1f docs/s, %d unchanged, %d failed",
                    done, total, rate(done), unchanged, failed));
            lastPlainDone = done;
        }
        lastDraw = now;
    }

    void message(String line) {
        if (terminal && barShown) err.print("\r\u001b[K");
        err.println(line);
        err.flush();
    }

    void finish() {
        if (terminal && barShown) err.println();
        err.flush();
    }

    double seconds() { return (System.nanoTime() - started) / 1e9; }

    private double rate(int done) { return done / Math.max(seconds(), 1e-3); }
}
