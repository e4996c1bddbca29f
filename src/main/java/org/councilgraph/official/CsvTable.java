package org.councilgraph.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CSV file (RFC 4180: commas, double-quoted fields that may hold commas, quotes and line breaks) as a header and
 * rows, each row keeping the line it starts on and its raw text with its position, so that a problem can be reported
 * by line and a fact can quote the row it came from.
 */
public record CsvTable(List<String> header, List<Row> rows) {
    /** One row: its cells, the line it starts on (the header is line 1), its text and the code-point offsets of that text. */
    public record Row(int line, List<String> cells, String text, int start, int end) {}

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The position of a column by its name, ignoring case and surrounding spaces. */
    public Optional<Integer> column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) return Optional.of(i);
        }
        return Optional.empty();
    }

    public static CsvTable parse(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark is not part of the first column's name
        List<List<String>> records = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // start, end (chars), line
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1, recordLine = 1, recordStart = 0;
        int i = 0, n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < n && text.charAt(i + 1) == '"') { cell.append('"'); i += 2; continue; }
                if (ch == '"') { quoted = false; i++; continue; }
                if (ch == '\n') line++;
                cell.append(ch);
                i++;
                continue;
            }
            if (ch == '"' && cell.isEmpty()) { quoted = true; i++; continue; }
            if (ch == ',') { cells.add(cell.toString()); cell.setLength(0); i++; continue; }
            if (ch == '\r' || ch == '\n') {
                int end = i;
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                i++;
                cells.add(cell.toString());
                cell.setLength(0);
                if (!(cells.size() == 1 && cells.get(0).isEmpty())) { // blank lines hold no row
                    records.add(cells);
                    spans.add(new int[]{recordStart, end, recordLine});
                }
                cells = new ArrayList<>();
                line++;
                recordLine = line;
                recordStart = i;
                continue;
            }
            cell.append(ch);
            i++;
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(cells);
            spans.add(new int[]{recordStart, n, recordLine});
        }
        if (records.isEmpty()) return new CsvTable(List.of(), List.of());
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            int[] s = spans.get(r);
            int start = text.codePointCount(0, s[0]);
            rows.add(new Row(s[2], records.get(r), text.substring(s[0], s[1]), start, start + text.codePointCount(s[0], s[1])));
        }
        return new CsvTable(records.get(0).stream().map(String::strip).toList(), rows);
    }
}
