package org.councilgraph.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageAdmissionTest {

    @Test
    void neverRendersMorePagesAtOnceThanItHasTurns() throws Exception {
        PageAdmission admission = new PageAdmission(2, Duration.ofSeconds(10));
        AtomicInteger now = new AtomicInteger(), most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> pages = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                pages.add(pool.submit(() -> admission.render(() -> {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    sleep(5);
                    now.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < pages.size(); i++) assertEquals(i, pages.get(i).get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get(), "two turns: two renders at once, never more");
    }

    @Test
    void aRequestThatWaitsTooLongIsToldToComeBack() throws Exception {
        PageAdmission admission = new PageAdmission(1, Duration.ofMillis(200));
        CountDownLatch rendering = new CountDownLatch(1), release = new CountDownLatch(1);
        Thread slow = new Thread(() -> admission.render(() -> {
            rendering.countDown();
            await(release);
            return "slow page";
        }));
        slow.start();
        assertTrue(rendering.await(10, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        assertThrows(PageAdmission.Busy.class, () -> admission.render(() -> "never rendered"));
        assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(150).toNanos(), "it waited for a turn first");
        release.countDown();
        slow.join(10_000);
        assertEquals("next page", admission.render(() -> "next page"), "the turn is given back when the slow page is done");
    }

    @Test
    void aFailedRenderGivesItsTurnBack() {
        PageAdmission admission = new PageAdmission(1, Duration.ofMillis(200));
        assertThrows(IllegalStateException.class, () -> admission.render(() -> { throw new IllegalStateException("store closed"); }));
        assertEquals("page", admission.render(() -> "page"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
