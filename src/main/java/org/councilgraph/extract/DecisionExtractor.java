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
            "^(?:(?:It\\s+was\\s+)?(RESOLVED|AGREED|RECOMMENDED|DECIDED)|(?:It\\s+was\\s+)?(Resolved|Agreed|Recommended|Decided)(?=\\s*(?:[:–-]|that\\b)))"
            + "\\s*(?:[:–-]\\s*)?(?:\\(?\\d+\\)?\\s*)?(?:[Tt]hat\\s*[:–-]?\\s*)?(.*)$", Pattern.DOTALL);
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
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                String sentence = layout.text(s);
                if (BODY_DECIDED.matcher(sentence).matches() || PASSIVE_NOTED.matcher(sentence).matches()) {
                    DecisionType type = sentence.toLowerCase(Locale.ROOT).matches("(?s).*\\bnoted\\b.*") ? DecisionType.NOTED
                            : sentence.toLowerCase(Locale.ROOT).contains("recommended") ? DecisionType.RECOMMENDED : DecisionType.AGREED;
                    ctx.add(new Decision(Texts.trimEnd(Texts.squash(sentence)), type, List.of(ctx.evidence(s.start(), s.end(), this))));
                }
            }
        }
    }

    /** Handles a formula block and the list items it introduces; returns the last block index used. */
    private int formula(ExtractionContext ctx, List<TextLayout.Block> blocks, int i, Matcher f) {
        TextLayout layout = ctx.layout();
        TextLayout.Block head = blocks.get(i);
        String word = (f.group(1) != null ? f.group(1) : f.group(2)).toUpperCase(Locale.ROOT);
        DecisionType type = switch (word) {
            case "AGREED" -> DecisionType.AGREED;
            case "RECOMMENDED" -> DecisionType.RECOMMENDED;
            default -> DecisionType.RESOLVED;
        };
        String lead = Texts.squash(f.group(3));
        List<TextLayout.Block> items = new ArrayList<>();
        int j = i + 1;
        if (lead.isEmpty() || lead.endsWith(":") || lead.endsWith("–") || lead.endsWith("-")) {
            // the list ends where its spacing changes: "3. Reasons for the Decision" after a blank line
            // in a proforma whose resolution items were written line under line is the next field
            Boolean spaced = null;
            while (j < blocks.size() && blocks.get(j).isListItem()) {
                boolean gap = layout.text().substring(blocks.get(j - 1).end(), blocks.get(j).start()).contains("\n\n");
                if (j > i + 1) {
                    if (spaced == null) spaced = gap;
                    else if (spaced != gap) break;
                }
                items.add(blocks.get(j++));
            }
        }
        boolean separateResolutions = lead.isEmpty() || (!items.isEmpty()
                && items.stream().allMatch(it -> STARTS_RESOLUTION.matcher(layout.content(it).strip()).find()));
        if (separateResolutions && !items.isEmpty()) {
            for (TextLayout.Block it : items) {
                String text = Texts.trimEnd(Texts.squash(layout.content(it)).replaceFirst("(?i)^that\\s+", ""));
                ctx.add(new Decision(text, type, List.of(ctx.evidence(it.start(), it.end(), this))));
            }
        } else if (!lead.isEmpty()) {
            StringBuilder text = new StringBuilder(lead);
            int end = head.end();
            for (TextLayout.Block it : items) {
                text.append(' ').append(it.marker() == null ? "" : it.marker() + " ").append(Texts.squash(layout.content(it)));
                end = it.end();
            }
            ctx.add(new Decision(Texts.trimEnd(text.toString()), type, List.of(ctx.evidence(head.start(), end, this))));
        }
        return j - 1;
    }
}
