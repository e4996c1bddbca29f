package org.councilgraph.extract;

import org.councilgraph.model.Decision;
import org.councilgraph.model.DecisionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions as minutes and decision records put them: "RESOLVED that …", "AGREED that …",
 * "RECOMMENDED to Council that …" (with the list that follows a closing colon), "The Cabinet noted …",
 * and a report "noted" in the passive ("The contents of the report … was noted"). Members' remarks
 * ("Members welcomed the report and noted …", "It was noted that …") are discussion, not decisions.
 */
public final class DecisionExtractor implements Extractor {
    private static final Pattern FORMULA = Pattern.compile(
            "^(?:(?:It\\s+was\\s+)?(RESOLVED|AGREED|RECOMMENDED|DECIDED)|(?:It\\s+was\\s+)?(Resolved|Agreed|Recommended|Decided)(?=\\s*(?:\\([^)\\n]{3,30}\\)\\s*)?(?:[:–-]|that\\b))"
            + "|(?:As\\s+[^,\\n]{3,150},\\s*)?I\\s+(?:have\\s+)?(AGREE|agree[ds]?|approved?|decided?|resolved?)(?=\\s+to\\s*:|\\s*:|\\s+that\\b))"
            + "\\s*(?:\\((?i:unanimously|by\\s+(?:a\\s+)?(?:majority|consensus)|nem\\.?\\s*con\\.?)\\)\\s*)?"
            + "\\s*(?:[:–-]\\s*)?(?:\\(?\\d+\\)?\\s*)?(?:[Tt]hat\\s*[:–-]?\\s*)?(.*)$", Pattern.DOTALL);
    /**
     * A lead-in that ends with the body's decision and a colon, the resolutions listed after it:
     * "Having considered an officer report, … the Mayor and Cabinet agreed that:".
     */
    private static final Pattern BODY_LEAD = Pattern.compile(
            "(?s).*?\\b(?:the\\s+)?(?:(?:[A-Z][\\w’'&-]*|and|&|of|for)\\s+){0,6}?" + Lexicon.alternation("committee-heads.txt")
            + "\\s+(?:(?:unanimously|therefore)\\s+)?(?:agreed|resolved|decided|RESOLVED|AGREED)(?:\\s+(?:that|to))?\\s*:$");
    /** A lead that names only who decides ("that Cabinet:", "That the Children and Families Committee"): each listed item is a resolution. */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "^(?:(?:[Tt]hat\\s+)?(?:the\\s+)?(?:(?:[A-Z][\\w’'&-]*,?|and|&|of|for)\\s+){0,6}?" + Lexicon.alternation("committee-heads.txt")
            + "|.*\\bto)\\s*[:–-]?$", Pattern.DOTALL);
    private static final Pattern BODY_DECIDED = Pattern.compile(
            "^(?:The|That\\s+the)\\s+" + Lexicon.alternation("committee-heads.txt")
            + "\\s+(noted|agreed|resolved|approved|endorsed|recommended|supported|decided)\\b.*", Pattern.DOTALL);
    private static final Pattern PASSIVE_NOTED = Pattern.compile(
            "^(?:The|That\\s+the)\\s+(?:contents?\\s+of\\s+the\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:report|update|presentation|minutes|information|plan)\\b.{0,200}?\\b(?:was|were|be|is|are)\\s+(?:duly\\s+)?noted\\b.*",
            Pattern.DOTALL);
    private static final Pattern STARTS_RESOLUTION = Pattern.compile("(?i)^(?:that\\b|to\\s+\\w+)");

    @Override public String id() { return "decision"; }

    @Override
    public void extract(ExtractionContext ctx) {
        TextLayout layout = ctx.layout();
        List<TextLayout.Block> blocks = layout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            TextLayout.Block b = blocks.get(i);
            String content = layout.content(b);
            Matcher f = FORMULA.matcher(content);
            if (f.matches()) {
                i = formula(ctx, blocks, i, f);
                continue;
            }
            if (!b.isListItem() && i + 1 < blocks.size() && blocks.get(i + 1).isListItem()
                    && BODY_LEAD.matcher(Texts.squash(content)).matches()) {
                List<TextLayout.Block> items = listAfter(layout, blocks, i);
                for (TextLayout.Block it : items) addItem(ctx, it, DecisionType.AGREED);
                i += items.size();
                continue;
            }
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                String sentence = layout.text(s);
                if (BODY_DECIDED.matcher(sentence).matches() || PASSIVE_NOTED.matcher(sentence).matches()) {
                    DecisionType type = sentence.toLowerCase(Locale.ROOT).matches("(?s).*\\bnoted\\b.*") ? DecisionType.NOTED
                            : sentence.toLowerCase(Locale.ROOT).contains("recommended") ? DecisionType.RECOMMENDED : DecisionType.AGREED;
                    ctx.add(new Decision(clean(Texts.squash(sentence)), type, List.of(ctx.evidence(s.start(), s.end(), this))));
                }
            }
        }
    }

    /** Handles a formula block and the list items it introduces; returns the last block index used. */
    private int formula(ExtractionContext ctx, List<TextLayout.Block> blocks, int i, Matcher f) {
        TextLayout layout = ctx.layout();
        TextLayout.Block head = blocks.get(i);
        String word = (f.group(1) != null ? f.group(1) : f.group(2) != null ? f.group(2) : "AGREED").toUpperCase(Locale.ROOT);
        DecisionType type = switch (word) {
            case "AGREED" -> DecisionType.AGREED;
            case "RECOMMENDED" -> DecisionType.RECOMMENDED;
            default -> DecisionType.RESOLVED;
        };
        String lead = Texts.squash(f.group(4));
        int leadBlock = i;
        // "RESOLVED:" on its own line, the resolution in the paragraph under it ("That the minutes … be approved.")
        if (lead.isEmpty() && i + 1 < blocks.size() && !blocks.get(i + 1).isListItem()) {
            String next = Texts.squash(layout.content(blocks.get(i + 1)));
            if (next.matches("(?s)^That\\b.*")) {
                lead = next.replaceFirst("^That\\s*", "");
                leadBlock = i + 1;
            }
        }
        boolean subjectLead = !lead.isEmpty() && SUBJECT_LEAD.matcher(lead).matches();
        List<TextLayout.Block> items = new ArrayList<>();
        if (lead.isEmpty() || subjectLead || lead.endsWith(":") || lead.endsWith("–") || lead.endsWith("-")) {
            items = listAfter(layout, blocks, leadBlock);
        }
        int j = leadBlock + 1 + items.size();
        boolean separateResolutions = lead.isEmpty() || subjectLead || (!items.isEmpty()
                && items.stream().allMatch(it -> STARTS_RESOLUTION.matcher(layout.content(it).strip()).find()));
        if (separateResolutions && !items.isEmpty()) {
            for (TextLayout.Block it : items) addItem(ctx, it, type);
        } else if (!lead.isEmpty() && !subjectLead) {
            StringBuilder text = new StringBuilder(lead);
            int end = blocks.get(leadBlock).end();
            for (TextLayout.Block it : items) {
                text.append(' ').append(it.marker() == null ? "" : it.marker() + " ").append(Texts.squash(layout.content(it)));
                end = it.end();
            }
            ctx.add(new Decision(clean(text.toString()), type, List.of(ctx.evidence(head.start(), end, this))));
        }
        return j - 1;
    }

    /**
     * The list items right after block {@code i}. The list ends where its spacing changes ("3. Reasons
     * for the Decision" after a blank line in a proforma whose resolution items were written line under
     * line is the next field) or its kind of marker does ("(b) approve …" then "59. SCHOOL ADMISSIONS").
     */
    private static List<TextLayout.Block> listAfter(TextLayout layout, List<TextLayout.Block> blocks, int i) {
        List<TextLayout.Block> items = new ArrayList<>();
        Boolean spaced = null;
        String style = null;
        int j = i + 1;
        while (j < blocks.size() && blocks.get(j).isListItem()) {
            boolean gap = layout.text().substring(blocks.get(j - 1).end(), blocks.get(j).start()).contains("\n\n");
            String s = markerStyle(blocks.get(j).marker());
            if (j > i + 1) {
                if (spaced == null) spaced = gap;
                else if (spaced != gap) break;
                if (!s.equals(style)) break;
            }
            style = s;
            items.add(blocks.get(j++));
        }
        return items;
    }

    /** "1." and "(2)" are numbers, "a)" and "(b)" letters, "(iv)" roman numerals, anything else a bullet. */
    private static String markerStyle(String marker) {
        String m = marker == null ? "" : marker.replaceAll("[().]", "");
        if (m.matches("\\d+")) return "number";
        if (m.matches("(?i)i{1,3}|iv|vi{0,3}|ix|x")) return "roman";
        if (m.matches("[a-z]")) return "letter";
        if (m.matches("[A-Z]")) return "capital";
        return "bullet:" + m;
    }

    private void addItem(ExtractionContext ctx, TextLayout.Block it, DecisionType type) {
        String text = clean(Texts.squash(ctx.layout().content(it)).replaceFirst("(?i)^that\\s+", ""));
        if (!text.isEmpty()) ctx.add(new Decision(text, type, List.of(ctx.evidence(it.start(), it.end(), this))));
    }

    /** Drops the closing punctuation and a list's joining "; and" / ", or". */
    private static String clean(String s) {
        return Texts.trimEnd(Texts.trimEnd(s).replaceFirst("(?i)[;,]?\\s+(?:and|or)$", ""));
    }
}
