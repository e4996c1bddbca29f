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
            + "\\s+(?:(?:unanimously|therefore)\\s+)?(?:agreed|resolved|decided|RESOLVED|AGREED)(?:\\s+(?:that|to))?\\s*(?::-?|;)$");
    /** A lead that names only who decides ("that Cabinet:", "That the Children and Families Committee"): each listed item is a resolution. */
    private static final Pattern SUBJECT_LEAD = Pattern.compile(
            "^(?:(?:[Tt]hat\\s+)?(?:the\\s+)?(?:(?:[A-Z][\\w’'&-]*,?|and|&|of|for)\\s+){0,6}?" + Lexicon.alternation("committee-heads.txt")
            + "|.*\\bto)\\s*(?::-|[:–-])?$", Pattern.DOTALL);
    private static final Pattern BODY_DECIDED = Pattern.compile(
            "^(?:The|That\\s+the)\\s+" + Lexicon.alternation("committee-heads.txt")
            + "\\s+(?:(?:resolved|decided|RESOLVED|DECIDED|AGREED)\\s+that\\b|(noted|agreed|resolved|approved|endorsed|recommended|supported|decided"
            + "|NOTED|AGREED|RESOLVED|APPROVED|ENDORSED|DECIDED)\\b(?!\\s+that\\b)).*", Pattern.DOTALL);
    private static final Pattern PASSIVE_NOTED = Pattern.compile(
            "^(?:The|That\\s+the)\\s+(?:contents?\\s+of\\s+the\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:report|update|presentation|minutes|information|plan)\\b.{0,200}?\\b(?:was|were|be|is|are)\\s+(?:duly\\s+)?noted\\b.*",
            Pattern.DOTALL);
    /** A post deciding alone, the resolutions listed after it: "The Cabinet Member for Children's Services agreed to:". */
    private static final Pattern MAKER_LEAD = Pattern.compile(
            "(?s)(?:.*?[.:]\\s+)?(?:The\\s+)?" + Lexicon.alternation("decision-makers.txt")
            + "(?:\\s+(?:for|of)\\s+[^:;.]{3,100}?)?(?:\\s*\\([^)]{3,60}\\))?(?:,\\s*[^,:;]{3,80},)?\\s+(?:has\\s+)?"
            + "(?:agreed|decided|approved|resolved|AGREED|RESOLVED|DECIDED)(?:\\s+(?:that|to))?\\s*(?::-?|;)$");
    /** The same post deciding in one sentence: "The Executive Director of People agreed to approve the new fees." */
    private static final Pattern MAKER_DECIDED = Pattern.compile(
            "^(?:The\\s+)?" + Lexicon.alternation("decision-makers.txt")
            + "(?:\\s+(?:for|of)\\s+[^:;.]{3,100}?)?(?:,\\s*[^,:;]{3,80},)?\\s+(?:has\\s+)?(?:agreed|decided)\\s+to\\s+(?i:"
            + Lexicon.alternation("decision-verbs.txt") + ")\\b.*", Pattern.DOTALL);
    /** A motion and its outcome in one sentence: "It was moved by Cllr X, seconded by Cllr Y, and RESOLVED that …." */
    private static final Pattern MOVED = Pattern.compile(
            "^It\\s+was\\s+(?:moved|proposed)\\b[^.;]{3,200}?\\bseconded\\b[^.;]{0,120}?,?\\s+and\\s+(RESOLVED|AGREED|resolved|agreed)\\s*(?:[:–-]\\s*)?[Tt]hat\\s+(.+[.!])$",
            Pattern.DOTALL);
    /** A resolution opening with its verb ("Approve the award …", "To approve …"), or a "Decision: Approve …" field. */
    private static final String VERB_OPENING = "(?:" + Lexicon.alternation("decision-verbs.txt") + "|To\\s+(?i:" + Lexicon.alternation("decision-verbs.txt") + "))";
    private static final Pattern VERB_FIRST = Pattern.compile("^" + VERB_OPENING + "\\s+\\S.*", Pattern.DOTALL);
    /** A resolution listed under its body ("The Committee:") opening with the body's verb in the past tense: "Approved the …". */
    private static final Pattern PAST_VERB_FIRST = Pattern.compile("^" + Lexicon.alternation("decision-verbs-past.txt") + "\\s+\\S.*", Pattern.DOTALL);
    private static final Pattern NOTING = Pattern.compile("^(?i:notes?|noted)\\b");
    private static final Pattern AGREEING = Pattern.compile("^(?i:agrees?|agreed)\\b");
    private static final Pattern DECISION_FIELD = Pattern.compile("^(?i:decisions?)\\s*:\\s*(" + VERB_OPENING + "\\s+\\S.*)$", Pattern.DOTALL);
    /** A paragraph number before a minute's text ("13.1 RESOLVED …", "17.4 Resolved – That …"). */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}\\.\\d{1,2}\\s+");
    /** Enumerators a decision record writes as plain paragraphs: "2.1 Approve …", "II. Delegate …". */
    private static final Pattern PARAGRAPH_MARKER = Pattern.compile("^(\\d{1,3}\\.\\d{1,2}|[IVX]{1,4}\\.)\\s+(?=\\S)");
    /** A decision record's field label over its resolutions ("Decision:", "Decisions", "Decision"). */
    private static final Pattern DECISION_LABEL = Pattern.compile("(?i)^decisions?\\s*:?$");
    /**
     * A resolution in a numbered list of a minute, passive with its verb last: "That the report be
     * noted.", "The progress made … was noted.", "That Cabinet review progress … was agreed."
     */
    private static final Pattern LISTED_RESOLUTION = Pattern.compile(
            "^(?:That|The)\\s+.{5,600}?\\s(?:be|was|were)\\s+(?:duly\\s+)?(?:noted|agreed|approved|endorsed|accepted|received|adopted)(?:\\s+and\\s+(?:agreed|approved|endorsed))?[.;]?$",
            Pattern.DOTALL);
    /** A heading or lead-in over proposals, not decisions ("Recommendations", "It is recommended that:"). */
    private static final Pattern PROPOSALS = Pattern.compile("(?i)\\brecommend(?:ed|ations?)?\\b|\\bis\\s+asked\\s+to\\b|\\bproposals?\\b");
    private static final Pattern STARTS_RESOLUTION = Pattern.compile("(?i)^(?:that\\b|to\\s+\\w+)");

    @Override public String id() { return "decision"; }

    @Override
    public void extract(ExtractionContext ctx) {
        TextLayout layout = ctx.layout();
        List<TextLayout.Block> blocks = layout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            TextLayout.Block b = blocks.get(i);
            String content = PARAGRAPH_NUMBER.matcher(layout.content(b)).replaceFirst("");
            Matcher f = FORMULA.matcher(content);
            if (f.matches()) {
                i = formula(ctx, blocks, i, f);
                continue;
            }
            Matcher field = DECISION_FIELD.matcher(Texts.squash(content));
            if (field.matches() && complete(layout, b)) {
                add(ctx, field.group(1), DecisionType.AGREED, b.start(), b.end(), "decision-field");
                continue;
            }
            if (DECISION_LABEL.matcher(content.strip()).matches()) {
                if (i + 1 < blocks.size() && !isItem(layout, blocks.get(i + 1))
                        && VERB_FIRST.matcher(Texts.squash(layout.content(blocks.get(i + 1)))).matches() && complete(layout, blocks.get(i + 1))) {
                    TextLayout.Block next = blocks.get(i + 1);
                    add(ctx, Texts.squash(layout.content(next)), DecisionType.AGREED, next.start(), next.end(), "decision-field");
                    i++;
                    continue;
                }
                int used = labelledResolutions(ctx, blocks, i);
                if (used > i) {
                    i = used;
                    continue;
                }
            }
            if (isNumberedItem(b) && !underProposals(layout, blocks, i)) {
                int used = listedResolutions(ctx, blocks, i);
                if (used >= i) {
                    i = used;
                    continue;
                }
            }
            if (!b.isListItem() && i + 1 < blocks.size() && isItem(layout, blocks.get(i + 1))
                    && (BODY_LEAD.matcher(Texts.squash(content)).matches() || MAKER_LEAD.matcher(Texts.squash(content)).matches())) {
                List<TextLayout.Block> items = listAfter(layout, blocks, i);
                for (TextLayout.Block it : items) addItem(ctx, it, DecisionType.AGREED);
                i += items.size();
                continue;
            }
            if (b.isListItem() && underProposals(layout, blocks, i)) continue;
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                String sentence = layout.text(s);
                Matcher moved = MOVED.matcher(sentence.strip());
                if (moved.matches()) {
                    String word = moved.group(1).toUpperCase(Locale.ROOT);
                    add(ctx, moved.group(2), word.equals("AGREED") ? DecisionType.AGREED : DecisionType.RESOLVED, s.start(), s.end(), "moved");
                    continue;
                }
                if (MAKER_DECIDED.matcher(sentence).matches() && Texts.fullMatch(sentence.strip(), "(?s).*[.!?]$")) {
                    ctx.add(new Decision(clean(Texts.squash(sentence)), DecisionType.AGREED, List.of(ctx.evidence(s.start(), s.end(), this, "post-decided"))));
                    continue;
                }
                if (BODY_DECIDED.matcher(sentence).matches() || PASSIVE_NOTED.matcher(sentence).matches()) {
                    DecisionType type = Texts.fullMatch(sentence.toLowerCase(Locale.ROOT), "(?s).*\\bnoted\\b.*") ? DecisionType.NOTED
                            : sentence.toLowerCase(Locale.ROOT).contains("recommended") ? DecisionType.RECOMMENDED
                            : Texts.fullMatch(sentence.toLowerCase(Locale.ROOT), "(?s)^\\S+\\s+\\S+\\s+resolved\\b.*") ? DecisionType.RESOLVED : DecisionType.AGREED;
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
            if (Texts.fullMatch(next, "(?s)^That\\b.*")) {
                lead = Texts.replacingFirst(next, "^That\\s*", "");
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
        if (items.isEmpty() && leadBlock == i && inlineResolutions(ctx, head, type)) {
            return i;
        }
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

    /** An enumerator inside a paragraph: "(1)", "(b)", "(ii)" after the start or a sentence's end. */
    private static final Pattern INLINE_MARKER = Pattern.compile("(?:^|(?<=[.;:]\\s{1,3})|(?<=\\b(?:RESOLVED|AGREED|Resolved|Agreed)\\s?[:–-]?\\s{0,2}))\\((\\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3})\\)\\s+");

    /**
     * Resolutions run together in one paragraph ("RESOLVED: (1) That the report be noted. (2) That
     * a further update be brought …"): each enumerated part, in order from the first, is a decision.
     */
    private boolean inlineResolutions(ExtractionContext ctx, TextLayout.Block head, DecisionType type) {
        String raw = ctx.text().substring(head.start(), head.end());
        Matcher m = INLINE_MARKER.matcher(raw);
        List<int[]> marks = new ArrayList<>();
        String prevStyle = null;
        while (m.find()) {
            String style = markerStyle(m.group(1));
            if (prevStyle != null && !style.equals(prevStyle)) continue;
            if (marks.isEmpty() && !Texts.fullMatch(m.group(1), "1|a|i")) return false;
            prevStyle = style;
            marks.add(new int[] {m.start(), m.end()});
        }
        if (marks.size() < 2) return false;
        for (int k = 0; k < marks.size(); k++) {
            int from = marks.get(k)[1];
            int to = k + 1 < marks.size() ? marks.get(k + 1)[0] : raw.length();
            while (to > from && Character.isWhitespace(raw.charAt(to - 1))) to--;
            boolean last = k + 1 == marks.size();
            if (last && head.index() == ctx.layout().blocks().size() - 1 && ".;!?)".indexOf(raw.charAt(to - 1)) < 0) continue;
            String text = clean(Texts.replacingFirst(Texts.squash(raw.substring(from, to)), "(?i)^that\\s+", ""));
            if (!text.isEmpty()) ctx.add(new Decision(text, type, List.of(ctx.evidence(head.start() + marks.get(k)[0], head.start() + to, this, "inline-resolution"))));
        }
        return true;
    }

    /**
     * The list items right after block {@code i}. The list ends where its spacing changes ("3. Reasons
     * for the Decision" after a blank line in a proforma whose resolution items were written line under
     * line is the next field) or its kind of marker does ("(b) approve …" then "59. SCHOOL ADMISSIONS").
     * Letters and roman numerals must follow in order, so their spacing may vary; an item ending with a
     * colon keeps the bullets under it ("(c) … including:-" then "· breakdown of spending").
     */
    private static List<TextLayout.Block> listAfter(TextLayout layout, List<TextLayout.Block> blocks, int i) {
        List<TextLayout.Block> items = new ArrayList<>();
        Boolean spaced = null;
        String style = null;
        int j = i + 1;
        while (j < blocks.size() && isItem(layout, blocks.get(j))) {
            boolean gap = layout.text().substring(blocks.get(j - 1).end(), blocks.get(j).start()).contains("\n\n");
            String s = markerStyle(marker(layout, blocks.get(j)));
            if (j > i + 1) {
                boolean ordered = s.equals("letter") || s.equals("roman") || s.equals("capital");
                if (!ordered) {
                    if (spaced == null) spaced = gap;
                    else if (spaced != gap) break;
                }
                if (!s.equals(style)) break;
            }
            style = s;
            items.add(blocks.get(j++));
        }
        return items;
    }

    /** A list item, or a paragraph that starts with an enumerator of a decision record ("2.1", "II."). */
    private static boolean isItem(TextLayout layout, TextLayout.Block b) {
        return b.isListItem() || PARAGRAPH_MARKER.matcher(layout.content(b)).find();
    }

    private static String marker(TextLayout layout, TextLayout.Block b) {
        if (b.isListItem()) return b.marker();
        Matcher m = PARAGRAPH_MARKER.matcher(layout.content(b));
        return m.find() ? m.group(1) : null;
    }

    /** The item's text without its marker. */
    private static String itemText(TextLayout layout, TextLayout.Block b) {
        return PARAGRAPH_MARKER.matcher(layout.content(b)).replaceFirst("");
    }

    private static boolean isNumberedItem(TextLayout.Block b) {
        return b.isListItem() && markerStyle(b.marker()).equals("number");
    }

    /** Whether the blocks just before the list speak of recommendations or proposals. */
    private static boolean underProposals(TextLayout layout, List<TextLayout.Block> blocks, int i) {
        int j = i - 1;
        while (j >= 0 && blocks.get(j).isListItem()) j--;
        for (int k = Math.max(0, j - 1); k <= j; k++) {
            if (PROPOSALS.matcher(layout.content(blocks.get(k))).find()) return true;
        }
        return false;
    }

    /**
     * A numbered list of resolutions with no formula over it (a minute's "1. That the letter be noted.
     * 2. That … be noted. 3. The following comments were made: … 4. That officers report back …"):
     * once one item is a passive resolution, every item starting with "That" is one. Returns the last
     * block of the list, or {@code i - 1} when the list holds no resolution.
     */
    private int listedResolutions(ExtractionContext ctx, List<TextLayout.Block> blocks, int i) {
        TextLayout layout = ctx.layout();
        List<TextLayout.Block> run = new ArrayList<>();
        for (int j = i; j < blocks.size(); j++) {
            TextLayout.Block b = blocks.get(j);
            if (isNumberedItem(b)) run.add(b);
            else if (!b.isListItem()) break;
        }
        boolean any = run.stream().anyMatch(b -> firstResolution(layout, b) != null);
        if (!any) return i - 1;
        for (TextLayout.Block b : run) {
            TextLayout.Sentence s = firstResolution(layout, b);
            if (s != null) {
                add(ctx, Texts.squash(layout.text(s)), DecisionType.RESOLVED, s.start(), s.end(), "listed-resolution");
            } else if (layout.content(b).strip().startsWith("That ") && complete(layout, b)) {
                add(ctx, Texts.squash(layout.content(b)), DecisionType.RESOLVED, b.start(), b.end(), "listed-resolution");
            }
        }
        int last = i;
        for (int j = i; j < blocks.size() && (blocks.get(j).isListItem()); j++) last = j;
        return last;
    }

    private static TextLayout.Sentence firstResolution(TextLayout layout, TextLayout.Block b) {
        List<TextLayout.Sentence> ss = layout.sentencesOf(b);
        if (ss.isEmpty()) return null;
        TextLayout.Sentence s = ss.get(0);
        return LISTED_RESOLUTION.matcher(Texts.squash(layout.text(s))).matches() && complete(layout, b) ? s : null;
    }

    /**
     * A decision record's "Decision:" label with resolutions listed under it, each starting "That"
     * ("(a) That the strategic aims be approved;"); a repeated "Decision" heading may stand between.
     * Returns the last block used, or {@code i} when none.
     */
    private int labelledResolutions(ExtractionContext ctx, List<TextLayout.Block> blocks, int i) {
        TextLayout layout = ctx.layout();
        int lead = i;
        if (lead + 1 < blocks.size() && DECISION_LABEL.matcher(layout.content(blocks.get(lead + 1)).strip()).matches()) lead++;
        // "Decision:" then "That Cabinet:" then "(a) notes …; (b) approves …": the body's verb opens each item
        boolean bodyLead = lead + 1 < blocks.size() && !isItem(layout, blocks.get(lead + 1))
                && Texts.fullMatch(layout.content(blocks.get(lead + 1)).strip(), "(?s).*:-?$")
                && SUBJECT_LEAD.matcher(Texts.squash(layout.content(blocks.get(lead + 1)))).matches();
        if (bodyLead) lead++;
        List<TextLayout.Block> items = new ArrayList<>();
        List<List<TextLayout.Block>> subs = new ArrayList<>();
        int j = lead + 1;
        String style = null;
        int last = i;
        while (j < blocks.size()) {
            TextLayout.Block b = blocks.get(j);
            String s = isItem(layout, b) ? markerStyle(marker(layout, b)) : null;
            String text = itemText(layout, b).strip();
            if (s != null && (style == null || s.equals(style)) && (text.startsWith("That") || VERB_FIRST.matcher(text).matches()
                    || bodyLead && !text.isEmpty() && VERB_FIRST.matcher(Character.toUpperCase(text.charAt(0)) + text.substring(1)).matches()
                    || bodyLead && PAST_VERB_FIRST.matcher(text).matches())) {
                style = s;
                items.add(b);
                subs.add(new ArrayList<>());
                last = j++;
                continue;
            }
            if (s != null && !items.isEmpty() && !s.equals(style)
                    && Texts.fullMatch(layout.content(items.get(items.size() - 1)).strip(), "(?s).*:-?$")) {
                subs.get(subs.size() - 1).add(b);
                last = j++;
                continue;
            }
            // a note under an item ("As set out in Sections 1.4 and 4.2;") when the next letter follows
            if (s == null && !items.isEmpty() && j + 1 < blocks.size() && isItem(layout, blocks.get(j + 1))
                    && markerStyle(marker(layout, blocks.get(j + 1))).equals(style)) {
                j++;
                continue;
            }
            break;
        }
        if (items.isEmpty()) return i;
        for (int k = 0; k < items.size(); k++) {
            TextLayout.Block it = items.get(k);
            if (!complete(layout, it) && subs.get(k).isEmpty()) continue;
            StringBuilder text = new StringBuilder(Texts.squash(itemText(layout, it)));
            int end = it.end();
            for (TextLayout.Block sub : subs.get(k)) {
                if (!complete(layout, sub)) break;
                text.append(' ').append(Texts.squash(layout.content(sub)));
                end = sub.end();
            }
            // "(a) notes the update", "3. Noted the outcome": the body noted it, as "The Cabinet noted …" reads; likewise agreed
            DecisionType type = NOTING.matcher(text).find() ? DecisionType.NOTED : AGREEING.matcher(text).find() ? DecisionType.AGREED : DecisionType.RESOLVED;
            add(ctx, text.toString(), type, it.start(), end, "labelled-resolution");
        }
        return last;
    }

    /** A block cut off by the end of an excerpt ("IV. Delegate authority") states nothing whole. */
    private static boolean complete(TextLayout layout, TextLayout.Block b) {
        if (b.index() < layout.blocks().size() - 1) return true;
        String t = layout.content(b).strip();
        return !t.isEmpty() && ".;:!?)".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private void add(ExtractionContext ctx, String text, DecisionType type, int start, int end, String rule) {
        String t = clean(text);
        if (!t.isEmpty()) ctx.add(new Decision(t, type, List.of(ctx.evidence(start, end, this, rule))));
    }

    /** "1." and "(2)" are numbers, "a)" and "(b)" letters, "(iv)" roman numerals, anything else a bullet. */
    private static String markerStyle(String marker) {
        String m = marker == null ? "" : Texts.replacingAll(marker, "[().]", "");
        if (Texts.fullMatch(m, "\\d+")) return "number";
        if (Texts.fullMatch(m, "(?i)i{1,3}|iv|vi{0,3}|ix|x")) return "roman";
        if (Texts.fullMatch(m, "[a-z]")) return "letter";
        if (Texts.fullMatch(m, "[A-Z]")) return "capital";
        return "bullet:" + m;
    }

    private void addItem(ExtractionContext ctx, TextLayout.Block it, DecisionType type) {
        if (!complete(ctx.layout(), it)) return;
        String text = clean(Texts.replacingFirst(Texts.squash(itemText(ctx.layout(), it)), "(?i)^that\\s+", ""));
        if (!text.isEmpty()) ctx.add(new Decision(text, type, List.of(ctx.evidence(it.start(), it.end(), this))));
    }

    /** Drops the closing punctuation and a list's joining "; and" / ", or". */
    private static String clean(String s) {
        return Texts.trimEnd(Texts.replacingFirst(Texts.trimEnd(s), "(?i)[;,]?\\s+(?:and|or)$", ""));
    }
}
