package org.councilgraph.extract;

import org.councilgraph.model.Evidence;
import org.councilgraph.model.PersonMention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * People and posts: councillors ("Cllr Nick Bardsley", "Councillor Jane Smith"), officers named as
 * speakers ("Martin Gray presented the report"), posts ("Portfolio Holder for Children's Services",
 * "The Director: Education &amp; Skills", "Chief Executive") and a name next to its post. One mention per
 * person (or per post with no name) in a document, with every place it was read as evidence.
 */
public final class PeopleExtractor implements Extractor {
    private static final Set<String> NOT_NAME = Lexicon.words("not-name-words.txt").stream()
            .map(String::toLowerCase).collect(Collectors.toUnmodifiableSet());

    private static final String WORD = "[A-Z][\\p{L}’'-]*";
    private static final String SP = "\\s+";
    private static final String PHRASE = "(?!(?:Cllr|Councillor)\\b)" + WORD + "(?:" + SP + "(?:of|for|in|the|[Yy]oung|" + WORD + "))*";
    /**
     * A post's portfolio: "Children's Services", "Education & Skills", or a list of them closed by "and"
     * ("Children, Young People and Families", "Safeguarding, Reviewing and Quality Assurance").
     */
    private static final String DOMAIN = "(?:" + PHRASE + "(?:," + SP + PHRASE + ")+,?" + SP + "(?:and|&)" + SP + PHRASE
            + "|(?!(?:Cllr|Councillor)\\b)" + WORD + "(?:" + SP + "(?:&|and|of|for|in|the|[Yy]oung|" + WORD + "))*)";
    private static final String QUALIFIERS = "(?:" + Lexicon.alternation("post-qualifiers.txt") + "\\s+)*";
    static final Pattern POST = Pattern.compile("\\b(?:" + Lexicon.alternation("standalone-posts.txt")
            + "|" + QUALIFIERS + Lexicon.alternation("post-heads.txt") + "(?:\\s*:\\s*|\\s+(?:of|for)\\s+(?:the\\s+)?)" + DOMAIN + ")");
    /** Courtesy titles after "Councillor" that are not part of the name ("Councillor Mrs Fiona Lathwell", "Cllr. Dr Helen Marsh"). */
    private static final String HONORIFIC = "(?:(?:Mrs|Mr|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\\.?\\s+)?";
    private static final Pattern COUNCILLOR = Pattern.compile("\\b(?:Cllr\\.?|Councillor|Councilor)\\s+" + HONORIFIC + "((?:" + WORD + "\\s+){0,3}" + WORD + ")");
    /** A name then its post, at the start of a sentence, an item or a field: "Riya Bansal, Director of Children's Services, outlined …". */
    private static final Pattern NAME_THEN_POST = Pattern.compile("(?:^|(?<=[.:;]\\s{1,3})|(?<=\\b(?:by|from|with|and)\\s))(?:(?:Mrs|Mr|Ms|Miss|Dr|Prof|Professor)\\.?\\s+)?(" + WORD + "\\s+(?:" + WORD + "\\s+)?" + WORD + ")(?=\\s*,\\s*|\\s+\\()");
    /**
     * Attendance and apologies: "Present:", "PRESENT", "Apologies: …", "Also in attendance:", "Officers in
     * Attendance: …", "Co-optees: …". Who attended is not who acted, so these name no people facts.
     */
    private static final Pattern ATTENDANCE_LABEL = Pattern.compile(
            "(?i)^(?:present|apologies(?:\\s+for\\s+absence)?|(?:also|officers?|councillors?|members?|other\\s+people|others)\\s+(?:in\\s+attendance|present)"
            + "|in\\s+attendance|also\\s+attending|co-?optees?|substitutes?|absent)\\b\\s*(?::|$)");
    /** A name between commas right after a post: "…, Martin Ellery, introduced". */
    private static final Pattern POST_THEN_NAME = Pattern.compile("\\s*,\\s*(" + WORD + "\\s+(?:" + WORD + "\\s+)?" + WORD + ")(?=\\s*,)");
    private static final Pattern APOLOGIES = Pattern.compile("(?i)\\bapologies\\s+(?:for\\s+absence\\s+)?(?:were|was|had\\s+been)\\s+(?:received|submitted|given|tendered|reported)\\b|^(?:\\d+(?:\\.\\d+)*\\s+)?apologies\\b");
    /** "Councillors Ben Jones and Chandra Patel", "Cllrs Lee, Shah and Doyle": each name of the list. */
    private static final Pattern COUNCILLORS = Pattern.compile("\\b(?:Councillors|Cllrs\\.?)\\s+((?:" + WORD + ")(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + WORD + ")*)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern SPEAKER = Pattern.compile("^((?:" + WORD + "\\s+){1,2}" + WORD + ")\\s+(?:" + Lexicon.alternation("reporting-verbs.txt") + ")\\b");

    @Override public String id() { return "people"; }

    private static final class Person {
        String name;
        String post;
        final List<Evidence> evidence = new ArrayList<>();
    }

    @Override
    public void extract(ExtractionContext ctx) {
        TextLayout layout = ctx.layout();
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Person> posts = new LinkedHashMap<>();
        boolean attendance = false;
        int[] headingPost = null; // a post closing the block before, as [start, end) in the text
        String headingPostText = null;
        for (TextLayout.Block b : layout.blocks()) {
            int[] postBefore = headingPost;
            String postBeforeText = headingPostText;
            headingPost = null;
            headingPostText = null;
            String raw = layout.content(b);
            String plain = raw.strip();
            Matcher al = ATTENDANCE_LABEL.matcher(plain);
            if (al.find()) {
                // a label alone ("PRESENT", "OFFICERS IN ATTENDANCE") heads the lines under it
                attendance = plain.substring(al.end()).isBlank();
                continue;
            }
            if (attendance && attendanceLine(plain)) continue;
            attendance = false;
            // headings in capitals ("COUNCILLOR NICK BARDSLEY PORTFOLIO HOLDER FOR …") are read in title case
            String content = Texts.isAllCaps(raw) ? Texts.titleCase(raw) : capsLinesInTitleCase(raw);
            int base = b.contentStart();
            List<int[]> postSpans = new ArrayList<>();
            Matcher pm = POST.matcher(content);
            String lines = ctx.text().substring(base, b.end());
            while (pm.find()) postSpans.add(new int[]{pm.start(), trimPost(content, pm.start(), endOfLabelledLine(lines, pm.start(), pm.end()))});

            List<int[]> nameSpans = new ArrayList<>();
            Matcher cm = COUNCILLOR.matcher(content);
            while (cm.find()) {
                int end = nameEnd(content, cm.start(1), cm.end(1));
                if (end > cm.start(1)) nameSpans.add(new int[]{cm.start(), cm.start(1), end});
            }
            Matcher lm = COUNCILLORS.matcher(content);
            while (lm.find()) {
                Matcher sep = LIST_SEPARATOR.matcher(content).region(lm.start(1), lm.end(1));
                int from = lm.start(1);
                while (true) {
                    boolean more = sep.find();
                    int to = more ? sep.start() : lm.end(1);
                    int end = nameEnd(content, from, to);
                    if (end > from) nameSpans.add(new int[]{from, from, end});
                    if (!more) break;
                    from = sep.end();
                }
            }
            Matcher np = NAME_THEN_POST.matcher(content);
            while (np.find()) {
                int end = nameEnd(content, np.start(1), np.end(1));
                int from = np.start(1);
                boolean taken = nameSpans.stream().anyMatch(n -> n[1] < end && from < n[2]);
                if (!taken && end == np.end(1) && adjacentPost(content, end, postSpans) != null) nameSpans.add(new int[]{np.start(1), np.start(1), end});
            }
            // "The Assistant Director for Education Partnerships, Martin Ellery, introduced …": a name set off after its post
            for (int[] post : postSpans) {
                Matcher ap = POST_THEN_NAME.matcher(content).region(post[1], content.length());
                if (!ap.lookingAt()) continue;
                int end = nameEnd(content, ap.start(1), ap.end(1));
                int from = ap.start(1);
                boolean taken = nameSpans.stream().anyMatch(n -> n[1] < end && from < n[2]);
                if (!taken && end == ap.end(1)) nameSpans.add(new int[]{from, from, end});
            }
            List<int[]> apologies = new ArrayList<>();
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                if (APOLOGIES.matcher(layout.text(s)).find()) apologies.add(new int[]{s.start() - base, s.end() - base});
            }
            nameSpans.removeIf(n -> apologies.stream().anyMatch(a -> n[1] >= a[0] && n[1] < a[1]));
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                int off = s.start() - base;
                Matcher sm = SPEAKER.matcher(content.substring(off, s.end() - base));
                if (sm.find()) {
                    int end = nameEnd(content, off + sm.start(1), off + sm.end(1));
                    if (end > off + sm.start(1) && content.substring(off + sm.start(1), end).contains(" ")) {
                        nameSpans.add(new int[]{off + sm.start(1), off + sm.start(1), end});
                    }
                }
            }
            for (int[] n : nameSpans) {
                String name = Texts.squash(content.substring(n[1], n[2]));
                Person p = people.computeIfAbsent(Texts.key(name), k -> new Person());
                p.name = name;
                int[] post = adjacentPost(content, n[2], postSpans);
                int start = n[0], end = n[2];
                if (post == null) post = precedingPost(content, n[0], postSpans);
                // a heading ending in a post ("REPORT OF THE LEAD MEMBER FOR CHILDREN'S SERVICES") over a block
                // that is only the councillor's name
                if (post == null && postBefore != null && nameSpans.size() == 1 && postSpans.isEmpty() && NAME_BLOCK.matcher(content).matches()) {
                    if (p.post == null) p.post = postBeforeText;
                    p.evidence.add(ctx.evidence(postBefore[0], base + end, this));
                    continue;
                }
                if (post != null) {
                    if (p.post == null) p.post = postText(content, post);
                    start = Math.min(start, post[0]);
                    end = Math.max(end, post[1]);
                    postSpans.remove(post);
                }
                p.evidence.add(ctx.evidence(base + start, base + end, this));
            }
            for (int[] post : postSpans) {
                String text = postText(content, post);
                if (content.substring(post[1]).isBlank()) { headingPost = new int[]{base + post[0], base + post[1]}; headingPostText = text; }
                Person p = posts.computeIfAbsent(Texts.key(text), k -> new Person());
                p.post = text;
                p.evidence.add(ctx.evidence(base + post[0], base + post[1], this));
            }
        }
        // "Councillor Jones" after "Councillor Ben Jones" is the same person
        for (var it = people.entrySet().iterator(); it.hasNext(); ) {
            Person p = it.next().getValue();
            if (p.name.contains(" ")) continue;
            Person full = people.values().stream().filter(o -> o != p && o.name.endsWith(" " + p.name)).findFirst().orElse(null);
            if (full == null || people.values().stream().filter(o -> o.name.endsWith(" " + p.name)).count() > 1) continue;
            full.evidence.addAll(p.evidence);
            if (full.post == null) full.post = p.post;
            it.remove();
        }
        // a post also held by a named person is that person's, not a second row
        people.values().forEach(p -> { if (p.post != null) posts.remove(Texts.key(p.post)); });
        for (Person p : people.values()) ctx.add(new PersonMention(p.name, p.post, p.evidence));
        for (Person p : posts.values()) ctx.add(new PersonMention(null, p.post, p.evidence));
    }

    /** The name's end: stops before a word that cannot be part of a name (a post, a body). */
    private static int nameEnd(String s, int start, int end) {
        Matcher w = Pattern.compile(WORD).matcher(s).region(start, end);
        int last = start;
        while (w.find()) {
            if (NOT_NAME.contains(w.group().toLowerCase()) || Texts.key(w.group()).isEmpty()) break;
            last = w.end();
        }
        return last;
    }

    /** A post right after a name: "Cllr Jane Smith, Cabinet Member for …", "… Smith (Director of …)", "… SMITH PORTFOLIO HOLDER …". */
    private static int[] adjacentPost(String s, int nameEnd, List<int[]> posts) {
        for (int[] p : posts) {
            if (p[0] < nameEnd) continue;
            String between = s.substring(nameEnd, p[0]);
            if (between.matches("\\s*[,(–-]?\\s*")) return p;
            // "Councillor Jane Smith, the Cabinet Member for …, said": an aside closed by a comma; not
            // "a question from Councillor Tariq, the Director … confirmed", where the post begins the clause
            if (between.matches("\\s*[,(–-]?\\s*the\\s+") && s.substring(p[1]).matches("(?s)\\s*(?:[,);.]|$).*")) return p;
        }
        return null;
    }

    /**
     * A line under an attendance heading: short, not a numbered item heading, not a field label, and
     * not a sentence of the minutes ("The Chair welcomed everyone to the meeting.").
     */
    private static boolean attendanceLine(String line) {
        if (line.length() > 200 || line.matches("(?s)^\\d.*") || line.endsWith(":")) return false;
        boolean sentence = line.endsWith(".") && line.split("\\s+").length >= 6 && !line.matches("(?s).*\\b(?:Councillors?|Cllrs?)\\b.*");
        return !sentence;
    }

    /** A post right before a councillor's name: "the Cabinet Member for Children and Young People, Councillor Tomasz Reyes". */
    private static int[] precedingPost(String s, int nameStart, List<int[]> posts) {
        for (int[] p : posts) {
            if (p[1] > nameStart) continue;
            if (s.substring(p[1], nameStart).matches("\\s*[,(–-]\\s*")) return p;
        }
        return null;
    }

    /** A block that is a councillor's name and nothing else ("Councillor Priya Nandra"). */
    private static final Pattern NAME_BLOCK = Pattern.compile("\\s*(?:Cllr\\.?|Councillor)\\s+" + HONORIFIC + "(?:" + WORD + "\\s+){0,3}" + WORD + "\\s*");

    /** Lines written all in capitals read in title case, so that a heading's post is read as one (lengths kept). */
    private static String capsLinesInTitleCase(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (String line : raw.split("(?<=\\n)", -1)) sb.append(Texts.isAllCaps(line) ? Texts.titleCase(line) : line);
        return sb.toString();
    }

    /** A post ends at a line break when the next line opens a field of a front sheet ("…Education\nTitle: …"). */
    private static int endOfLabelledLine(String raw, int start, int end) {
        Matcher m = NEXT_FIELD.matcher(raw).region(start, raw.length());
        return m.find() && m.start() < end ? m.start() : end;
    }

    private static final Pattern NEXT_FIELD = Pattern.compile("[ \\t]*\\r?\\n[ \\t]*[A-Z][\\w ]{0,30}:");

    /** Drops trailing connector words a greedy match took ("… Support and"). */
    private static int trimPost(String s, int start, int end) {
        String t = s.substring(start, end);
        String trimmed = t.replaceFirst("(?:\\s+(?:&|and|of|for|in|the))+$", "");
        return start + trimmed.length();
    }

    private static String postText(String s, int[] span) {
        return Texts.squash(s.substring(span[0], span[1]));
    }
}
