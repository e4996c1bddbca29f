package org.councilgraph.web;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeChartsTest {
    @Test
    void coordinatesHaveOneDecimalRoundedAsTheDotsAre() {
        assertEquals("56.0", TimeCharts.tenths(56));
        assertEquals("123.5", TimeCharts.tenths(123.45));
        assertEquals("0.1", TimeCharts.tenths(0.05));
        assertEquals("-0.5", TimeCharts.tenths(-0.5));
        assertEquals("-12.3", TimeCharts.tenths(-12.34));
        Random r = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double d = r.nextDouble() * 2 * TimeCharts.WIDTH - TimeCharts.WIDTH;
            // the dots print Math.round(d * 10) / 10.0 as a double; the line's points must be the same numbers
            assertEquals(Double.parseDouble(TimeCharts.tenths(d)), Math.round(d * 10) / 10.0, 0.0, "at " + d);
        }
    }
}
