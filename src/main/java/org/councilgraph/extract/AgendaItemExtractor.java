package org.councilgraph.extract;

import org.councilgraph.document.DocumentType;
import org.councilgraph.model.AgendaItem;

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
    private static final Pattern PREFIXED = Pattern.compile("^([A-Z]{2,5}[ /.]?\\d{1,3}[a-z]?)(?:\\.|:|\\s+[-–:])?\\s+([A-Z‘“'\"(]\\S*\\s+\\S.{2,250})$");
    private static final Pattern ITEM_WORD = Pattern.compile("^(?i:agenda\\s+)?Item\\s+(\\d{1,3}[a-z]?)\\s*[:.\\-–]\\s*(\\S.{3,250})$");
    /** Lines that ModernGov and similar systems print under an item heading. */
    private static final Pattern ITEM_MARKER = Pattern.compile(
            "(?i)^(?:minutes\\s*:|decision\\s*:|pdf\\s+\\d|additional documents\\s*:|supporting documents\\s*:|purpose of (?:the )?report|report of\\b)");
    private static final Pattern FORM_LABEL = Pattern.compile(
            "(?i)^(?:\\d{1,2}\\.?\\s*)?" + Lexicon.alternation("form-labels.txt") + "(?:\\s*:\\s*(.*)|\\s*:?)$");

    @Override public String id() { return "agenda-item"; }

    /** Minutes name themselves so; their numbered title lines are items even without a ModernGov marker. */
    private static final Pattern MINUTES_HEADING = Pattern.compile("(?i)\\bminutes\\s+of\\s+(?:the\\s+|an?\\s+)?(?:\\w+\\s+)?meeting\\b");

    @Override
    public void extract(ExtractionContext ctx) {
        List<TextLayout.Block> blocks = ctx.layout().blocks();
        boolean minutes = ctx.document().sidecar().documentType() == DocumentType.MINUTES
                || MINUTES_HEADING.matcher(ctx.text()).find();
        for (int i = 0; i < blocks.size(); i++) {
            TextLayout.Block b = blocks.get(i);
            String line = ctx.layout().flat(b.start(), b.end()).strip();
            if (ctx.text().substring(b.start(), b.end()).contains("\n")) {
                labelledLines(ctx, b);
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
                    ctx.add(new AgendaItem(null, title(title), List.of(ctx.evidence(start, end, this))));
                }
                continue;
            }
            Matcher item = ITEM_WORD.matcher(line);
            boolean explicit = item.matches();
            if (!explicit) {
                item = NUMBERED.matcher(line);
                if (!item.matches()) item = PREFIXED.matcher(line);
                if (!item.matches() || line.endsWith(".")) continue;
                boolean titleLine = minutes && line.length() <= 120 && TextLayout.isTitleCase(item.group(2));
                if (!titleLine && !markedAsItem(ctx, blocks, i)) continue;
            }
            ctx.add(new AgendaItem(item.group(1), title(item.group(2)), List.of(ctx.evidence(b.start(), b.end(), this))));
        }
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
    private void labelledLines(ExtractionContext ctx, TextLayout.Block b) {
        int pos = b.start();
        while (pos < b.end()) {
            int nl = ctx.text().indexOf('\n', pos);
            int end = nl < 0 || nl > b.end() ? b.end() : nl;
            String line = ctx.layout().flat(pos, end).strip();
            Matcher form = FORM_LABEL.matcher(line);
            if (form.matches() && form.group(1) != null && !form.group(1).isBlank() && form.group(1).strip().length() <= 250) {
                ctx.add(new AgendaItem(null, title(form.group(1)), List.of(ctx.evidence(pos, end, this))));
            }
            pos = end + 1;
        }
    }

    private static boolean markedAsItem(ExtractionContext ctx, List<TextLayout.Block> blocks, int i) {
        for (int j = i + 1; j < Math.min(blocks.size(), i + 4); j++) {
            if (ITEM_MARKER.matcher(ctx.layout().content(blocks.get(j)).strip()).find()) return true;
        }
        return false;
    }
}
