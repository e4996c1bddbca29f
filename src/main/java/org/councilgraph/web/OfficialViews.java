package org.councilgraph.web;

import java.util.List;
import java.util.Map;

/** View-models of the pages that set official statistics beside the papers. */
public final class OfficialViews {
    private OfficialViews() {}

    /** A position on an axis and its label. */
    public record Tick(double pos, String label) {}

    public record Dot(double x, double y, String label) {}

    /** One line of a chart: a polyline's points and its dots, drawn in the CSS class given. */
    public record Line(String name, String cssClass, String points, List<Dot> dots) {}

    /** A figure a paper stated, drawn as a point that links to the quote it was read from. */
    public record PaperPoint(double x, double y, String label, String quote, String url) {}

    public record TableRow(String name, List<String> values) {}

    /**
     * A chart of figures over time in a {@code width}×{@code height} box: the value axis starts at zero, the time
     * axis is proportional to time, every line is named, and the same numbers follow as a table.
     */
    public record TimeChart(String title, String unitLabel, String note, int width, int height, double left, double bottom, double right, double top,
                            List<Tick> yTicks, List<Tick> xTicks, List<Line> lines, List<PaperPoint> paperPoints,
                            List<String> columns, List<TableRow> table, MorePaperFigures more) {
        /** The same chart, saying that it shows only the latest of more figures stated in papers. */
        TimeChart withMore(MorePaperFigures m) {
            return new TimeChart(title, unitLabel, note, width, height, left, bottom, right, top, yTicks, xTicks, lines, paperPoints, columns, table, m);
        }
    }

    /** How many figures papers state for a chart's measure when it shows only the latest, and the query for all of them. */
    public record MorePaperFigures(int total, String queryUrl) {}

    /** What a council page shows from the official record: comparators, charts, where each inspection is known from. */
    public record CouncilOfficial(Views.Link region, List<Views.Link> neighbours, List<TimeChart> charts,
                                  Map<String, String> inspectionSources, List<Views.Link> sources) {}

    /** A row of {@code /compare/ilacs}. */
    public record IlacsRow(Views.Link council, String gss, String region, String regionCode, Views.Link latest, String latestDate,
                           String latestGrade, String latestClass, Views.Link previous, String previousDate, String previousGrade,
                           String previousClass) {}

    /** One unit's table of {@code /compare/indicator}. */
    public record IndicatorTable(String unit, String unitLabel, List<String> periods, List<IndicatorRow> rows) {}

    public record IndicatorRow(Views.Link council, List<Cell> cells) {}

    /** A cell: the official value, and the papers' value when there is no official one or it differs. */
    public record Cell(String official, String paper) {}

    /** A row of the cross-check page. */
    public record CrossCheckRow(Views.Link council, Views.Link document, String kind, String measure, String period, String paperValue,
                                String officialValue, String unit, String verdict, String verdictClass, Views.Link source, String quote) {}
}
