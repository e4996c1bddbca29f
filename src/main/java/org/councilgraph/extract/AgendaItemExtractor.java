package org.councilgraph.extract;

import org.councilgraph.document.DocumentType;
import org.councilgraph.model.AgendaItem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items of business: a numbered item heading as agenda and minutes pages print it ("25 Children's
 * Services Directorate Quarterly Monitoring Report (Q2 2025/26)", "Item 7: …") when the page marks it as
 * an item (a "Minutes:" or "PDF 332 KB" line follows), and the title field of a decision proforma
 * ("Title of Item/Report"). In minutes, a numbered line in title case ("15. Ofsted Focused Visit") is
 * an item heading too.
 */
public final class AgendaItemExtractor implements Extractor {
    private static final Pattern NUMBERED = Pattern.compile("^(?:(?:Agenda\\s+)?Item\\s+)?(\\d{1,3}[a-z]?)(?:\\.|:|\\s+[-–:])?\\s+([A-Z‘“'\"(].{3,250})$");
    /** A minute number with the committee's prefix, as some councils print it: "EDU 21 SCHOOL PERFORMANCE", "CAB/12 Budget Monitoring". */
    private static final Pattern PREFIXED = Pattern.compile("^([A-Z]{2,5}[ /.]?\\d{1,3}[a-z]?)(?:\\.|:|\\s+[-–:])?\\s+([A-Z‘“'\"(]\\S*\\s+\\S.{2,250}|[A-Z][A-Za-z]{3,})$");
    private static final Pattern ITEM_WORD = Pattern.compile("^(?i:agenda\\s+)?Item\\s+(\\d{1,3}[a-z]?)\\s*[:.\\-–]\\s*(\\S.{3,250})$");
    /** Lines that ModernGov and similar systems print under an item heading. */
    private static final Pattern ITEM_MARKER = Pattern.compile(
            "(?i)^(?:minutes\\s*:|decision\\s*:|pdf\\s+\\d|additional documents\\s*:|supporting documents\\s*:|purpose of (?:the )?report|report of\\b)");
    private static final Pattern FORM_LABEL = Pattern.compile(
            "(?i)^(?:\\d{1,2}\\.?\\s*)?" + Lexicon.alternation("form-labels.txt") + "(?:\\s*:\\s*(.*)|\\s*:?)$");

    @Override public String id() { return "agenda-item"; }

    /**
     * Minutes name themselves so ("Minutes of the meeting …", "Minutes for Children Scrutiny Panel",
     * "Minutes of the Schools Forum held on …", "MINUTES" alone under the committee's name);
     * their numbered title lines are items even without a ModernGov marker.
     */
    private static final Pattern MINUTES_HEADING = Pattern.compile("(?i:\\bminutes\\s+of\\s+(?:the\\s+|an?\\s+)?(?:\\w+\\s+)?meeting\\b)"
            + "|(?m:^)[ \\t]*Minutes\\s+for\\s+(?:the\\s+)?" + MeetingExtractor.COMMITTEE
            + "|(?m:^)[ \\t]*(?i:minutes)\\s+of\\s+(?:the\\s+)?" + MeetingExtractor.COMMITTEE + "\\s+(?i:held)\\b"
            + "|(?m:^[ \\t]*(?:MINUTES|Minutes)[ \\t]*$)");

    /** A page about one item ("Agenda item", "Decision details"): its first line is the item's title. */
    private static final Pattern PAGE_HEADING = Pattern.compile("(?i)^" + Lexicon.alternation("item-page-headings.txt") + "$");
    /** The heading row of a web page's table of items ("No. Item"). */
    private static final Pattern TABLE_HEADING = Pattern.compile("(?i)^" + Lexicon.alternation("item-table-headings.txt") + "$");
    /** An item number alone on its line, as web pages copied to text print it ("5." then the title). */
    private static final Pattern LONE_NUMBER = Pattern.compile("^(\\d{1,3}[a-z]?)\\.?$");
    /** A title followed by its attachment's link ("Constitution pdf icon PDF 308 KB", "Local Offer PDF 314 KB Additional documents: …"). */
    private static final Pattern FILE_LINK = Pattern.compile(
            "^(.{3,250}?)\\s+(?i:pdf\\s+icon\\s+)?(?:PDF|Word|DOCX?|XLSX?|HTML)\\s+\\d+(?:[.,]\\d+)?\\s*[KM]B\\b.*$");
    /** A page's field ("Meeting: 13/03/2024 - …", "Is subject to call in?: No") is not a title. */
    private static final Pattern FIELD = Pattern.compile("(?i)^(?:" + Lexicon.alternation("page-field-labels.txt") + "\\s*:|[^:]{1,60}\\?\\s*:)");
    /** A short "Label: value" line, unless the page's heading vouches for it ("Update to Constitution: Terms of Reference"). */
    private static final Pattern SHORT_LABEL = Pattern.compile("^\\S+(?:\\s+\\S+){0,3}\\s*:(?:\\s.*)?$");
    /** ModernGov's subtitle with the item's number: "Meeting: 13/03/2024 - Cabinet (Item 45)". */
    private static final Pattern SUBTITLE_ITEM = Pattern.compile("(?im)^[ \\t]*(?:meeting|decided\\s+at\\s+meeting)\\s*:\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\b[^\\n]*\\(\\s*Item\\s+(\\w+)\\s*\\)[ \\t]*$");
    /** The line ModernGov prints under an item's title (a decision page's "Decision:" follows its purpose instead). */
    private static final Pattern SECTION_LABEL = Pattern.compile("(?i)^minutes\\s*:$");

    @Override
    public void extract(ExtractionContext ctx) {
        List<TextLayout.Block> blocks = ctx.layout().blocks();
        boolean minutes = ctx.document().sidecar().documentType() == DocumentType.MINUTES
                || MINUTES_HEADING.matcher(ctx.text()).find();
        List<AgendaItem> found = new ArrayList<>();
        int lastNumber = -1;
        for (int i = 0; i < blocks.size(); i++) {
            TextLayout.Block b = blocks.get(i);
            String line = ctx.layout().flat(b.start(), b.end()).strip();
            if (ctx.text().substring(b.start(), b.end()).contains("\n")) {
                labelledLines(ctx, b, found);
                continue;
            }
            AgendaItem webItem = webPageItem(ctx, blocks, i);
            if (webItem != null) {
                lastNumber = addNumbered(found, webItem, lastNumber);
                continue;
            }
            if (line.length() > 260) continue;

            Matcher form = FORM_LABEL.matcher(ctx.layout().content(b).strip());
            if (form.matches()) {
                String title = form.group(1) == null ? "" : form.group(1).strip();
                int start = b.start(), end = b.end();
                if (title.isEmpty() && i + 1 < blocks.size()) {
                    TextLayout.Block next = blocks.get(i + 1);
                    title = ctx.layout().content(next).strip();
                    end = next.end();
                }
                if (!title.isEmpty() && title.length() <= 250) {
                    found.add(new AgendaItem(null, title(title), List.of(ctx.evidence(start, end, this))));
                }
                continue;
            }
            Matcher item = ITEM_WORD.matcher(line);
            boolean explicit = item.matches();
            if (!explicit) {
                item = NUMBERED.matcher(line);
                if (!item.matches()) item = PREFIXED.matcher(line);
                if (!item.matches() || line.endsWith(".")) continue;
            }
            String title = item.group(2);
            Matcher link = FILE_LINK.matcher(title);
            boolean linked = link.matches();
            if (linked) title = link.group(1);
            if (!explicit && !linked) {
                boolean titleLine = minutes && line.length() <= 120 && (TextLayout.isTitleCase(title) || sentenceCaseHeading(ctx, blocks, i, title, item.group(1), lastNumber));
                if (!titleLine && !markedAsItem(ctx, blocks, i) && !(minutes && subNumberedNext(ctx, blocks, i, item.group(1)))) continue;
            }
            lastNumber = addNumbered(found, new AgendaItem(item.group(1), title(title), List.of(ctx.evidence(b.start(), b.end(), this))), lastNumber);
        }
        Matcher subtitle = SUBTITLE_ITEM.matcher(ctx.text());
        String pageNumber = subtitle.find() ? subtitle.group(1) : null;
        List<AgendaItem> items = withoutRepeats(found);
        for (AgendaItem it : items) {
            // a page whose subtitle gives the item's number but prints no numbered heading ("Meeting: … (Item 45)")
            boolean pageTitle = it.number() == null && it.evidence().get(0).rule().endsWith("/page-title");
            ctx.add(pageTitle && pageNumber != null ? new AgendaItem(pageNumber, it.title(), it.evidence()) : it);
        }
        // the subtitle alone, its page's title not in the text: the item is known by its number
        if (items.isEmpty() && pageNumber != null) {
            ctx.add(new AgendaItem(pageNumber, null, List.of(ctx.evidence(subtitle.start(), subtitle.end(), this, "subtitle"))));
        }
    }

    /**
     * Adds an item unless its number does not follow the last one: items of a page are numbered in
     * order, so a lower number after "37 Questions" is a numbered paragraph inside the item.
     */
    private static int addNumbered(List<AgendaItem> found, AgendaItem item, int lastNumber) {
        if (item.number() == null || !Texts.fullMatch(item.number(), "\\d+")) {
            found.add(item);
            return lastNumber;
        }
        int n = Integer.parseInt(item.number());
        if (n <= lastNumber) return lastNumber;
        found.add(item);
        return n;
    }

    /**
     * A page's own title is printed again as its numbered item heading ("Agenda item / Annual Report"
     * then "45 Annual Report"), or an issue page's title stands over the item heading the meeting gave
     * it: the numbered heading is the item. Any second copy of a title is dropped too.
     */
    private static List<AgendaItem> withoutRepeats(List<AgendaItem> found) {
        List<AgendaItem> out = new ArrayList<>();
        boolean anyNumbered = found.stream().anyMatch(o -> o.number() != null);
        for (AgendaItem it : found) {
            String key = Texts.key(it.title());
            boolean pageTitle = it.number() == null && it.evidence().get(0).rule().endsWith("/page-title");
            boolean numberedTwin = it.number() == null && (pageTitle && anyNumbered
                    || found.stream().anyMatch(o -> o != it && o.number() != null && Texts.key(o.title()).equals(key)));
            boolean repeat = out.stream().anyMatch(o -> Texts.key(o.title()).equals(key) && java.util.Objects.equals(o.number(), it.number()));
            if (!numberedTwin && !repeat) out.add(it);
        }
        return out;
    }

    /**
     * An item as a web page copied to text prints it: the title under the page's heading ("Agenda
     * item", "Decision details") or under the table heading "No. Item", a title followed by its
     * attachment's link ("pdf icon PDF 237 KB") or by a "Minutes:" line, its number alone on the line
     * above ("5.").
     */
    private AgendaItem webPageItem(ExtractionContext ctx, List<TextLayout.Block> blocks, int i) {
        TextLayout.Block b = blocks.get(i);
        String line = ctx.layout().content(b).strip();
        if (line.isEmpty() || LONE_NUMBER.matcher(line).matches() || PAGE_HEADING.matcher(line).matches()) return null;
        String prev = i > 0 ? ctx.layout().content(blocks.get(i - 1)).strip() : "";
        String next = i + 1 < blocks.size() ? ctx.layout().content(blocks.get(i + 1)).strip() : "";
        Matcher link = FILE_LINK.matcher(line);
        // a link under a label ("Supporting documents:", "Background papers:") or under another link is an attachment, not an item
        boolean linked = link.matches() && !prev.endsWith(":") && !FILE_LINK.matcher(prev).matches();
        String title = linked ? link.group(1).strip() : line;
        if (title.length() > 250 || FIELD.matcher(title).find() || !startsLikeTitle(title)) return null;
        Matcher number = LONE_NUMBER.matcher(prev);
        boolean numbered = number.matches();
        boolean underHeading = i > 0 && (PAGE_HEADING.matcher(prev).matches() || TABLE_HEADING.matcher(prev).matches())
                && !title.endsWith(":");
        boolean sectionNext = SECTION_LABEL.matcher(next).matches() && !title.endsWith(".") && !title.endsWith(":");
        boolean numberNext = numbered && LONE_NUMBER.matcher(next).matches() && !title.endsWith(".");
        if (!(linked || underHeading || sectionNext || numberNext)) return null;
        // "Report of the Strategic Director" under a title is the item's byline
        if (!underHeading && (SHORT_LABEL.matcher(title).matches() || ITEM_MARKER.matcher(title).find())) return null;
        if (NUMBERED.matcher(title).matches() && !numbered && !underHeading) return null; // "37 Questions pdf icon …": the numbered rule reads it
        int start = numbered ? blocks.get(i - 1).start() : b.start();
        int end = linked ? b.start() + ctx.layout().content(b).indexOf(title) + title.length() : b.end();
        return new AgendaItem(numbered ? number.group(1) : null, title(title),
                List.of(ctx.evidence(start, end, this, linked ? "linked-title" : numbered ? "numbered-title" : "page-title")));
    }

    private static boolean startsLikeTitle(String s) {
        char c = s.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "‘“'\"(".indexOf(c) >= 0;
    }

    /** A title as printed, squashed; one written in capitals is given in title case. */
    static String title(String raw) {
        String t = Texts.trimEnd(Texts.squash(raw));
        return Texts.isAllCaps(t) ? Texts.titleCase(t) : t;
    }

    /**
     * A front sheet whose "Label: value" lines run together into one block ("Report to: …\nDate of
     * meeting: …\nTitle: …"): a title label with its value on the same line is read line by line.
     */
    private void labelledLines(ExtractionContext ctx, TextLayout.Block b, List<AgendaItem> found) {
        int pos = b.start();
        while (pos < b.end()) {
            int nl = ctx.text().indexOf('\n', pos);
            int end = nl < 0 || nl > b.end() ? b.end() : nl;
            String line = ctx.layout().flat(pos, end).strip();
            Matcher form = FORM_LABEL.matcher(line);
            if (form.matches() && form.group(1) != null && !form.group(1).isBlank() && form.group(1).strip().length() <= 250) {
                found.add(new AgendaItem(null, title(form.group(1)), List.of(ctx.evidence(pos, end, this))));
            }
            pos = end + 1;
        }
    }

    /** A minute whose paragraphs are numbered under its own number ("13. Apologies" then "13.1 Apologies were received …"). */
    private static boolean subNumberedNext(ExtractionContext ctx, List<TextLayout.Block> blocks, int i, String number) {
        if (i + 1 >= blocks.size()) return false;
        TextLayout.Block next = blocks.get(i + 1);
        return ctx.layout().flat(next.start(), next.end()).strip().matches("(?s)" + Pattern.quote(number) + "\\.\\d{1,2}\\b.*");
    }

    /** A heading's title does not open like a clause or resolution, nor hold a finite verb ("That the report be noted"). */
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)^(?:that|to|the\\s+\\w+\\s+(?:was|were|is|are|will|has|had)|" + Lexicon.alternation("decision-verbs.txt") + ")\\b"
            + "|\\b(?:was|were|is|are|be|been|will|would|should|has|had|have)\\b|[,;:]\\s*$"
            + "|\\b(?:" + Lexicon.alternation("reporting-verbs.txt") + "|" + Lexicon.alternation("answer-verbs.txt")
            + "|" + Lexicon.alternation("discussion-verbs.txt") + ")\\b");

    /**
     * Minutes often print item headings in sentence case ("3. Apologies for absence", "4. Declarations
     * of interest", "6. Fostering recruitment update"): a short numbered line that is no clause, with a
     * paragraph (not another list item) under it, numbered next after the item before it if any.
     */
    private static boolean sentenceCaseHeading(ExtractionContext ctx, List<TextLayout.Block> blocks, int i, String title, String number, int lastNumber) {
        if (lastNumber >= 0 && !String.valueOf(lastNumber + 1).equals(number)) return false;
        if (title.length() > 80 || Texts.WHITESPACE.split(title).length > 9 || CLAUSE.matcher(title).find()) return false;
        if (i + 1 >= blocks.size()) return false;
        TextLayout.Block next = blocks.get(i + 1);
        return !next.isListItem() && !ctx.layout().content(next).strip().isEmpty();
    }

    private static boolean markedAsItem(ExtractionContext ctx, List<TextLayout.Block> blocks, int i) {
        for (int j = i + 1; j < Math.min(blocks.size(), i + 4); j++) {
            if (ITEM_MARKER.matcher(ctx.layout().content(blocks.get(j)).strip()).find()) return true;
        }
        return false;
    }
}
