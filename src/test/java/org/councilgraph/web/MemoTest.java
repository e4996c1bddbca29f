package org.councilgraph.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemoTest {
    @Test
    void computesEachArgumentOnceUpToItsLimitThenAfreshWithoutKeeping() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, String> memo = new Memo<>(k -> { calls.incrementAndGet(); return "v" + k; }, 2);

        assertEquals("v1", memo.get(1));
        assertEquals("v1", memo.get(1));
        assertEquals("v2", memo.get(2));
        assertEquals(2, calls.get(), "each of the first two computed once");

        assertEquals("v3", memo.get(3));
        assertEquals("v3", memo.get(3));
        assertEquals(4, calls.get(), "past the limit: computed every time");
        assertEquals("v2", memo.get(2));
        assertEquals(4, calls.get(), "those kept stay kept");
    }
}
