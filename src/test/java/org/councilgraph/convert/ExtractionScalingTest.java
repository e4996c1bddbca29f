package org.councilgraph.convert;

import org.councilgraph.document.DocumentReaders;
import org.councilgraph.rdf.Iris;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conversion is linear in a paper's length, so a long file a stranger sends costs in proportion to its
 * size: ten times the text takes at most fifteen times the time (see {@link #MAX_RATIO}). Times are this
 * thread's CPU time, after a warm-up, the best of three runs each (the sizes in turn), so that other work
 * on the machine does not decide the outcome. The absolute bound is a backstop for a slow shared machine
 * (the ratio is what catches a return of quadratic costs; 50,000 lines took 53 s before): 50,000
 * one-sentence lines with a number each take 5–8 s of CPU on the two-core development machine (15–23 s
 * before the rules' patterns were tried only where they can match), so 20 s fails on a return to the old
 * speed and leaves a slow CI machine room.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(600)
class ExtractionScalingTest {
    /**
     * Ten times the text may take this many times the time. Linear rules measure 10–12 on a quiet two-core
     * machine (a 3.5 MB text misses caches a 0.35 MB one hits, and the collector keeps ten times the layout),
     * and noise only adds; a cost quadratic in the sentences tends to 100.
     */
    private static final double MAX_RATIO = 15;
    private static final String[] WORDS = ("council children social care report plan budget school review service family "
            + "placement support team quality board committee officer outcome visit").split(" ");
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Extractors one after another on this thread, whose CPU time is measured. */
    private final DocumentConverter converter = new DocumentConverter(new Iris(Iris.DEFAULT_BASE), DocumentReaders.DEFAULT_MAX_BYTES, false);

    @TempDir Path tmp;

    /** {@code n} lines of one sentence each, made of ordinary words and a number. */
    static String sentences(int n) {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String first = WORDS[r.nextInt(WORDS.length)];
            sb.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
            for (int w = 0; w < 7; w++) sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            sb.append(" item ").append(i).append(".\n");
        }
        return sb.toString();
    }

    double cpuSeconds(int lines) throws Exception {
        Path file = Files.writeString(tmp.resolve("lines-" + lines + ".txt"), sentences(lines));
        long t0 = threads.getCurrentThreadCpuTime();
        converter.convert(file);
        return (threads.getCurrentThreadCpuTime() - t0) / 1e9;
    }

    @Test
    void ten_times_the_text_takes_time_in_proportion() throws Exception {
        cpuSeconds(5_000); // warm-up: class loading, regex compilation, JIT
        cpuSeconds(5_000);
        // best of three each, the sizes taken in turn, so that a burst of other work on the machine
        // slows one run, not one size: noise only ever adds time
        double small = Double.MAX_VALUE, large = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            small = Math.min(small, cpuSeconds(5_000));
            large = Math.min(large, cpuSeconds(50_000));
        }
        System.out.printf("extraction: 5,000 lines %.2f s, 50,000 lines %.2f s (ratio %.1f)%n", small, large, large / small);
        assertTrue(large <= MAX_RATIO * small, "50,000 lines took " + large + " s, 5,000 took " + small + " s: worse than linear");
        assertTrue(large < 20, "50,000 one-sentence lines took " + large + " s of CPU");
    }
}
