package org.councilgraph.document;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a ModernGov page (agenda item {@code mgAi.aspx}, meeting minutes with many items,
 * {@code ieDecisionDetails.aspx}) as text the extractors read: "Committee: …" and "Date: 15
 * February 2018" lines first (from the "Meeting: 15/02/2018 - Cabinet (Item 25)" subtitle, the
 * page title or the decision maker and date of decision), then each item as a heading line
 * "25 Title" followed by its section lines ("Minutes:", "Decision:"), attachment sizes ("PDF 332
 * KB") and its paragraphs. Keeping item headings is what lets the agenda-item rule find every item
 * of a minutes page; facts after a heading belong to that item by position.
 */
final class ModernGovLayout {
    private static final String MARKERS = ".mgAiTitleTxt, .mgSectionTitle, .mgSubTitleTxt, .mgMainTitleTxt, .mgItemTable,"
            + " .mgMainTable, .mgSubItemTitleTxt, .mgItemNumberCell";
    private static final Pattern SUBTITLE = Pattern.compile(
            "(?i)^Meeting\\s*:\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\s*[-–]\\s*(.+?)(?:\\s*\\(\\s*Item\\s+(\\w+)\\s*\\))?\\s*$");
    private static final Pattern PAGE_TITLE = Pattern.compile(
            "(?i)^(?:agenda(?:\\s+and\\s+(?:draft\\s+)?minutes)?|(?:draft\\s+)?minutes|decisions|agenda\\s+item)\\s*[:\\-–]?\\s*(.+?)\\s*[-–]\\s*"
            + "(?:[a-z]+day,?\\s*)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+),?\\s+(\\d{4})");
    private static final Pattern LABEL = Pattern.compile("(?i)^(decision\\s+maker|date\\s+of\\s+decision|meeting\\s+date|date)\\s*:\\s*(.*)$");
    private static final Pattern FILE_SIZE = Pattern.compile("(?i)^(.*?)\\s*\\b((?:PDF|Word|DOCX?|HTML|XLSX?)\\s+\\d+(?:\\.\\d+)?\\s*[KM]B)\\b.*$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3}[a-z]?)\\.?$");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Document doc;
    private final Set<Element> consumed = new HashSet<>();
    private String committee;
    private LocalDate date;
    private String itemNumber;

    ModernGovLayout(Document doc) { this.doc = doc; }

    static boolean isModernGov(Document doc) { return !doc.select(MARKERS).isEmpty(); }

    String layOut(List<String> warnings) {
        Element content = doc.selectFirst("#modgov");
        if (content == null) content = doc.selectFirst(".mgContent");
        if (content == null) content = doc.body() != null ? doc.body() : doc;
        content.select("[class*=Bread], .mgLinks, .mgPageHeader, .mgFooter").remove();
        findMeeting(content);
        LaidOutText out = new LaidOutText();
        if (committee != null) out.paragraph("Committee: " + committee);
        if (date != null) out.paragraph("Date: " + date.format(LONG));
        if (committee == null && date == null) warnings.add("ModernGov page without a meeting subtitle, title or decision maker");
        Walker w = new Walker(out);
        w.block(content);
        return w.finish();
    }

    private void findMeeting(Element content) {
        for (Element e : content.select(".mgSubTitleTxt, .mgMainTitleTxt, h1, h2, h3, p")) {
            String t = LaidOutText.squash(e.ownText().isBlank() ? e.text() : e.text());
            Matcher m = SUBTITLE.matcher(t);
            if (m.matches()) {
                setDate(m.group(1));
                if (committee == null) committee = m.group(2).strip();
                if (itemNumber == null) itemNumber = m.group(3);
                consumed.add(e);
                continue;
            }
            Matcher p = PAGE_TITLE.matcher(t);
            if (p.find() && (e.hasClass("mgMainTitleTxt") || e.normalName().equals("h1"))) {
                if (committee == null) committee = p.group(1).strip();
                if (date == null) {
                    try {
                        date = LocalDate.parse(p.group(2) + " " + p.group(3) + " " + p.group(4), LONG);
                    } catch (DateTimeParseException ignored) {
                        // a title we misread gives no date rather than a wrong one
                    }
                }
            }
        }
        // decision pages: "Decision Maker: Cabinet", "Date of decision: 15/02/2018", as one paragraph or title + next
        for (Element e : content.select(".mgSectionTitle, p, h2, h3, td, th, span")) {
            Matcher m = LABEL.matcher(LaidOutText.squash(e.text()));
            if (!m.matches()) continue;
            String value = m.group(2).strip();
            if (value.isEmpty() && e.nextElementSibling() != null) value = LaidOutText.squash(e.nextElementSibling().text());
            if (value.isEmpty()) continue;
            if (m.group(1).toLowerCase(Locale.ROOT).startsWith("decision") && committee == null) committee = value;
            else if (!m.group(1).toLowerCase(Locale.ROOT).startsWith("decision")) setDate(value.split("\\s+")[0]);
        }
    }

    private void setDate(String dmy) {
        if (date != null) return;
        try {
            date = LocalDate.parse(dmy, DMY);
        } catch (DateTimeParseException ignored) {
            // not a dd/mm/yyyy date
        }
    }

    private final class Walker extends HtmlDocumentReader.Walker {
        Walker(LaidOutText out) { super(out); }

        @Override
        boolean special(Element e) {
            if (consumed.contains(e)) return true;
            if (e.hasClass("mgAiTitleTxt")) {
                flush();
                String title = LaidOutText.squash(e.text());
                if (itemNumber != null && !title.matches("^\\d.*")) title = itemNumber + " " + title;
                out.paragraph(title);
                return true;
            }
            if (e.hasClass("mgSectionTitle") || e.hasClass("mgSubItemTitleTxt")) {
                flush();
                String t = LaidOutText.squash(e.text());
                out.paragraph(t.endsWith(":") || t.endsWith("?") || t.isEmpty() ? t : t + ":");
                return true;
            }
            if (e.normalName().equals("a") || e.normalName().equals("li")) {
                Matcher m = FILE_SIZE.matcher(LaidOutText.squash(e.text()));
                if (m.matches()) {
                    flush();
                    out.paragraph(m.group(1));
                    out.paragraph(m.group(2));
                    return true;
                }
            }
            return false;
        }

        @Override
        void rows(Element table) {
            for (Element row : directRows(table)) {
                List<Element> cells = row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
                if (cells.size() >= 2 && isItemNumber(cells.get(0)) && cells.get(1).selectFirst(".mgAiTitleTxt") != null) {
                    Element body = cells.get(1).clone();
                    Element titleEl = body.selectFirst(".mgAiTitleTxt");
                    String title = LaidOutText.squash(titleEl.text());
                    titleEl.remove();
                    flush();
                    String number = ITEM_NUMBER.matcher(LaidOutText.squash(cells.get(0).text())).replaceAll("$1");
                    out.paragraph(number + " " + title);
                    block(body);
                    for (int i = 2; i < cells.size(); i++) block(cells.get(i));
                } else if (isLayoutRow(cells) || cells.stream().anyMatch(c -> c.selectFirst(MARKERS) != null)) {
                    for (Element c : cells) block(c);
                } else {
                    out.row(cells.stream().map(Element::text).toList());
                }
            }
        }

        private boolean isItemNumber(Element cell) {
            return cell.hasClass("mgItemNumberCell") || ITEM_NUMBER.matcher(LaidOutText.squash(cell.text())).matches();
        }
    }
}
