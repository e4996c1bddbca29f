package org.councilgraph.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/** Lays out a line chart of one figure over time in a 600×200 box; the template draws it as SVG. */
final class Charts {
    static final double WIDTH = 600, HEIGHT = 200, PAD = 30;
    // PAD leaves room above the highest point for its value label

    private Charts() {}

    static Views.Chart line(String title, SortedMap<String, BigDecimal> points) {
        double min = points.values().stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = points.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        if (max == min) { max = max + 1; min = Math.min(0, min); }
        int n = points.size();
        StringBuilder poly = new StringBuilder();
        List<Views.Point> dots = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : points.entrySet()) {
            double x = n == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
            double y = HEIGHT - PAD - (e.getValue().doubleValue() - min) / (max - min) * (HEIGHT - 2 * PAD);
            poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.add(new Views.Point(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, e.getKey() + ": " + e.getValue().toPlainString(), e.getValue().toPlainString()));
            i++;
        }
        return new Views.Chart(title, poly.toString().strip(), dots, fmt(min), fmt(max), points.firstKey(), points.lastKey());
    }

    private static String fmt(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
