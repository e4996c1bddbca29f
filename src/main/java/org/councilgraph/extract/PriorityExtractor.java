package org.councilgraph.extract;

import org.councilgraph.model.PartialDate;
import org.councilgraph.model.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strategic priorities and planned actions, each on its own:
 * <ul>
 *   <li>the paragraphs and list items of a section headed like "Key Priorities for the forthcoming
 *       year" or "Next steps", and the list after a lead-in such as "Quarter 4 would see:"; a paragraph
 *       that opens with a short title sentence ("Being inspection ready. …") gives its title, others
 *       their main clause ("Continue to develop X, particularly …" gives "develop X");</li>
 *   <li>actions listed inline: "officers will focus on X, Y, and Z" gives three;</li>
 *   <li>actions with a due date: "… which included X which had a due date of 31 October 2024".</li>
 * </ul>
 * The theme comes from {@code priority-themes.tsv}; the due date only from a date the text ties to the action.
 */
public final class PriorityExtractor implements Extractor {
    private static final Pattern HEADING_CUE = Pattern.compile("(?i)\\b" + Lexicon.alternation("priority-headings.txt") + "\\b");
    private static final Pattern LEAD = Pattern.compile("(?i)\\b" + Lexicon.alternation("priority-headings.txt") + "\\b[^.:;?!]{0,80}[:;–-]+\\s*$");
    private static final Pattern LOOKS_BACK = Pattern.compile("(?i)\\b" + Lexicon.alternation("priority-heading-exclusions.txt") + "\\b");
    private static final LiteralFilter HEADING_WORDS = LiteralFilter.ofEntries(Lexicon.words("priority-headings.txt"));
    private static final int MAX_SECTION_BLOCKS = 15;
    private static final Pattern FOCUS = Pattern.compile("(?i)(?:\\b" + Lexicon.alternation("priority-focus.txt")
            + "|\\bour\\s+(?:(?:" + Lexicon.alternation("priority-counts.txt") + ")\\s+)?(?:(?:key|main|top|strategic|core)\\s+)?priorities\\s+(?:are|will\\s+be|for\\s+\\S+\\s+are))\\s*:?\\s+");
    private static final Pattern SECTION_END = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?" + Lexicon.alternation("report-section-ends.txt") + "\\b");
    private static final List<String> BREAKS = Lexicon.words("priority-clause-breaks.txt").stream()
            .map(w -> w.startsWith(",") || w.startsWith(";") ? w : " " + w).toList();
    private static final Pattern PREDICATE = Pattern.compile(
            "^(.+?),?\\s+(?:will|shall|would|is|are|remains?)\\s+(?:remain\\s+|continue\\s+to\\s+be\\s+|be\\s+)?(?:a|an|our|the)\\s+(?:[\\w-]+\\s+){0,2}priorit(?:y|ies)\\b.*$",
            Pattern.DOTALL);
    private static final Pattern LEADING = Pattern.compile("^(?:(?:We|Officers|The Council|The service)\\s+will\\s+(?:continue\\s+to\\s+)?|To\\s+(?:continue\\s+to\\s+)?|Continue\\s+to\\s+|Continuing\\s+to\\s+)");
    private static final Pattern DUE = Pattern.compile(
            "(?i)(?:,?\\s+which\\s+(?:had|has|have|was|is|were|are)\\s+)?(?:,\\s*)?\\b(?:(?:a\\s+)?due\\s+date\\s+of|(?:is|are|was|were)\\s+due\\s+(?:by|for\\s+completion\\s+by|on)|(?:a\\s+)?deadline\\s+of|(?:a\\s+)?target\\s+date\\s+of|to\\s+be\\s+completed\\s+by|due\\s+by)\\s+(?:the\\s+)?");
    /** Every match of {@link #FOCUS} holds a focus entry's words or "our … priorities"; every match of {@link #DUE} one of these words. */
    private static final LiteralFilter FOCUS_WORDS = LiteralFilter.ofEntries(Lexicon.words("priority-focus.txt")).add(List.of("our", "priorities"));
    private static final LiteralFilter DUE_WORDS = new LiteralFilter().add(List.of("due")).add(List.of("deadline"))
            .add(List.of("target", "date")).add(List.of("completed"));
    private static final Pattern DUE_START = Pattern.compile("(?i)\\b(?:included|includes|include|including|namely|such\\s+as|to)\\s+");
    private static final Pattern YEAR_ONLY = Pattern.compile("^((?:19|20)\\d\\d)\\b");

    private record Theme(Pattern pattern, int length, String theme) {}

    private static final List<Theme> THEMES = Lexicon.rows("priority-themes.tsv").stream().map(r -> new Theme(
            Pattern.compile("(?<![\\p{L}\\p{N}])" + Lexicon.quoteFlexibly(r[0]) + "(?![\\p{L}\\p{N}])",
                    Texts.isAllCaps(r[0]) ? 0 : Pattern.CASE_INSENSITIVE), r[0].length(), r[1])).toList();

    @Override public String id() { return "priority"; }

    @Override
    public void extract(ExtractionContext ctx) {
        TextLayout layout = ctx.layout();
        List<TextLayout.Block> blocks = layout.blocks();
        Set<String> seen = new HashSet<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextLayout.Block b = blocks.get(i);
            String content = layout.content(b).strip();
            Matcher label = LABEL.matcher(content);
            if (label.lookingAt() && label.end() < content.length()) {
                // "Priority 2: Reduce the number of children who go missing" names its priority on the line
                labelled(ctx, b, label.end(), seen);
                used.add(i);
            }
            // a heading and a lead both hold a heading cue (LEAD starts with one): without one the block is neither
            if (!HEADING_WORDS.mayMatch(content) || !HEADING_CUE.matcher(content).find()) continue;
            boolean backward = LOOKS_BACK.matcher(content).find();
            boolean heading = isHeading(b, content) && !backward;
            // "progress made within the four key areas of the Strategy: · A · B": a list of names still names them
            boolean lead = !heading && LEAD.matcher(content).find() && (!backward || namesFollow(layout, blocks, i + 1));
            if (!heading && !lead) continue;
            int j = i + 1;
            if (j < blocks.size() && blocks.get(j).isListItem() && (lead || content.endsWith(":"))) {
                int indent = blocks.get(j).indent();
                boolean numberedList = numbered(blocks.get(j));
                String topMarker = blocks.get(j).marker();
                boolean inTheme = false;
                // the list ends at a numbered section heading ("5. FINANCIAL IMPLICATIONS" after a)–c))
                while (j < blocks.size() && blocks.get(j).isListItem() && (blocks.get(j).indent() >= indent || inTheme)
                        && !(blocks.get(j).indent() == indent && numbered(blocks.get(j)) && !numberedList)) {
                    TextLayout.Block c = blocks.get(j);
                    boolean top = c.indent() == indent && Objects.equals(c.marker(), topMarker);
                    if (top) {
                        // "• Education and Employment –" heads the actions listed under it with another marker
                        inTheme = THEME_ITEM.matcher(layout.content(c).strip()).find();
                        item(ctx, c, seen);
                    } else if (inTheme || c.indent() == indent) {
                        item(ctx, c, seen);
                    }
                    used.add(j++);
                }
            } else if (heading) {
                while (j < blocks.size() && j - i <= MAX_SECTION_BLOCKS) {
                    TextLayout.Block c = blocks.get(j);
                    String text = layout.content(c).strip();
                    if (!c.isListItem() && isHeading(c, text) || SECTION_END.matcher(Texts.isAllCaps(text) ? Texts.titleCase(text) : text).find()) break;
                    // the next numbered heading in capitals ("5. QUESTIONS TO THE LEAD MEMBER") after "4. MY PRIORITIES …"
                    if (numbered(b) && numbered(c) && Texts.isAllCaps(text) && isHeading(c, text)) break;
                    if (!Character.isLowerCase(text.charAt(0))) item(ctx, c, seen);
                    used.add(j++);
                }
            }
            i = j - 1;
        }
        actionTables(ctx, seen, used);
        outcomes(ctx, seen, used);
        for (TextLayout.Sentence s : layout.sentences()) {
            if (used.contains(s.block())) continue;
            namedBefore(ctx, s, seen);
            inline(ctx, s, seen);
            due(ctx, s, seen);
        }
    }

    /** An outcome statement: a capitalised line whose people are followed by how they fare. */
    private static final Pattern OUTCOME = Pattern.compile("^[A-Z][\\p{L}’'-]*(?:[\\s,]+[\\p{L}’'-]+){0,10}?\\s+"
            + Lexicon.alternation("priority-outcome-subjects.txt") + "\\s+" + Lexicon.alternation("priority-outcome-verbs.txt") + "\\s+\\S.*$");
    private static final Pattern OUTCOME_SHORT = Pattern.compile("^(?i:" + Lexicon.alternation("priority-outcome-subjects.txt") + ")\\s+"
            + Lexicon.alternation("priority-outcome-verbs.txt") + "\\s+\\S.*$");
    private static final int MIN_OUTCOME_WORDS = 5, MAX_OUTCOME_WORDS = 25;

    /**
     * Outcome statements standing as headings of a dashboard or a strategy ("Vulnerable adults and
     * children feel safe and are protected" above its measures): each is a priority when the document
     * has at least two, as such statements come in sets.
     */
    private void outcomes(ExtractionContext ctx, Set<String> seen, Set<Integer> used) {
        TextLayout layout = ctx.layout();
        List<TextLayout.Block> found = new ArrayList<>();
        for (TextLayout.Block b : layout.blocks()) {
            if (used.contains(b.index()) || b.isListItem()) continue;
            String t = layout.content(b).strip();
            int words = Texts.WHITESPACE.split(t).length;
            if (words < MIN_OUTCOME_WORDS || words > MAX_OUTCOME_WORDS || Texts.fullMatch(t, "(?s).*(?:\\d|[.!?;:,]$).*") || cutOff(ctx, b)) continue;
            if (OUTCOME.matcher(t).matches() || OUTCOME_SHORT.matcher(t).matches()) found.add(b);
        }
        if (found.size() < 2) return;
        for (TextLayout.Block b : found) {
            used.add(b.index());
            emit(ctx, b.contentStart(), b.end(), layout.content(b), b.contentStart(), seen);
        }
    }

    private static final Pattern ACTION_COLUMN = Pattern.compile(
            "(?i)^(?:(?:key|planned|improvement|agreed|priority|next)\\s+)?(?:actions?|steps?|tasks?|activity|activities|what\\s+we\\s+will\\s+do|what\\s+will\\s+we\\s+do)$");
    private static final Pattern PLAN_COLUMN = Pattern.compile(
            "(?i)^(?:lead(?:\\s+officer)?|owner|responsible(?:\\s+officer)?|by\\s+whom|who|due(?:\\s+date)?|deadline|target\\s+date|timescales?|by\\s+when|when|completion\\s+date|date|rag(?:\\s+status)?|status|progress)$");
    private static final Pattern DUE_COLUMN = Pattern.compile("(?i)^(?:due(?:\\s+date)?|deadline|target\\s+date|timescales?|by\\s+when|when|completion\\s+date|date)$");

    /**
     * Action plans as tables: a header row with an action column and planning columns ("Action | Lead |
     * Due date"), then one action a row, due on the date its due column gives.
     */
    private void actionTables(ExtractionContext ctx, Set<String> seen, Set<Integer> used) {
        TextLayout layout = ctx.layout();
        String text = ctx.text();
        List<TextLayout.Block> blocks = layout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            List<String> head = cells(text, blocks.get(i));
            if (head.size() < 2) continue;
            int action = -1, dueCol = -1;
            boolean plan = false;
            for (int c = 0; c < head.size(); c++) {
                String h = head.get(c).strip();
                if (ACTION_COLUMN.matcher(h).matches() && action < 0) action = c;
                else if (PLAN_COLUMN.matcher(h).matches()) { plan = true; if (DUE_COLUMN.matcher(h).matches() && dueCol < 0) dueCol = c; }
            }
            if (action < 0 || !plan) continue;
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                TextLayout.Block row = blocks.get(j);
                List<String> cells = cells(text, row);
                if (cells.size() < 2) break;
                used.add(j);
                if (action >= cells.size()) continue;
                int cellStart = row.start();
                for (int c = 0; c < action; c++) cellStart = text.indexOf('\t', cellStart) + 1;
                String cell = cells.get(action);
                int start = cellStart + (cell.length() - cell.stripLeading().length());
                int end = start + cell.strip().length();
                String priority = Texts.trimEnd(Texts.squash(cell));
                if (Texts.WHITESPACE.split(priority).length < 2 || !seen.add(Texts.key(priority))) continue;
                while (end > start && ".;,: ".indexOf(text.charAt(end - 1)) >= 0) end--;
                PartialDate due = dueCol >= 0 && dueCol < cells.size() ? date(cells.get(dueCol).strip()) : null;
                ctx.add(new Priority(priority, theme(priority), due, List.of(ctx.evidence(start, end, this))));
            }
            i = j - 1;
        }
    }

    /** The tab-separated cells of a one-line block, or none. */
    private static List<String> cells(String text, TextLayout.Block b) {
        String line = text.substring(b.start(), b.end());
        if (line.indexOf('\t') < 0 || line.indexOf('\n') >= 0) return List.of();
        return List.of(line.split("\t", -1));
    }

    /** A list item that heads a theme of the items below it: "Health –", "Education, Training and Employment:". */
    private static final Pattern THEME_ITEM = Pattern.compile("\\s[–—-]\\s*$|:\\s*$");
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_WHOLE_ITEM_WORDS = 25;

    /** The list items from block {@code j} are short names ("Emotional Wellbeing", "Education and Employment"). */
    private static boolean namesFollow(TextLayout layout, List<TextLayout.Block> blocks, int j) {
        if (j >= blocks.size() || !blocks.get(j).isListItem()) return false;
        int names = 0;
        for (int k = j; k < blocks.size() && blocks.get(k).isListItem(); k++) {
            for (String name : inlineItems(layout.content(blocks.get(k)), blocks.get(k).marker())) {
                String t = name.strip();
                // a name has no number, no closing stop and no verb ("Early Help Strategy launched in May" reports)
                if (t.isEmpty() || Texts.WHITESPACE.split(t).length > MAX_NAME_WORDS || !Character.isUpperCase(t.charAt(0))
                        || Texts.fullMatch(t, "(?s).*(?:\\d|[.!?;]$|\\b\\p{Ll}+(?:ed|ing)\\b).*")) return false;
                names++;
            }
        }
        return names >= 2;
    }

    /** The items of one list block, split where its own bullet recurs inline ("A · B · C"). */
    private static List<String> inlineItems(String content, String marker) {
        if (marker == null || marker.isBlank() || Character.isLetterOrDigit(marker.strip().charAt(0))) return List.of(content);
        return List.of(content.split("\\s+" + Pattern.quote(marker.strip()) + "\\s+"));
    }

    private static final Pattern NUMBER_MARKER = Pattern.compile("^\\d+(?:\\.\\d+)*[.)]?$");

    /** A block numbered like a report's sections ("4.", "4", "4.1"). */
    private static boolean numbered(TextLayout.Block b) {
        return b.isListItem() && b.marker() != null && NUMBER_MARKER.matcher(b.marker().strip()).matches();
    }

    /** A heading: a short line with no closing full stop, or a line in capitals. */
    private static boolean isHeading(TextLayout.Block b, String content) {
        if (content.isEmpty()) return false;
        if (Texts.isAllCaps(content)) return true;
        return !Texts.fullMatch(content, "(?s).*[.!?;,]\\s*$") && Texts.WHITESPACE.split(content).length <= 12
                && Character.isUpperCase(firstLetter(content)) && (!b.isListItem() || content.endsWith(":"));
    }

    private static char firstLetter(String s) {
        for (char c : s.toCharArray()) if (Character.isLetter(c)) return c;
        return 'a';
    }

    /** A paragraph or list item of a priorities section. */
    private void item(ExtractionContext ctx, TextLayout.Block b, Set<String> seen) {
        TextLayout layout = ctx.layout();
        List<String> parts = inlineItems(layout.content(b), b.marker());
        if (parts.size() > 1) {
            // "A · B · C" on one line: each name on its own
            int at = b.contentStart();
            for (String part : parts) {
                int st = ctx.text().indexOf(part.strip(), at);
                if (st < 0) return;
                int en = st + part.strip().length();
                at = en;
                emit(ctx, st, en, part, st, seen);
            }
            return;
        }
        List<TextLayout.Sentence> sentences = layout.sentencesOf(b);
        if (sentences.isEmpty()) return;
        TextLayout.Sentence first = sentences.get(0);
        String s = layout.text(first);
        int start = first.start(), end = first.end();
        if (sentences.size() > 1 && Texts.WHITESPACE.split(s).length <= 8) {
            emit(ctx, start, end, layout.flat(b.start(), b.end()), b.start(), seen);
            return;
        }
        // a one-sentence list item is a priority as written ("Improve X so that Y"); a paragraph gives its main clause
        boolean wholeItem = b.isListItem() && sentences.size() == 1 && Texts.WHITESPACE.split(s).length <= MAX_WHOLE_ITEM_WORDS;
        int[] span = mainClause(s, !wholeItem);
        emit(ctx, start + span[0], start + span[1], layout.flat(b.start(), b.end()), b.start(), seen);
    }

    /** A block that stops at the end of an excerpt without closing punctuation: its last words may be missing. */
    private static boolean cutOff(ExtractionContext ctx, TextLayout.Block b) {
        String t = ctx.text();
        return Texts.blankFrom(t, b.end()) && !Texts.fullMatch(t.substring(b.start(), b.end()).strip(), "(?s).*[.?!)\"”’']$");
    }

    /** The offsets within sentence {@code s} of its main clause. */
    static int[] mainClause(String s) {
        return mainClause(s, true);
    }

    /** The main clause of {@code s}, cut at the clause breaks only if {@code cut}. */
    static int[] mainClause(String s, boolean cut) {
        int from = 0, to = s.length();
        Matcher p = PREDICATE.matcher(s);
        boolean subject = p.matches();
        if (subject) to = p.end(1); // "X will remain a key priority": X, whole
        Matcher l = LEADING.matcher(s);
        if (l.find() && l.end() < to) from = l.end();
        String lower = s.toLowerCase(Locale.ROOT);
        int minStart = from;
        for (int w = 0; w < 3; w++) {
            int sp = s.indexOf(' ', minStart + 1);
            if (sp < 0) break;
            minStart = sp;
        }
        Matcher due = DUE.matcher(s);
        if (due.find(from) && due.start() > from && due.start() < to) to = due.start();
        for (String br : subject || !cut ? List.<String>of() : BREAKS) {
            int k = lower.indexOf(br, minStart);
            if (k > from && k < to) to = k;
        }
        return new int[]{from, to};
    }

    /** "Priority 1:", "Priority two –", "Key priority:" opening a line. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:(?:key|strategic|our)\\s+)?priority\\s*(?:\\d{1,2}|[a-h]|one|two|three|four|five|six|seven|eight)?\\s*[:.–—-]\\s+(?=\\p{L})");
    /** "X is one of our key priorities", "X will remain the council's top priority": X, named before its cue. */
    private static final Pattern NAMED_BEFORE = Pattern.compile(
            "^(?!(?:This|That|It|These|Those|There|They|We|Which|What)\\b)(\\p{Lu}.{5,120}?),?\\s+(?:is|are|will\\s+be|remains?|will\\s+remain|has\\s+been|continues\\s+to\\s+be)\\s+"
            + "(?:one\\s+of\\s+)?(?:our|the\\s+(?:council|service|partnership|board|directorate)['’]s|(?:a|the)\\s+(?:key|top|main|strategic|corporate|high))\\s+(?:[\\w-]+\\s+)?priorit(?:y|ies)\\b");

    private void labelled(ExtractionContext ctx, TextLayout.Block b, int offset, Set<String> seen) {
        int start = b.contentStart() + offset;
        String rest = ctx.layout().flat(start, b.end());
        int[] clause = mainClause(rest.split("(?<=[.!?])\\s", 2)[0]);
        emit(ctx, start + clause[0], start + clause[1], rest, start, seen);
    }

    private void namedBefore(ExtractionContext ctx, TextLayout.Sentence s, Set<String> seen) {
        Matcher m = NAMED_BEFORE.matcher(ctx.layout().text(s));
        if (m.lookingAt() && Texts.WHITESPACE.split(m.group(1)).length >= 2) emit(ctx, s.start() + m.start(1), s.start() + m.end(1), m.group(1), s.start(), seen);
    }

    /** "officers will focus on X, Y, and Z": one priority for each of X, Y and Z. */
    private void inline(ExtractionContext ctx, TextLayout.Sentence s, Set<String> seen) {
        String text = ctx.layout().text(s);
        Matcher f = FOCUS.matcher(text);
        if (!FOCUS_WORDS.mayMatch(text) || !f.find()) return;
        String rest = text.substring(f.end());
        if (semicolonList(ctx, s, text, f.end(), seen)) return;
        int[] clause = mainClause(rest);
        int listEnd = f.end() + clause[1];
        List<int[]> parts = new ArrayList<>();
        int from = f.end();
        Matcher comma = COMMA.matcher(text).region(f.end(), listEnd);
        while (comma.find()) {
            String next = text.substring(comma.end(), listEnd).toLowerCase(Locale.ROOT);
            if (Texts.fullMatch(next, "(?s)(?:particularly|especially|including|which|in particular|for example|e\\.g\\.)\\b.*")) continue;
            parts.add(new int[]{from, comma.start()});
            from = comma.end();
        }
        // "improving X, recruiting Y and reducing Z": the last "and" of a list of actions parts Y from Z
        Matcher and = AND_ACTION.matcher(text).region(from, listEnd);
        int lastAnd = -1, lastAndEnd = -1;
        while (and.find()) { lastAnd = and.start(); lastAndEnd = and.end(); }
        if (!parts.isEmpty() && lastAnd > from && !Texts.fullMatch(text.substring(from, listEnd), "(?s)^(?:and|or)\\s.*")) {
            parts.add(new int[]{from, lastAnd});
            from = lastAndEnd;
        }
        parts.add(new int[]{from, listEnd});
        for (int[] p : parts) {
            Matcher conj = CONJUNCTION.matcher(text.substring(p[0], p[1]));
            int st = p[0] + (conj.find() ? conj.end() : 0);
            emit(ctx, s.start() + st, s.start() + p[1], text, s.start(), seen);
        }
    }

    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern AND_ACTION = Pattern.compile("\\s+and\\s+(?=\\p{L}+ing\\b)");
    private static final Pattern CONJUNCTION = Pattern.compile("^(?:and|or|as well as)\\s+");
    private static final Pattern SEMICOLON_BREAK = Pattern.compile(";\\s+(?:and\\s+|or\\s+)?");

    /**
     * "Our priorities are: keeping X; improving Y; and supporting Z.": a list whose items a semicolon
     * parts, each item read to its own main clause.
     */
    private boolean semicolonList(ExtractionContext ctx, TextLayout.Sentence s, String text, int from, Set<String> seen) {
        int end = text.length();
        while (end > from && ".;!? \n\t".indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end <= from || text.charAt(text.length() - 1) != '.' || !text.substring(from, end).contains("; ")) return false;
        Matcher semi = SEMICOLON_BREAK.matcher(text).region(from, end);
        List<int[]> parts = new ArrayList<>();
        int start = from;
        while (semi.find()) {
            parts.add(new int[]{start, semi.start()});
            start = semi.end();
        }
        parts.add(new int[]{start, end});
        if (parts.size() < 2) return false;
        for (int[] p : parts) {
            int[] clause = mainClause(text.substring(p[0], p[1]));
            emit(ctx, s.start() + p[0] + clause[0], s.start() + p[0] + clause[1], text, s.start(), seen);
        }
        return true;
    }

    /** "… which included developing X which had a due date of 31 October 2024": X, due that day. */
    private void due(ExtractionContext ctx, TextLayout.Sentence s, Set<String> seen) {
        String text = ctx.layout().text(s);
        Matcher d = DUE.matcher(text);
        if (!DUE_WORDS.mayMatch(text) || !d.find()) return;
        PartialDate due = date(text.substring(d.end()));
        if (due == null) return;
        int from = 0;
        Matcher st = DUE_START.matcher(text).region(0, d.start());
        while (st.find()) from = st.end();
        if (from == 0 || d.start() - from < 8) return;
        int[] clause = mainClause(text.substring(from, d.start()));
        String action = text.substring(from + clause[0], from + clause[1]);
        if (Texts.WHITESPACE.split(action).length < 2) return;
        String key = Texts.key(action);
        if (!seen.add(key)) return;
        ctx.add(new Priority(Texts.trimEnd(Texts.squash(action)), theme(action), due,
                List.of(ctx.evidence(s.start() + from + clause[0], s.start() + from + clause[1], this))));
    }

    private void emit(ExtractionContext ctx, int start, int end, String source, int sourceStart, Set<String> seen) {
        String text = Texts.trimEnd(Texts.replacingFirst(Texts.squash(ctx.layout().flat(start, end)), "\\s+[–—-]\\s*$", ""));
        if (Texts.WHITESPACE.split(text).length < 2 || text.length() > 400) return;
        if (!seen.add(Texts.key(text))) return;
        PartialDate due = null;
        Matcher d = DUE.matcher(source);
        if (d.find()) due = date(source.substring(d.end()));
        int e = end;
        while (e > start && ".;,: –—".indexOf(ctx.text().charAt(e - 1)) >= 0) e--;
        ctx.add(new Priority(text, theme(text), due, List.of(ctx.evidence(start, e, this))));
    }

    /** The date written at the start of {@code s}: a day, a month, or a year. */
    static PartialDate date(String s) {
        Matcher day = Dates.DAY.matcher(s);
        if (day.find() && day.start() == 0) {
            Optional<LocalDate> d = Dates.day(day);
            if (d.isPresent()) return PartialDate.of(d.get());
        }
        Matcher my = Dates.MONTH_YEAR.matcher(s);
        if (my.find() && my.start() == 0) return Dates.monthYear(my);
        Matcher y = YEAR_ONLY.matcher(s);
        if (y.find()) return PartialDate.ofYear(Integer.parseInt(y.group(1)));
        return null;
    }

    /** The theme of the longest keyword found in {@code text}; "other" when none is. */
    static String theme(String text) {
        String best = "other";
        int bestLength = 0, bestAt = Integer.MAX_VALUE;
        for (Theme t : THEMES) {
            Matcher m = t.pattern.matcher(text);
            if (m.find() && (t.length > bestLength || t.length == bestLength && m.start() < bestAt)) {
                best = t.theme;
                bestLength = t.length;
                bestAt = m.start();
            }
        }
        return best;
    }
}
