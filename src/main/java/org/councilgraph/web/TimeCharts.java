package org.councilgraph.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out charts of figures over time honestly: the value axis runs from zero to a round number above the highest
 * value, the time axis is proportional to time (a gap of two years looks twice as long as one), every line is named
 * and the numbers are given again as a table.
 */
final class TimeCharts {
    static final int WIDTH = 640, HEIGHT = 260;
    /**
     * Most figures stated in papers a chart draws and lists: the latest ones. Over years of monthly reports a council's
     * papers state one measure hundreds of times; a chart of them all is unreadable and made the page hundreds of KB.
     */
    static final int MAX_PAPER_POINTS = 40;
    static final double LEFT = 56, RIGHT = 16, TOP = 16, BOTTOM = 40;

    /** A named line of values by period, drawn in a CSS class. */
    record Series(String name, String cssClass, Map<Periods.Period, BigDecimal> values) {}

    /** A paper's figure: its period, value, the quote it was read from and the page of its evidence. */
    record Stated(Periods.Period period, BigDecimal value, String quote, String url) {}

    private TimeCharts() {}

    /** The latest {@code max} of the figures, by the day their period ends; all of them if there are no more. */
    static List<Stated> latest(List<Stated> stated, int max) {
        if (stated.size() <= max) return stated;
        List<Stated> byPeriod = new ArrayList<>(stated);
        byPeriod.sort(java.util.Comparator.comparing(Stated::period, Periods.ORDER));
        return List.copyOf(byPeriod.subList(byPeriod.size() - max, byPeriod.size()));
    }

    static OfficialViews.TimeChart chart(String title, String unitLabel, String note, List<Series> series, List<Stated> stated) {
        List<LocalDate> days = new ArrayList<>();
        double max = 0;
        for (Series s : series) for (Map.Entry<Periods.Period, BigDecimal> e : s.values().entrySet()) {
            if (e.getKey().middle() != null) days.add(e.getKey().middle());
            max = Math.max(max, e.getValue().doubleValue());
        }
        for (Stated p : stated) {
            if (p.period().middle() != null) days.add(p.period().middle());
            max = Math.max(max, p.value().doubleValue());
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElse(LocalDate.now()).minusMonths(6);
        LocalDate last = days.stream().max(LocalDate::compareTo).orElse(LocalDate.now()).plusMonths(6);
        double step = niceStep(max);
        double top = max <= 0 ? 1 : Math.ceil(max / step) * step;
        Axis axis = new Axis(first.toEpochDay(), last.toEpochDay(), top);

        List<OfficialViews.Line> lines = new ArrayList<>();
        for (Series s : series) {
            StringBuilder poly = new StringBuilder();
            List<OfficialViews.Dot> dots = new ArrayList<>();
            for (Map.Entry<Periods.Period, BigDecimal> e : sorted(s.values()).entrySet()) {
                if (e.getKey().middle() == null) continue;
                double x = axis.x(e.getKey().middle()), y = axis.y(e.getValue().doubleValue());
                poly.append(tenths(x)).append(',').append(tenths(y)).append(' ');
                dots.add(new OfficialViews.Dot(round(x), round(y), s.name() + ", " + e.getKey().label() + ": " + number(e.getValue())));
            }
            lines.add(new OfficialViews.Line(s.name(), s.cssClass(), poly.toString().strip(), dots));
        }
        List<OfficialViews.PaperPoint> points = new ArrayList<>();
        for (Stated p : stated) {
            if (p.period().middle() == null) continue;
            points.add(new OfficialViews.PaperPoint(round(axis.x(p.period().middle())), round(axis.y(p.value().doubleValue())),
                    "A paper: " + p.period().label() + ": " + number(p.value()), p.quote(), p.url()));
        }
        List<OfficialViews.Tick> yTicks = new ArrayList<>();
        for (double v = 0; v <= top + step / 2; v += step) yTicks.add(new OfficialViews.Tick(round(axis.y(v)), number(BigDecimal.valueOf(v))));
        List<OfficialViews.Tick> xTicks = new ArrayList<>();
        int years = last.getYear() - first.getYear();
        int every = years > 24 ? 4 : years > 12 ? 2 : 1;
        for (int y = first.getYear() + 1; y <= last.getYear(); y++) {
            if (y % every == 0) xTicks.add(new OfficialViews.Tick(round(axis.x(LocalDate.of(y, 1, 1))), String.valueOf(y)));
        }
        return table(new OfficialViews.TimeChart(title, unitLabel, note, WIDTH, HEIGHT, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, TOP,
                yTicks, xTicks, lines, points, List.of(), List.of(), null), series, stated);
    }

    /** The same numbers as a table: one row per line (and one for the papers), one column per period. */
    private static OfficialViews.TimeChart table(OfficialViews.TimeChart c, List<Series> series, List<Stated> stated) {
        TreeMap<Periods.Period, Boolean> periods = new TreeMap<>(Periods.ORDER);
        series.forEach(s -> s.values().keySet().forEach(p -> periods.put(p, true)));
        stated.forEach(p -> periods.put(p.period(), true));
        List<String> columns = periods.keySet().stream().map(Periods.Period::label).toList();
        List<OfficialViews.TableRow> rows = new ArrayList<>();
        for (Series s : series) {
            Map<String, BigDecimal> byIri = new LinkedHashMap<>();
            s.values().forEach((p, v) -> byIri.put(p.iri(), v));
            rows.add(new OfficialViews.TableRow(s.name(), periods.keySet().stream().map(p -> byIri.containsKey(p.iri()) ? number(byIri.get(p.iri())) : "").toList()));
        }
        if (!stated.isEmpty()) {
            Map<String, String> byIri = new LinkedHashMap<>();
            stated.forEach(p -> byIri.merge(p.period().iri(), number(p.value()), (a, b) -> a.equals(b) ? a : a + " / " + b));
            rows.add(new OfficialViews.TableRow("Stated in papers", periods.keySet().stream().map(p -> byIri.getOrDefault(p.iri(), "")).toList()));
        }
        return new OfficialViews.TimeChart(c.title(), c.unitLabel(), c.note(), c.width(), c.height(), c.left(), c.bottom(), c.right(), c.top(),
                c.yTicks(), c.xTicks(), c.lines(), c.paperPoints(), columns, rows, null);
    }

    private static TreeMap<Periods.Period, BigDecimal> sorted(Map<Periods.Period, BigDecimal> values) {
        TreeMap<Periods.Period, BigDecimal> t = new TreeMap<>(Periods.ORDER);
        t.putAll(values);
        return t;
    }

    /** A round step (1, 2, 2.5 or 5 times a power of ten) that divides the axis into about five parts. */
    static double niceStep(double max) {
        if (max <= 0) return 0.2;
        double raw = max / 5, magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) if (m * magnitude >= raw) return m * magnitude;
        return 10 * magnitude;
    }

    private record Axis(long firstDay, long lastDay, double top) {
        double x(LocalDate d) { return LEFT + (d.toEpochDay() - firstDay) * (WIDTH - LEFT - RIGHT) / Math.max(1, lastDay - firstDay); }
        double y(double v) { return HEIGHT - BOTTOM - v / top * (HEIGHT - TOP - BOTTOM); }
    }

    private static double round(double d) { return Math.round(d * 10) / 10.0; }

    /**
     * {@code d} to one decimal, as {@link #round} rounds it (so a line passes through its dots): by hand, because
     * {@code String.format} made a tenth of a council page's time.
     */
    static String tenths(double d) {
        long t = Math.round(d * 10);
        return (t < 0 ? "-" : "") + Math.abs(t / 10) + "." + Math.abs(t % 10);
    }

    static String number(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        String plain = s.toPlainString();
        if (s.scale() == 0 && s.abs().compareTo(BigDecimal.valueOf(10000)) >= 0) return String.format(Locale.UK, "%,d", s.longValueExact());
        return plain;
    }
}
