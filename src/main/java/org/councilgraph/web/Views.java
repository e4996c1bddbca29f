package org.councilgraph.web;

import java.util.List;

/** The view-models templates are fed: plain values and links, never RDF nodes. */
public final class Views {
    private Views() {}

    /** A link to a page ({@code url} null: plain text); {@code iri} is what it names. */
    public record Link(String url, String label, String iri) {}

    /** One value of a property: a link to a thing or a literal with its datatype or language. */
    public record Value(String text, String url, String note, boolean external) {}

    public record Property(Link predicate, List<Value> values) {}

    public record Evidence(String quote, Link source, String position, String rule) {}

    public record Inverse(Link subject, Link predicate) {}

    public record Resource(String iri, String label, List<Link> types, List<Property> properties, List<Evidence> evidence,
                           List<Inverse> inverse, String allInverseUrl, List<Link> graphs, List<Link> nationalLinks,
                           List<Link> formats, List<Link> graphContents, boolean moreGraphContents) {}

    public record Count(String kind, long count, String url) {}

    public record Home(List<Count> counts, List<Link> councils, String firstDate, String lastDate, long triples,
                       List<Link> indicators) {}

    public record InspectionRow(Link inspection, String type, String start, String grade, String gradeClass) {}

    public record Judgement(String area, String grade, String gradeClass) {}

    /** An SVG line chart: a polyline's points and axis labels, all in user units of a 600×200 box. */
    public record Chart(String title, String points, List<Point> dots, String minLabel, String maxLabel, String firstPeriod, String lastPeriod) {}

    public record Point(double x, double y, String label, String value) {}

    public record Council(Resource resource, String gss, List<InspectionRow> inspections, Link latestInspection,
                          List<Judgement> judgements, List<String> improvementAreas, List<Chart> charts,
                          List<Link> decisions, List<Link> documents, OfficialViews.CouncilOfficial official) {}

    public record GradeRow(Link council, Link inspection, String date, String grade, String gradeClass) {}

    public record IndicatorTable(String indicator, List<String> periods, List<IndicatorRow> rows, List<Link> indicators) {}

    public record IndicatorRow(Link council, List<String> values) {}

    /** A canned query as the SPARQL page lists it: its page URL and its text, which the editor opens. */
    public record Canned(String name, String title, String description, String url, String text) {}

    public record Download(String label, String url) {}
}
