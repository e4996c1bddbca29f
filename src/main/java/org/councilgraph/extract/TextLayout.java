package org.councilgraph.extract;

import org.councilgraph.document.ListMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading layout of a document's text: blocks (paragraphs, list items, one-line headings) and
 * the sentences inside them, all as offsets into the original text so that evidence quotes stay
 * verbatim. Lines hard-wrapped by a PDF or web-page export are joined back into their paragraph.
 */
public final class TextLayout {

    public enum Kind { PARAGRAPH, LIST_ITEM }

    /**
     * A paragraph or list item. {@code contentStart} skips the list marker; {@code indent} is the
     * column of the first character, which tells nesting of lists apart.
     */
    public record Block(int index, int start, int end, int contentStart, Kind kind, String marker, int indent) {
        public boolean isListItem() { return kind == Kind.LIST_ITEM; }
    }

    /** A sentence within a block. */
    public record Sentence(int start, int end, int block) {}

    /** Bullets and enumerators councils use: •, o, ·, -, a., (a), i., 1., 1) … */
    static final Pattern LIST_MARKER = Pattern.compile(
            "^([ \\t]*)([" + ListMarkers.BULLETS + "\\-–—*]|o(?=[ \\t])|\\(?[a-hj-z][.)]|\\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]|\\(?\\d{1,2}[.)])[ \\t]+(?=\\S)");

    private static final Pattern FILE_LINK = Pattern.compile("(?i)^(?:pdf|docx?|xlsx?|pptx?|rtf|odt|html?)\\s+\\d+(?:[.,]\\d+)?\\s*(?:kb|mb|gb)$");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*(?=\\s+[\"“‘'(\\[]?[A-Z0-9])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:cllr|mr|mrs|ms|dr|st|no|nos|para|approx|vs|cf|inc|ltd|co|e\\.g|i\\.e|etc|prof|rev|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\\b[A-Z])\\.$");

    /** Longer than any abbreviation {@link #ABBREVIATION} knows, with the character before it. */
    private static final int ABBREVIATION_LOOKBACK = 12;

    private final String text;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    /** The sentences of each block, by block index, so that asking for them costs nothing per block. */
    private final List<List<Sentence>> sentencesByBlock = new ArrayList<>();

    public TextLayout(String text) {
        this.text = text;
        this.flatText = flatten(text);
        buildBlocks();
        for (Block b : blocks) splitSentences(b);
    }

    public String text() { return text; }
    public List<Block> blocks() { return blocks; }
    public List<Sentence> sentences() { return sentences; }

    /** The block's text without its list marker, with line breaks as spaces (same length as the span). */
    public String content(Block b) { return flat(b.contentStart(), b.end()); }

    public String text(Sentence s) { return flat(s.start(), s.end()); }

    /** {@code text[start,end)} with line breaks and tabs turned into spaces, so offsets still line up. */
    public String flat(int start, int end) {
        return flatText.substring(start, end);
    }

    /** The whole text flattened once, up front (extractors of a long document read it from several threads). */
    private final String flatText;

    private static String flatten(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) if (cs[i] == '\n' || cs[i] == '\r' || cs[i] == '\t' || cs[i] == '\f') cs[i] = ' ';
        return new String(cs);
    }

    public Block block(int index) { return blocks.get(index); }

    public List<Sentence> sentencesOf(Block b) {
        return java.util.Collections.unmodifiableList(sentencesByBlock.get(b.index()));
    }

    /** The block that holds offset {@code pos}, if any (blocks are in text order: a binary search). */
    public Block blockAt(int pos) {
        int lo = 0, hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (pos < b.start()) hi = mid - 1;
            else if (pos >= b.end()) lo = mid + 1;
            else return b;
        }
        return null;
    }

    private record Line(int start, int end) {}

    private void buildBlocks() {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(pos, contentEnd));
            if (nl < 0) break;
            pos = nl + 1;
        }
        int blockStart = -1, blockEnd = -1, lastLineStart = -1;
        boolean blockHasTab = false, blockIsListItem = false;
        for (Line line : lines) {
            String s = text.substring(line.start, line.end);
            if (s.isBlank()) {
                if (blockStart >= 0) addBlock(blockStart, blockEnd);
                blockStart = -1;
                continue;
            }
            if (blockStart >= 0 && continues(text.substring(lastLineStart, blockEnd), blockHasTab, blockIsListItem, s)) {
                blockEnd = line.end;
                lastLineStart = line.start;
                blockHasTab |= s.indexOf('\t') >= 0;
                continue;
            }
            if (blockStart >= 0) addBlock(blockStart, blockEnd);
            blockStart = line.start;
            blockEnd = line.end;
            lastLineStart = line.start;
            blockHasTab = s.indexOf('\t') >= 0;
            blockIsListItem = LIST_MARKER.matcher(s).find();
        }
        if (blockStart >= 0) addBlock(blockStart, blockEnd);
    }

    /**
     * Whether {@code next} carries on the block so far rather than starting a new one. The block is
     * described by its last line and two flags, not its whole text, so a long block costs no more per line.
     */
    private static boolean continues(String lastLineRaw, boolean blockHasTab, boolean blockIsListItem, String next) {
        if (LIST_MARKER.matcher(next).find()) return false;
        // a table row (cells separated by tabs) is a line of its own
        if (next.indexOf('\t') >= 0 || lastLineRaw.indexOf('\t') >= 0) return false;
        String lastLine = lastLineRaw.strip();
        if (lastLine.isEmpty()) return false;
        char last = lastLine.charAt(lastLine.length() - 1);
        if (".:;!?".indexOf(last) >= 0) return false;
        if ((last == '"' || last == '”' || last == '’' || last == ')') && lastLine.length() > 1
                && ".!?".indexOf(lastLine.charAt(lastLine.length() - 2)) >= 0) return false;
        String head = next.strip();
        // a label ("Minutes:", "Additional documents:") or a download link ("PDF 418 KB") stands alone
        // (a line starting in lower case, "specific focus:", still carries on a wrapped sentence)
        if (!Character.isLowerCase(head.charAt(0)) && (head.endsWith(":") && Texts.WHITESPACE.split(head).length <= 4
                || FILE_LINK.matcher(head).matches())) return false;
        char first = head.charAt(0);
        if (Character.isLowerCase(first)) return true;
        // "The new\nOfsted framework": a wrapped line ends on a lower-case word or a comma;
        // a heading in title case ("12 Annual Report of the Board") ends its own block
        boolean wrappedMidSentence = (Character.isLowerCase(last) || last == ',' || last == '&')
                && Texts.WHITESPACE.split(lastLine).length >= 2 && !blockHasTab && !isTitleCase(lastLine);
        return wrappedMidSentence && !blockIsListItem || last == ',';
    }

    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of(
            "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from");

    /** Every word but minor ones starts with a capital or a digit: a heading, not a wrapped sentence. */
    static boolean isTitleCase(String line) {
        for (String w : Texts.WHITESPACE.split(line)) {
            if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) continue;
            char c = w.charAt(0);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
        }
        return true;
    }

    private void addBlock(int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start >= end) return;
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        Matcher m = LIST_MARKER.matcher(text.substring(lineStart, end));
        int indent = start - lineStart;
        if (m.find()) {
            int contentStart = lineStart + m.end();
            blocks.add(new Block(blocks.size(), start, end, contentStart, Kind.LIST_ITEM, m.group(2), m.group(1).length()));
        } else {
            blocks.add(new Block(blocks.size(), start, end, start, Kind.PARAGRAPH, null, indent));
        }
    }

    private void splitSentences(Block b) {
        sentencesByBlock.add(new ArrayList<>());
        String flat = flat(b.contentStart(), b.end());
        Matcher m = SENTENCE_END.matcher(flat);
        int from = 0;
        Matcher abbreviation = ABBREVIATION.matcher(flat).useTransparentBounds(true);
        while (m.find()) {
            // only the few characters before the stop can make an abbreviation: look at those alone
            abbreviation.region(Math.max(from, m.start() + 1 - ABBREVIATION_LOOKBACK), m.start() + 1);
            if (abbreviation.find()) continue;
            addSentence(b, from, m.end(), flat);
            from = m.end();
        }
        addSentence(b, from, flat.length(), flat);
    }

    private void addSentence(Block b, int from, int to, String flat) {
        while (from < to && Character.isWhitespace(flat.charAt(from))) from++;
        while (to > from && Character.isWhitespace(flat.charAt(to - 1))) to--;
        if (from < to) {
            Sentence s = new Sentence(b.contentStart() + from, b.contentStart() + to, b.index());
            sentences.add(s);
            sentencesByBlock.get(b.index()).add(s);
        }
    }
}
