package org.councilgraph.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    @Test
    void aChartKeepsTheLatestPaperFiguresByTheDayTheirPeriodEnds() {
        List<TimeCharts.Stated> stated = new ArrayList<>();
        for (int year = 1981; year <= 2025; year++) stated.add(yearFigure(year));
        stated.add(new TimeCharts.Stated(Periods.of("http://reference.data.gov.uk/id/month/1983-06"), BigDecimal.ONE, "June", null));
        Collections.shuffle(stated, new Random(3));

        List<TimeCharts.Stated> latest = TimeCharts.latest(stated, 40);

        assertEquals(40, latest.size());
        assertEquals(List.of("1986", "2025"), List.of(label(latest.stream().min((a, b) -> Periods.ORDER.compare(a.period(), b.period())).orElseThrow()),
                label(latest.stream().max((a, b) -> Periods.ORDER.compare(a.period(), b.period())).orElseThrow())));
        assertEquals(0, latest.stream().filter(s -> s.quote().equals("June")).count(), "June 1983 is older than 1986");
        List<TimeCharts.Stated> few = stated.subList(0, 40);
        assertSame(few, TimeCharts.latest(few, 40), "no more than the cap: all of them, as they were");
    }

    private static TimeCharts.Stated yearFigure(int year) {
        return new TimeCharts.Stated(Periods.of("http://reference.data.gov.uk/id/year/" + year), BigDecimal.valueOf(year), "in " + year, null);
    }

    private static String label(TimeCharts.Stated s) { return s.period().label(); }
}
