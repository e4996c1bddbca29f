package org.councilgraph.extract;

import org.councilgraph.model.ImprovementArea;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.InspectionType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an inspection asked a council to improve, one fact per item: from a list in any marker style
 * (•, o, ·, -, a., i., 1.; nested lists) after a lead-in from {@code improvement-lead-ins.tsv} ("The
 * key areas for improvement identified by Ofsted were:", "… had identified a number of areas of specific
 * focus:", "What needs to improve"), and from a sentence ("two areas needing improvement which included
 * X and Y"). An item belongs to the inspection the lead-in names, else to the one in context; with none
 * there is nothing to read. Text is kept without its marker and trailing punctuation.
 */
public final class ImprovementAreaExtractor implements Extractor {
    private static final Set<InspectionType> ANY = EnumSet.allOf(InspectionType.class);
    private static final Pattern ENUMERATOR = Pattern.compile("^\\s*\\(?(?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x|\\d{1,2})[.)]\\s+(?=\\S)");
    private static final Pattern NAMES_INSPECTION = Pattern.compile("(?iu)\\b(?:Ofsted|inspection|inspectors?|inspected|visit|review|JTAI|ILACS)\\b");
    private static final Map<String, Integer> COUNTS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8);
    /** After a lead-in in a sentence: words, then the verb that introduces the items. */
    private static final Pattern IN_SENTENCE = Pattern.compile("(?iu)^(?:\\s+(?!(?:which|that|were|was|are|included|includes|including|namely)\\b)[\\p{L}’'-]+){0,6}?"
            + "\\s*(?:,\\s*)?(?:(?:which|that)\\s+)?(?:were|are|included|include|includes|including|namely|being)?\\s*:?\\s+(?:that\\s+)?(.+)$");
    /** "… were identified in relation to X and Y", "… related to X": what the areas are about. */
    private static final String ABOUT = "(?:in\\s+relation\\s+to|relating\\s+to|related\\s+to|relate\\s+to|regarding|around|concerning|focused\\s+on|focus\\s+on)";
    private static final Pattern CONNECTOR = Pattern.compile("(?iu)^(?:\\s+(?!(?:which|that|were|was|are|included|includes|including|namely)\\b)[\\p{L}’'-]+){0,6}?"
            + "\\s*(?:,\\s*)?(?:(?:which|that)\\s+)?(?:(?:were|are)\\s+(?:identified\\s+|noted\\s+|found\\s+)?" + ABOUT + "|" + ABOUT
            + "|were|are|included|include|includes|including|namely|being)\\s*:?\\s+|^\\s*:\\s*");
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(one|two|three|four|five|six|seven|eight|\\d)\\s+(?:key\\s+|main\\s+|further\\s+|specific\\s+)?$");
    /** Where items in a sentence part: a semicolon, or a comma or "and" before a determiner. */
    private static final Pattern SPLIT_STRONG = Pattern.compile("\\s*;\\s*(?:and\\s+)?");
    private static final Pattern SPLIT_DETERMINER = Pattern.compile("(?iu)\\s*(?:;|,)\\s*(?:and\\s+)?(?=(?:the|a|an|its|their|how|whether|more|better|improving|ensuring)\\s)|\\s+and\\s+(?=(?:the|a|an|its|their|how|whether)\\s)");

    /** "the use of pre-proceedings; and": the joining word that closes an item of a list, not part of it. */
    private static final Pattern LIST_JOINER = Pattern.compile("(?iu)\\s*[;,]\\s*(?:and|or)\\s*$");

    @Override public String id() { return "improvement-area"; }
    /** Reads the inspections found before it. */
    @Override public boolean readsFacts() { return true; }

    @Override
    public void extract(ExtractionContext ctx) {
        List<Inspection> inspections = ctx.found(Inspection.class);
        if (inspections.isEmpty()) return;
        TextLayout layout = ctx.layout();
        List<TextLayout.Block> blocks = layout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            TextLayout.Block b = blocks.get(i);
            List<TextLayout.Sentence> sentences = layout.sentencesOf(b);
            if (sentences.isEmpty()) continue;
            TextLayout.Sentence last = sentences.get(sentences.size() - 1);
            String lastText = layout.text(last).strip();
            List<InspectionTerms.Hit<Boolean>> leadIns = InspectionTerms.LEAD_INS.find(lastText, 0);
            boolean introducesList = Texts.fullMatch(lastText, "(?s).*(?::-?|–|\\?)$") || !Texts.fullMatch(lastText, "(?s).*[.;,!]$") && Texts.WHITESPACE.split(lastText).length <= 12;
            if (!leadIns.isEmpty() && introducesList && i + 1 < blocks.size() && blocks.get(i + 1).isListItem()) {
                Inspection in = inspectionFor(ctx, inspections, last, leadIns.get(0).value(), lastText);
                if (in != null) {
                    i = list(ctx, blocks, i, in);
                    continue;
                }
            }
            for (TextLayout.Sentence s : sentences) inSentence(ctx, inspections, s);
        }
    }

    /** The inspection a lead-in is about: the one it names, else the one in context. */
    private Inspection inspectionFor(ExtractionContext ctx, List<Inspection> inspections, TextLayout.Sentence leadIn, boolean strong, String text) {
        TextLayout.Block block = ctx.layout().block(leadIn.block());
        Inspection named = InspectionTerms.named(inspections, block.start(), leadIn.end(), ANY);
        if (named != null) return named;
        if (!strong && !NAMES_INSPECTION.matcher(text).find()) return null;
        return InspectionTerms.inContext(ctx.text(), inspections, leadIn.end(), ANY);
    }

    /** Reads the list after the lead-in block {@code i}; returns the last block index used. */
    private int list(ExtractionContext ctx, List<TextLayout.Block> blocks, int i, Inspection in) {
        TextLayout layout = ctx.layout();
        TextLayout.Block head = blocks.get(i);
        int j = i + 1;
        TextLayout.Block first = blocks.get(j);
        List<TextLayout.Block> items = new ArrayList<>();
        while (j < blocks.size() && blocks.get(j).isListItem()) {
            TextLayout.Block b = blocks.get(j);
            // a sibling of a lead-in that is itself a list item ends the list
            if (head.isListItem() && style(b).equals(style(head)) && b.indent() <= head.indent()) break;
            // a shallower item than the first ends it too
            if (b.indent() < first.indent() && !style(b).equals(style(first))) break;
            // so does an item of another style set apart by a blank line or reading as a heading
            // ("4. Next steps" after the bullets)
            if (j > i + 1 && b.indent() <= first.indent() && !style(b).equals(style(first))
                    && (Texts.fullMatch(ctx.text().substring(blocks.get(j - 1).end(), b.start()), "(?s).*\\n[ \\t]*\\n.*") || isHeading(layout.content(b))))
                break;
            items.add(b);
            j++;
        }
        for (int k = 0; k < items.size(); k++) {
            TextLayout.Block b = items.get(k);
            String content = layout.content(b);
            boolean hasChildren = k + 1 < items.size() && deeper(items.get(k + 1), b);
            if (hasChildren && content.strip().endsWith(":")) continue; // a sub-heading: its items are the areas
            int start = b.contentStart();
            Matcher e = ENUMERATOR.matcher(content);
            if (e.find()) start += e.end();
            int end = b.end();
            Matcher joiner = LIST_JOINER.matcher(ctx.text().substring(start, end));
            if (joiner.find()) end = start + joiner.start();
            String text = Texts.trimEnd(Texts.squash(layout.flat(start, end)));
            if (text.isEmpty()) continue;
            ctx.add(new ImprovementArea(in, text, List.of(ctx.evidence(start, end, this))));
        }
        return j - 1;
    }

    /** A short line with no closing punctuation: "Next steps", "Recommendations". */
    private static boolean isHeading(String content) {
        String c = content.strip();
        return !c.isEmpty() && Character.isUpperCase(c.charAt(0)) && Texts.WHITESPACE.split(c).length <= 6 && !Texts.fullMatch(c, "(?s).*[.;:,!?]$");
    }

    private static boolean deeper(TextLayout.Block child, TextLayout.Block parent) {
        return child.indent() > parent.indent() || !style(child).equals(style(parent));
    }

    /** A marker's style: digits as 1, letters as a, bullets as themselves ("1.", "(a)", "•"). */
    private static String style(TextLayout.Block b) {
        String m = b.marker() == null ? "" : b.marker();
        return Texts.replacingAll(Texts.replacingAll(m, "\\d+", "1"), "(?i)(?<![a-z])[a-z]{1,4}(?=[.)])", "a");
    }

    /** "The report identified two areas needing improvement which included X and Y." */
    private void inSentence(ExtractionContext ctx, List<Inspection> inspections, TextLayout.Sentence s) {
        String sentence = ctx.layout().text(s);
        for (InspectionTerms.Hit<Boolean> lead : InspectionTerms.LEAD_INS.find(sentence, 0)) {
            String after = sentence.substring(lead.end());
            Matcher c = CONNECTOR.matcher(after);
            if (!c.find()) continue;
            int from = lead.end() + c.end();
            String rest = sentence.substring(from);
            Matcher count = COUNT_BEFORE.matcher(sentence.substring(0, lead.start()));
            Integer n = null;
            if (count.find()) {
                String w = count.group(1).toLowerCase(Locale.ROOT);
                n = COUNTS.getOrDefault(w, Texts.fullMatch(w, "\\d") ? Integer.parseInt(w) : null);
            }
            List<int[]> parts = split(rest, n);
            if (parts == null) continue;
            TextLayout.Sentence leadIn = s;
            Inspection in = InspectionTerms.named(inspections, s.start(), s.end(), ANY);
            if (in == null && (lead.value() || NAMES_INSPECTION.matcher(sentence).find()))
                in = InspectionTerms.inContext(ctx.text(), inspections, leadIn.start(), ANY);
            if (in == null) continue;
            for (int[] p : parts) {
                int a = s.start() + from + p[0], b = s.start() + from + p[1];
                String text = Texts.trimEnd(Texts.squash(ctx.layout().flat(a, b)));
                if (Texts.WHITESPACE.split(text).length < 2) continue;
                String raw = ctx.text().substring(a, b);
                int trimmed = raw.length() - Texts.replacingAll(raw.stripTrailing(), "[\\s.;,:]+$", "").length();
                ctx.add(new ImprovementArea(in, text, List.of(ctx.evidence(a, b - trimmed, this))));
            }
            return;
        }
    }

    /** The items of a sentence's list, as spans of {@code rest}; null when it is not a list. */
    private static List<int[]> split(String rest, Integer n) {
        for (Pattern p : List.of(SPLIT_STRONG, SPLIT_DETERMINER)) {
            List<int[]> parts = new ArrayList<>();
            Matcher m = p.matcher(rest);
            int from = 0;
            while (m.find()) {
                parts.add(new int[] {from, m.start()});
                from = m.end();
            }
            parts.add(new int[] {from, rest.length()});
            if (n != null ? parts.size() == n : parts.size() >= 2) return parts;
        }
        return null;
    }
}
