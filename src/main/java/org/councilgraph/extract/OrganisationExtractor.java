package org.councilgraph.extract;

import org.councilgraph.model.Evidence;
import org.councilgraph.model.OrganisationMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Organisations a document names, one mention per organisation with every place it was read:
 * <ul>
 *   <li>bodies of {@code organisations.tsv} by their name or acronym ("DfE", "CQC", "Ofsted"),
 *       under their canonical name;</li>
 *   <li>names made of capitalised words before a head of {@code organisation-heads.tsv}
 *       ("Cleveland Police", "North Tees and Hartlepool Foundation Trust", "Ashley High School",
 *       "Good and Beyond Board"), with the school's URN when the text gives it next to the name.</li>
 * </ul>
 * Generic phrases ("the Board", "local authorities"), the council itself and its committees are not organisations here.
 */
public final class OrganisationExtractor implements Extractor {

    /** A named body; {@code anchors} are the first words of its names, one of which a text must hold to name it. */
    private record Known(String name, String kind, String identifier, Pattern pattern, List<String> anchors) {
        boolean mayBeIn(String text) {
            for (String a : anchors) if (text.contains(a)) return true;
            return false;
        }
    }

    private record Head(String[] words, String kind, int minWords) {}

    private static final List<Known> KNOWN = loadKnown();
    private static final List<Head> HEADS = Lexicon.rows("organisation-heads.tsv").stream()
            .map(r -> new Head(Texts.WHITESPACE.split(r[0]), r[1], Integer.parseInt(r[2])))
            .sorted(Comparator.comparingInt((Head h) -> -h.words.length)).toList();
    /** Last words of heads: a name never holds one, so "X Police and Y NHS Trust" are two names. */
    private static final Set<String> HEAD_WORDS = HEADS.stream()
            .map(h -> h.words[h.words.length - 1]).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NOT_NAME = Set.copyOf(Lexicon.words("not-organisation-words.txt"));
    private static final Set<String> CONNECTORS = Set.copyOf(Lexicon.words("organisation-connectors.txt"));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*(?<![.])|&");
    private static final Pattern URN = Pattern.compile("^\\s*[,(\\[]?\\s*(?:URN|Unique Reference Number)\\s*(?::|no\\.?)?\\s*(\\d{6})\\b");

    /** Space between the words of one name: not a tab, which parts table cells. */
    private static final String SPACE = "[^\\S\\t]+";
    private static final Pattern SPACE_PATTERN = Pattern.compile(SPACE);

    @Override public String id() { return "organisation"; }

    private static final class Found {
        String name, kind, identifier;
        final List<Evidence> evidence = new ArrayList<>();
    }

    @Override
    public void extract(ExtractionContext ctx) {
        TextLayout layout = ctx.layout();
        Map<String, Found> found = new LinkedHashMap<>();
        for (TextLayout.Block b : layout.blocks()) {
            String content = cellsKept(ctx.text(), b.contentStart(), b.end());
            int base = b.contentStart();
            List<int[]> knownSpans = new ArrayList<>();
            List<Known> knownAt = new ArrayList<>();
            for (Known k : KNOWN) {
                if (!k.mayBeIn(content)) continue; // names match case-sensitively: no first word, no match
                Matcher m = k.pattern.matcher(content);
                while (m.find()) {
                    knownSpans.add(new int[]{m.start(), m.end()});
                    knownAt.add(k);
                }
            }
            boolean[] absorbed = new boolean[knownSpans.size()];
            List<int[]> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(content);
            while (t.find()) tokens.add(new int[]{t.start(), t.end()});
            for (int i = 0; i < tokens.size(); i++) {
                Head head = headAt(content, tokens, i);
                if (head == null) continue;
                int headEnd = tokens.get(i + head.words.length - 1)[1];
                // "the Education Partnership Framework": the head is inside a longer name that is not a body's
                if (continuesName(content, tokens, i + head.words.length)) { i += head.words.length - 1; continue; }
                int first = nameStart(content, tokens, i);
                int words = 0;
                for (int j = first; j < i; j++) if (!isConnector(content, tokens.get(j))) words++;
                if (first < i && words >= head.minWords) {
                    int start = tokens.get(first)[0];
                    // a known body's generic name with a place before it ("NHS Cheshire and Merseyside Integrated
                    // Care Board") is that place's body: the longer name, of the known body's kind
                    Known within = null;
                    boolean clash = false;
                    for (int k = 0; k < knownSpans.size(); k++) {
                        int[] ks = knownSpans.get(k);
                        if (!(ks[0] < headEnd && start < ks[1])) continue;
                        if (start < ks[0] && ks[1] == headEnd) { within = knownAt.get(k); absorbed[k] = true; }
                        else clash = true;
                    }
                    if (!clash) {
                        String name = Texts.squash(content.substring(start, headEnd));
                        Known k = known(name);
                        String identifier = null;
                        Matcher u = URN.matcher(content.substring(headEnd));
                        if (u.find()) identifier = u.group(1);
                        if (k != null) add(found, k.name, k.kind, k.identifier, ctx.evidence(base + start, base + headEnd, this));
                        else add(found, name, within != null ? within.kind : head.kind, identifier, ctx.evidence(base + start, base + headEnd, this));
                    }
                }
                i += head.words.length - 1;
            }
            prefixed(ctx, found, content, base, tokens, knownSpans);
            for (int k = 0; k < knownSpans.size(); k++) {
                if (absorbed[k]) continue;
                Known kn = knownAt.get(k);
                add(found, kn.name, kn.kind, kn.identifier, ctx.evidence(base + knownSpans.get(k)[0], base + knownSpans.get(k)[1], this));
            }
        }
        for (Found f : found.values()) ctx.add(new OrganisationMention(f.name, f.kind, f.identifier, f.evidence));
    }

    private static final Map<String, String> PREFIXES = Lexicon.rows("organisation-prefixes.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r[0], r -> r[1]));
    private static final int MAX_PREFIXED_WORDS = 4;

    /** "Adopt North East", "Adopt Coast to Coast": a prefix of {@code organisation-prefixes.tsv} and the capitalised words after it. */
    private void prefixed(ExtractionContext ctx, Map<String, Found> found, String content, int base, List<int[]> tokens, List<int[]> knownSpans) {
        for (int i = 1; i < tokens.size(); i++) {
            String kind = PREFIXES.get(word(content, tokens.get(i)));
            if (kind == null) continue;
            int last = i;
            while (last + 1 < tokens.size() && last - i < MAX_PREFIXED_WORDS && isNameWord(word(content, tokens.get(last + 1)))
                    && SPACE_PATTERN.matcher(content.substring(tokens.get(last)[1], tokens.get(last + 1)[0])).matches()) last++;
            if (last == i) continue;
            int start = tokens.get(i)[0], end = tokens.get(last)[1];
            if (knownSpans.stream().anyMatch(k -> k[0] < end && start < k[1])) continue;
            add(found, Texts.squash(content.substring(start, end)), kind, null, ctx.evidence(base + start, base + end, this, "prefix"));
            i = last;
        }
    }

    /** {@code text[start,end)} with line breaks as spaces but tabs kept, so that a name never runs across table cells. */
    private static String cellsKept(String text, int start, int end) {
        char[] cs = text.substring(start, end).toCharArray();
        for (int i = 0; i < cs.length; i++) if (cs[i] == '\n' || cs[i] == '\r' || cs[i] == '\f') cs[i] = ' ';
        return new String(cs);
    }

    private static void add(Map<String, Found> found, String name, String kind, String identifier, Evidence e) {
        Found f = found.computeIfAbsent(Texts.key(name), k -> new Found());
        if (f.name == null) { f.name = name; f.kind = kind; }
        if (f.identifier == null) f.identifier = identifier;
        f.evidence.add(e);
    }

    /** Whether token {@code next} carries a capitalised name on past a head, on the same line, and is no head itself. */
    private static boolean continuesName(String s, List<int[]> tokens, int next) {
        if (next >= tokens.size()) return false;
        int[] tk = tokens.get(next);
        if (!s.substring(tokens.get(next - 1)[1], tk[0]).equals(" ")) return false;
        String word = s.substring(tk[0], tk[1]);
        if (!Character.isUpperCase(word.charAt(0)) || Texts.isAllCaps(word) || headAt(s, tokens, next) != null) return false;
        return word.length() > 1 && Character.isLowerCase(word.charAt(1));
    }

    /** The longest head whose words start at token {@code i}, written as listed (capitalised). */
    private static Head headAt(String s, List<int[]> tokens, int i) {
        for (Head h : HEADS) {
            if (i + h.words.length > tokens.size()) continue;
            boolean ok = true;
            for (int w = 0; w < h.words.length && ok; w++) {
                int[] tk = tokens.get(i + w);
                ok = tk[1] - tk[0] == h.words[w].length() && s.startsWith(h.words[w], tk[0]) // the token is the word
                        && (w == 0 || SPACE_PATTERN.matcher(s.substring(tokens.get(i + w - 1)[1], tk[0])).matches());
            }
            if (ok) return h;
        }
        return null;
    }

    /** Reading back from the head at token {@code head}: the first token of the name (== head when none). */
    private static int nameStart(String s, List<int[]> tokens, int head) {
        int first = head;
        for (int j = head - 1; j >= 0; j--) {
            int[] tk = tokens.get(j);
            if (!SPACE_PATTERN.matcher(s.substring(tk[1], tokens.get(j + 1)[0])).matches()) break;
            String w = s.substring(tk[0], tk[1]);
            if (isNameWord(w)) { first = j; continue; }
            // "Safeguarding Children's Partnership Strategic Board": a head word inside a longer name
            if (first == j + 1 && first < head && Character.isUpperCase(w.charAt(0)) && !NOT_NAME.contains(w) && HEAD_WORDS.contains(w)) { first = j; continue; }
            if (CONNECTORS.contains(w) && first == j + 1 && j > 0 && isNameWord(word(s, tokens.get(j - 1)))
                    && SPACE_PATTERN.matcher(s.substring(tokens.get(j - 1)[1], tk[0])).matches()) continue;
            break;
        }
        return first;
    }

    private static boolean isNameWord(String w) {
        return Character.isUpperCase(w.charAt(0)) && !NOT_NAME.contains(w) && !HEAD_WORDS.contains(w);
    }

    private static boolean isConnector(String s, int[] tk) { return CONNECTORS.contains(word(s, tk)); }

    private static String word(String s, int[] tk) { return s.substring(tk[0], tk[1]); }

    private static Known known(String name) {
        for (Known k : KNOWN) {
            Matcher m = k.pattern.matcher(name);
            if (m.matches()) return k;
        }
        return null;
    }

    private static List<Known> loadKnown() {
        List<Known> out = new ArrayList<>();
        for (String[] r : Lexicon.rows("organisations.tsv")) {
            List<String> names = new ArrayList<>();
            names.add(r[0]);
            if (r.length > 3 && !r[3].isEmpty()) names.addAll(List.of(r[3].split("\\|")));
            String alternation = names.stream().map(String::strip).sorted((a, b) -> b.length() - a.length())
                    .map(Lexicon::quoteFlexibly).collect(Collectors.joining("|"));
            String identifier = r.length > 2 && !r[2].isEmpty() ? r[2] : null;
            List<String> anchors = names.stream().map(n -> n.strip().split("[\\s'’]", 2)[0]).distinct().toList();
            out.add(new Known(r[0], r[1], identifier, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])"), anchors));
        }
        return List.copyOf(out);
    }
}
