package org.councilgraph.document;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word 97–2003 (.doc) through POI's HWPF: the main text range (headers and footers excluded),
 * list paragraphs as "• " items, table paragraphs gathered into rows of tab-separated cells, field
 * codes removed.
 */
public final class DocDocumentReader implements DocumentReader {
    /** {@code \u0013 code \u0014 result \u0015}: keep the result, drop the code. */
    private static final Pattern FIELD_CODE = Pattern.compile("\u0013[^\u0013\u0014\u0015]*(?:\u0014|\u0015)");

    @Override public String mediaType() { return "application/msword"; }

    @Override
    public Extracted extract(Path file, byte[] bytes) throws DocumentException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            LaidOutText out = new LaidOutText();
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                String raw = p.text();
                String text = clean(raw);
                if (p.isInTable()) {
                    if (p.isTableRowEnd()) {
                        out.row(cells);
                        cells = new ArrayList<>();
                        continue;
                    }
                    cell.append(text).append(' ');
                    if (raw.endsWith("\u0007")) {
                        cells.add(cell.toString());
                        cell.setLength(0);
                    }
                    continue;
                }
                if (p.isInList()) out.listItem(text);
                else out.paragraph(text);
            }
            if (out.isEmpty()) throw new DocumentException(file, "Word document has no text");
            return new Extracted(out.build());
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file, "not a readable .doc (" + Formats.oneLine(e) + ")");
        }
    }

    private static String clean(String raw) {
        String s = raw;
        for (String prev = null; !s.equals(prev); ) {
            prev = s;
            s = FIELD_CODE.matcher(s).replaceAll("");
        }
        return s.replace("\u0015", "").replace("\u0007", " ").replace('\r', ' ').replace('\u000b', ' ').replace('\f', ' ');
    }
}
