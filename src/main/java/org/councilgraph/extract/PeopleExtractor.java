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
    /** A capitalised word of a portfolio; a councillor's title starts a name, not more portfolio. */
    private static final String NWORD = "(?!(?:Cllr|Councillor)\\b)" + WORD;
    /** Small words inside a portfolio: "Team for the Family", "Children and Young people's Futures", "Looked after Children". */
    private static final String SMALL = "of|for|in|the|[Yy]oung(?:\\s+people(?:['’]s)?)?|(?<=[Ll]ooked\\s)after";
    private static final String PHRASE = NWORD + "(?:" + SP + "(?:" + SMALL + "|" + NWORD + "))*";
    /**
     * A post's portfolio: "Children's Services", "Education & Skills", or a list of them closed by "and"
     * ("Children, Young People and Families", "Safeguarding, Reviewing and Quality Assurance").
     */
    private static final String DOMAIN = "(?:" + PHRASE + "(?:," + SP + PHRASE + ")+,?" + SP + "(?:and|&)" + SP + PHRASE
            + "|" + NWORD + "(?:" + SP + "(?:&|and|" + SMALL + "|" + NWORD + "))*)";
    private static final String QUALIFIERS = "(?:" + Lexicon.alternation("post-qualifiers.txt") + "\\s+)*";
    private static final String HEADS = Lexicon.alternation("post-heads.txt");
    private static final String ONE_QUALIFIER = "(?:" + Lexicon.alternation("post-qualifiers.txt") + "\\s+)";
    private static final String PORTFOLIO_WORD = "(?:" + Lexicon.alternation("portfolio-words.txt") + ")\\b";
    static final Pattern STANDALONE = Pattern.compile(QUALIFIERS + Lexicon.alternation("standalone-posts.txt"));
    /** "Deputy Leader and Cabinet Member for …": a second post held with the one that follows. */
    private static final String JOINT = "(?:" + Lexicon.alternation("joint-post-openers.txt") + "\\s+)?";
    private static final Pattern JOINT_OPENER = Pattern.compile(Lexicon.alternation("joint-post-openers.txt"));
    /**
     * A post: a standalone title ("Interim Chief Executive") or a head with its portfolio, joined by "of"/"for",
     * a colon, a dash ("Corporate Director – Children, Young People and Education"), brackets ("Cabinet Member
     * (Children's Services)"), or, after a qualified head, a comma or nothing ("Strategic Director, Care and
     * Learning", "Assistant Director Law and Governance") when the portfolio opens with a portfolio word.
     */
    static final Pattern POST = Pattern.compile("\\b(?:" + STANDALONE.pattern()
            + "|" + JOINT + QUALIFIERS + HEADS + "(?:\\s*:\\s*|\\s+(?:of|for)\\s+(?:the\\s+)?|\\s+[–—-]\\s+(?=" + PORTFOLIO_WORD + "))" + DOMAIN
            + "|" + QUALIFIERS + HEADS + "\\s*\\((?=" + PORTFOLIO_WORD + ")" + DOMAIN + "\\)"
            + "|" + ONE_QUALIFIER + "+" + HEADS + "(?:\\s*,\\s*|\\s+)(?=" + PORTFOLIO_WORD + ")" + DOMAIN + ")");
    /** Every post starts with a qualifier, a head, a standalone title or a joint opener: the pattern is tried only there. */
    private static final StartChars POST_STARTS = StartChars.of(java.util.stream.Stream.of("post-qualifiers.txt", "post-heads.txt",
            "standalone-posts.txt", "joint-post-openers.txt").flatMap(f -> Lexicon.words(f).stream()).toList());
    /** {@link #TITLED_POST} and {@link #NAME_THEN_POST} start with a capitalised word: they are tried only there. */
    private static final StartChars CAPITALS = StartChars.capitals();
    /** A post named by the words before its head: "the Leaving Care Manager", "Sam Lee, Performance Analyst,". */
    private static final Pattern TITLED_POST = Pattern.compile("(?<=\\b[Tt]he\\s|,\\s|\\()(?:(?!The\\b)[A-Z][\\p{L}’'-]+\\s+){1,3}" + Lexicon.alternation("post-tail-heads.txt")
            + "\\b(?!\\s+[A-Z])(?!\\s*(?:\\([A-Z]+\\)\\s*)?[Ss]ervices?\\b)");
    /** "the Executive Member" with no portfolio after it. */
    private static final Pattern BARE_POST = Pattern.compile("(?<=\\b[Tt]he\\s)" + Lexicon.alternation("bare-posts.txt") + "\\b(?![’']s)(?!\\s*(?:\\(|[–—-]\\s|:|for\\b|of\\b))");
    /** "Chair", "Vice-Chairman": a post only when joined to a name. */
    private static final Pattern CHAIR = Pattern.compile("\\b" + Lexicon.alternation("chair-posts.txt") + "\\b");
    /** Courtesy titles after "Councillor" that are not part of the name ("Councillor Mrs Fiona Lathwell", "Cllr. Dr Helen Marsh"). */
    private static final String TITLE = "(?:Mrs|Mr|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Reverend|Revd|Rev)\\.?\\s+";
    private static final String HONORIFIC = "(?:" + TITLE + ")?";
    private static final Pattern COUNCILLOR = Pattern.compile("\\b(?:Cllr\\.?|Councillor|Councilor)\\s+" + HONORIFIC + "((?:" + WORD + "\\s+){0,3}" + WORD + ")");
    /** A name then its post, at the start of a sentence, an item or a field: "Riya Bansal, Director of Children's Services, outlined …". */
    private static final Pattern NAME_THEN_POST = Pattern.compile("(?:^|(?<=[.:;]\\s{1,3})|(?<=\\b(?:by|from|with|and)\\s))(?:(?:Mrs|Mr|Ms|Miss|Dr|Prof|Professor)\\.?\\s+)?(" + WORD + "\\s+(?:" + WORD + "\\s+)?" + WORD + ")(?=\\s*,\\s*|\\s+\\()");
    /** A name between commas right after a post: "…, Martin Ellery, introduced". */
    private static final Pattern POST_THEN_NAME = Pattern.compile("\\s*,\\s*(?:and\\s+)?(" + WORD + "\\s+(?:" + WORD + "\\s+)?" + WORD + ")(?=\\s*,)");
    /** "the Director of Children's Services (Jane Hart)". */
    private static final Pattern POST_THEN_BRACKETED_NAME = Pattern.compile("\\s*\\(\\s*(?:(?:Mrs|Mr|Ms|Miss|Dr)\\.?\\s+)?(" + WORD + "\\s+(?:" + WORD + "\\s+)?" + WORD + ")(?=\\s*\\))");
    /** A name after a word of the sentence, set off before its post: "welcomed Jane Hart, Head of …". */
    private static final Pattern NAME_MID_SENTENCE = Pattern.compile("(?<=\\b" + Lexicon.alternation("name-lead-words.txt") + "\\s)(" + WORD + "\\s+(?:" + WORD + "\\s+)?" + WORD + ")(?=\\s*,\\s*|\\s+\\()");
    /** A name right after a standalone post: "under Interim Chief Executive Ann Lee OBE, as well …". */
    private static final String NAME_WORD = "(?!(?:OBE|MBE|CBE)\\b)" + WORD;
    private static final Pattern STANDALONE_THEN_NAME = Pattern.compile("\\s+(" + NAME_WORD + "\\s+(?:" + NAME_WORD + "\\s+)?" + NAME_WORD + ")(?=\\s+(?:OBE|MBE|CBE)\\b|\\s*[,:]|\\s+(?:" + Lexicon.alternation("reporting-verbs.txt") + ")\\b)");
    private static final Pattern APOLOGIES_OR_QUESTIONS = Pattern.compile("(?i)\\b(?:apolog|question|petition)");
    /** "chaired by Ann Lee," — a person who chairs a board or group, named in full. */
    private static final Pattern CHAIRED_BY = Pattern.compile("\\b(?:chaired|co-chaired)\\s+by\\s+(" + WORD + "\\s+(?:" + WORD + "\\s+)?" + WORD + ")(?=\\s*[,.;)])");
    /** "Apologies were received from …", "questions were received for this meeting from …": a list of people follows. */
    private static final Pattern RECEIVED_FROM = Pattern.compile("\\b(?:received|submitted|tendered)\\b[^.]{0,30}?\\bfrom\\s+");
    /** "Councillors Ben Jones and Chandra Patel", "Cllrs Lee, Shah and Doyle": each name of the list. */
    private static final Pattern COUNCILLORS = Pattern.compile("\\b(?:Councillors|Cllrs\\.?)\\s+((?:" + WORD + ")(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)" + WORD + ")*)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern SPEAKER = Pattern.compile("^(" + TITLE + ")?((?:" + WORD + "\\s+){0,2}" + WORD + ")\\s+(?:" + Lexicon.alternation("reporting-verbs.txt") + ")\\b");

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
        Map<String, Person> barePosts = new LinkedHashMap<>();
        boolean attendance = false;
        int[] headingPost = null; // a post closing the block before, as [start, end) in the text
        String headingPostText = null;
        for (TextLayout.Block b : layout.blocks()) {
            int[] postBefore = headingPost;
            String postBeforeText = headingPostText;
            headingPost = null;
            headingPostText = null;
            int base = b.contentStart();
            String lines = ctx.text().substring(base, b.end());
            // lists of people, line by line; what they read is blanked for the sentence rules below
            char[] masked = null;
            String[] ls = lines.split("\n", -1);
            int lineStart = 0;
            for (int i = 0; i < ls.length; lineStart += ls[i].length() + 1, i++) {
                String line = ls[i];
                if (line.isBlank()) continue;
                // a list wrapped after a comma or a joining word ("…, Head of Looked after Children and\nCorporate
                // Parenting") reads on into the next line; the newline stands as a space, so offsets hold
                String joined = line;
                int span = 1;
                while (i + span < ls.length && !ls[i + span].isBlank() && WRAPPED.matcher(joined).find()) joined += " " + ls[i + span++];
                PeopleLines.Reading r = span > 1 ? PeopleLines.read(joined, attendance) : null;
                if (r == null) { joined = line; span = 1; r = PeopleLines.read(line, attendance); }
                if (r == null) { attendance = false; continue; }
                attendance = r.heading() ? r.attendanceLabel() : attendance || r.attendanceLabel();
                for (PeopleLines.Entry e : r.entries()) addListed(ctx, people, joined, base + lineStart, e);
                if (masked == null) masked = layout.content(b).toCharArray();
                for (int k = lineStart; k < lineStart + joined.length(); k++) masked[k] = ' ';
                for (int k = 1; k < span; k++) { lineStart += ls[i].length() + 1; i++; }
            }
            String raw = masked == null ? layout.content(b) : new String(masked);
            if (raw.isBlank()) continue;
            // headings in capitals ("COUNCILLOR NICK BARDSLEY PORTFOLIO HOLDER FOR …") are read in title case
            String content = Texts.isAllCaps(raw) ? Texts.titleCase(raw) : capsLinesInTitleCase(raw);
            List<int[]> postSpans = postSpans(content, lines);
            // posts that stand only beside a name: "(Chair)", "the Chair (Councillor …)", ", Business Intelligence Analyst,"
            List<int[]> joinedOnly = new ArrayList<>();
            addFree(joinedOnly, CHAIR.matcher(content), postSpans);
            Matcher tp = TITLED_POST.matcher(content);
            for (int at = 0; CAPITALS.find(tp, content, at); at = tp.end()) {
                if (overlaps(postSpans, tp.start(), tp.end())) continue;
                int[] span = {tp.start(), tp.end()};
                if (content.charAt(tp.start() - 1) == ' ' && content.charAt(tp.start() - 2) != ',') postSpans.add(span);
                else joinedOnly.add(span);
            }
            postSpans.sort((x, y) -> x[0] - y[0]);

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
            List<int[]> allPosts = new ArrayList<>(postSpans);
            allPosts.addAll(joinedOnly);
            Matcher np = NAME_THEN_POST.matcher(content);
            for (int at = 0; CAPITALS.find(np, content, at); at = np.end()) {
                int end = nameEnd(content, np.start(1), np.end(1));
                int from = np.start(1);
                if (!taken(nameSpans, from, end) && end == np.end(1) && adjacentPost(content, end, allPosts) != null) nameSpans.add(new int[]{np.start(1), np.start(1), end});
            }
            // "The Panel welcomed Jane Hart, Head of Fostering, to …": mid-sentence the name must look like one
            Matcher mp = NAME_MID_SENTENCE.matcher(content);
            boolean setOff = content.indexOf(',') >= 0 || content.indexOf('(') >= 0; // the pattern needs one after the name
            while (setOff && mp.find()) {
                int from = mp.start(1), end = mp.end(1);
                if (!taken(nameSpans, from, end) && strictName(content, from, end) && adjacentPost(content, end, allPosts) != null) nameSpans.add(new int[]{from, from, end});
            }
            // "The Assistant Director for Education Partnerships, Martin Ellery, introduced …": a name set off after its post
            for (int[] post : allPosts) {
                Matcher ap = POST_THEN_NAME.matcher(content).region(post[1], content.length());
                boolean direct = false;
                if (!ap.lookingAt()) ap = POST_THEN_BRACKETED_NAME.matcher(content).region(post[1], content.length());
                if (!ap.lookingAt()) {
                    if (!STANDALONE.matcher(content.substring(post[0], post[1])).matches()) continue;
                    ap = STANDALONE_THEN_NAME.matcher(content).region(post[1], content.length());
                    if (!ap.lookingAt()) continue;
                    direct = true;
                }
                int end = nameEnd(content, ap.start(1), ap.end(1));
                int from = ap.start(1);
                if (direct && !strictName(content, from, end)) continue;
                if (!taken(nameSpans, from, end) && end == ap.end(1)) nameSpans.add(new int[]{direct ? post[0] : from, from, end});
            }
            // "Apologies were received from Cllr Ann Lee and Kim Shaw": every name of the list
            Matcher rf = RECEIVED_FROM.matcher(content);
            while (rf.find()) {
                // only apologies and questions: "comments were received from Leigh Town Council" names a body
                if (!APOLOGIES_OR_QUESTIONS.matcher(content.substring(Math.max(0, rf.start() - 120), rf.start())).find()) continue;
                for (int[] n : receivedFrom(content, rf.end())) if (!taken(nameSpans, n[1], n[2])) nameSpans.add(n);
            }
            for (TextLayout.Sentence s : layout.sentencesOf(b)) {
                int off = s.start() - base;
                Matcher sm = SPEAKER.matcher(content.substring(off, s.end() - base));
                if (sm.find()) {
                    // "Amira Khan presented …", "Dr Lee confirmed …": a title lets a surname stand alone
                    int from = off + sm.start(2);
                    int end = nameEnd(content, from, off + sm.end(2));
                    if (end > from && (sm.group(1) != null || content.substring(from, end).contains(" ")) && !taken(nameSpans, from, end)) {
                        nameSpans.add(new int[]{off + sm.start(), from, end});
                    }
                }
            }
            // "the review board, chaired by Ann Lee, will …"
            Matcher cb = CHAIRED_BY.matcher(content);
            while (cb.find()) {
                int end = nameEnd(content, cb.start(1), cb.end(1));
                if (end == cb.end(1) && strictName(content, cb.start(1), end) && !taken(nameSpans, cb.start(1), end)) nameSpans.add(new int[]{cb.start(1), cb.start(1), end});
            }
            nameSpans.sort((x, y) -> x[1] - y[1]);
            for (int[] n : nameSpans) {
                String name = Texts.squash(content.substring(n[1], n[2]));
                Person p = people.computeIfAbsent(Texts.key(name), k -> new Person());
                p.name = name;
                int[] post = adjacentPost(content, n[2], allPosts);
                // "Interim Chief Executive Ann Lee OBE": the name was read right after its standalone post
                if (n[0] < n[1]) for (int[] x : allPosts) if (x[0] == n[0]) post = x;
                int start = n[0], end = n[2];
                if (post == null) post = precedingPost(content, n[0], n[0] != n[1], allPosts);
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
                    allPosts.remove(post);
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
            Matcher bp = BARE_POST.matcher(content);
            while (bp.find()) {
                if (overlaps(allPosts, bp.start(), bp.end()) || overlaps(postSpans, bp.start(), bp.end())) continue;
                String text = Texts.squash(bp.group());
                Person p = barePosts.computeIfAbsent(Texts.key(text), k -> new Person());
                p.post = text;
                p.evidence.add(ctx.evidence(base + bp.start(), base + bp.end(), this, "bare-post"));
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
        // "the Cabinet Member" where "Cabinet Member for Education" is named too is that post
        List<String> fuller = new ArrayList<>();
        people.values().forEach(p -> { if (p.post != null) fuller.add(Texts.key(p.post)); });
        fuller.addAll(posts.keySet());
        barePosts.keySet().removeIf(k -> fuller.stream().anyMatch(f -> f.startsWith(k) || f.contains(" " + k)));
        posts.putAll(barePosts);
        for (Person p : people.values()) ctx.add(new PersonMention(p.name, p.post, p.evidence));
        for (Person p : posts.values()) ctx.add(new PersonMention(null, p.post, p.evidence));
    }

    /** The name's end: stops before a word that cannot be part of a name (a post, a body). */
    private static final Pattern WORD_PATTERN = Pattern.compile(WORD);

    private static int nameEnd(String s, int start, int end) {
        Matcher w = WORD_PATTERN.matcher(s).region(start, end);
        int last = start;
        while (w.find()) {
            // an initial ("A Hughes", "D R Osei") is not the article "A"
            boolean initial = w.group().length() == 1 && w.end() < end;
            if (!initial && NOT_NAME.contains(w.group().toLowerCase()) || Texts.key(w.group()).isEmpty()) break;
            last = w.end();
        }
        if (last > start && Texts.fullMatch(s.substring(start, last), ".*\\b[A-Z]")) return start; // ends on an initial
        return last;
    }

    /** A post right after a name: "Cllr Jane Smith, Cabinet Member for …", "… Smith (Director of …)", "… SMITH PORTFOLIO HOLDER …". */
    private static int[] adjacentPost(String s, int nameEnd, List<int[]> posts) {
        for (int[] p : posts) {
            if (p[0] < nameEnd) continue;
            String between = s.substring(nameEnd, p[0]);
            if (Texts.fullMatch(between, "\\s*[,(–-]?\\s*") || Texts.fullMatch(between, "\\s*\\(\\s*in\\s+the\\s+")) return p;
            // "Councillor Jane Smith, the Cabinet Member for …, said": an aside closed by a comma; not
            // "a question from Councillor Tariq, the Director … confirmed", where the post begins the clause
            if (Texts.fullMatch(between, "\\s*[,(–-]?\\s*the\\s+") && Texts.fullMatch(s.substring(p[1]), "(?s)\\s*(?:[,);.]|$).*")) return p;
        }
        return null;
    }

    /** A post right before a councillor's name: "the Cabinet Member for Children and Young People, Councillor Tomasz Reyes". */
    private static int[] precedingPost(String s, int nameStart, boolean titled, List<int[]> posts) {
        for (int[] p : posts) {
            if (p[1] > nameStart) continue;
            String between = s.substring(p[1], nameStart);
            // "Executive Member for Children Councillor Ann Lee said": a councillor's title sets the name off
            if (Texts.fullMatch(between, "\\s*[,(–-]\\s*") || titled && Texts.fullMatch(between, "\\s+")) return p;
        }
        return null;
    }

    /** A block that is a councillor's name and nothing else ("Councillor Priya Nandra"). */
    private static final Pattern NAME_BLOCK = Pattern.compile("\\s*(?:Cllr\\.?|Councillor)\\s+" + HONORIFIC + "(?:" + WORD + "\\s+){0,3}" + WORD + "\\s*");

    /** After each line break: splits a text into its lines, each with its break. */
    private static final Pattern LINE_ENDS = Pattern.compile("(?<=\\n)");

    /** Lines written all in capitals read in title case, so that a heading's post is read as one (lengths kept). */
    private static String capsLinesInTitleCase(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (String line : LINE_ENDS.split(raw, -1)) sb.append(Texts.isAllCaps(line) ? Texts.titleCase(line) : line);
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
        String trimmed = Texts.replacingFirst(t, "(?:\\s+(?:&|and|of|for|in|the))+$", "");
        return start + trimmed.length();
    }

    /** Posts of a block; a post read past a list of people is cut where the next name or post begins. */
    private static List<int[]> postSpans(String content, String lines) {
        List<int[]> spans = new ArrayList<>();
        Matcher pm = POST.matcher(content);
        int from = 0;
        while (from < content.length() && POST_STARTS.find(pm, content, from)) {
            int end = trimPost(content, pm.start(), endOfLabelledLine(lines, pm.start(), pm.end()));
            end = cutAtNextPerson(content, pm.start(), end);
            if (end <= pm.start()) { from = pm.end(); continue; }
            spans.add(new int[]{pm.start(), end});
            from = end;
        }
        return spans;
    }

    /** "…for People, Ann Lee, Director of …" or "…for People, Director of …": the list is of people, not portfolio. */
    private static int cutAtNextPerson(String s, int start, int end) {
        Matcher c = NEXT_PERSON.matcher(s);
        for (int i = s.indexOf(',', start); i >= 0 && i < end; i = s.indexOf(',', i + 1)) {
            if (c.region(i, s.length()).lookingAt()) { end = trimPost(s, start, i); break; }
        }
        // "Director of Education and the Head of Youth Services": a second post joined by "and"
        Matcher j = JOINT_OPENER.matcher(s).region(start, end);
        Matcher a = NEXT_POST.matcher(s).region(j.lookingAt() ? j.end() : start, s.length());
        return a.find() && a.start() < end ? trimPost(s, start, a.start()) : end;
    }

    private static final Pattern NEXT_PERSON = Pattern.compile(",\\s*(?:and\\s+)?(?:(?:Cllr\\.?|Councillor)\\s|(?:" + WORD + "\\s+){1,2}" + WORD + "\\s*,\\s*(?:the\\s+)?" + QUALIFIERS + HEADS + "\\b|" + QUALIFIERS + HEADS + "\\s+(?:of|for)\\b)");

    /** A line that stops after a comma or a joining word goes on in the next line. */
    private static final Pattern WRAPPED = Pattern.compile("(?:,|\\s(?:and|of|for|&|the|[–—-]))\\s*$");

    private static final Pattern NEXT_POST = Pattern.compile("\\s+and\\s+(?:the\\s+" + QUALIFIERS + HEADS + "\\b|" + QUALIFIERS + HEADS + "(?:\\s+(?:of|for)\\b|\\s*:|\\s+[–—-]\\s))");

    /** A name with no title before it must look like one: no word of posts, portfolios or bodies. */
    private static boolean strictName(String s, int start, int end) {
        return PeopleLines.nameEnd(s, start, end, false) == end;
    }

    private static void addFree(List<int[]> into, Matcher m, List<int[]> taken) {
        while (m.find()) if (!overlaps(taken, m.start(), m.end())) into.add(new int[]{m.start(), m.end()});
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(x -> x[0] < end && start < x[1]);
    }

    private static boolean taken(List<int[]> names, int from, int end) {
        return names.stream().anyMatch(n -> n[1] < end && from < n[2]);
    }

    /** The people of a list after "received from": titled names, or names of two words or more. */
    private static List<int[]> receivedFrom(String s, int from) {
        List<int[]> out = new ArrayList<>();
        Matcher m = LISTED_NAME.matcher(s);
        int pos = from;
        boolean plural = false; // "Councillors Croft and Goodwin": the title goes with every name
        while (m.region(pos, s.length()).lookingAt()) {
            int nameStart = m.start(2);
            int end = nameEnd(s, nameStart, m.end(2));
            if (m.group(1) != null && Texts.fullMatch(m.group(1), "(?s)(?:Cllrs|Councillors).*")) plural = true;
            boolean titled = m.group(1) != null || plural;
            if (end != m.end(2) || !titled && (!s.substring(nameStart, end).contains(" ") || !strictName(s, nameStart, end))) break;
            out.add(new int[]{m.start(), nameStart, end});
            Matcher sep = LIST_SEPARATOR.matcher(s).region(m.end(), s.length());
            if (!sep.lookingAt()) break;
            pos = sep.end();
        }
        // the list must end the clause: "from Ann Lee." — not "from Ann Lee's office"
        if (!out.isEmpty()) {
            int last = out.get(out.size() - 1)[2];
            if (!Texts.fullMatch(s.substring(last), "(?s)\\s*(?:[.;,)]|with\\b|who\\b|$).*")) return List.of();
        }
        return out;
    }

    private static final Pattern LISTED_NAME = Pattern.compile("((?:Cllrs?\\.?|Councillors?)\\s+" + HONORIFIC + "|" + TITLE + ")?((?:" + WORD + "\\s+){0,3}" + WORD + ")");

    /** A person read from a list line, with the post the line joins to them. */
    private void addListed(ExtractionContext ctx, Map<String, Person> people, String line, int lineBase, PeopleLines.Entry e) {
        String name = Texts.squash(line.substring(e.nameStart(), e.nameEnd()));
        Person p = people.computeIfAbsent(Texts.key(name), k -> new Person());
        p.name = name;
        int start = e.nameStart(), end = e.nameEnd();
        if (e.hasPost()) {
            if (p.post == null) p.post = Texts.squash(line.substring(e.postStart(), e.postEnd()));
            start = Math.min(start, e.postStart());
            end = Math.max(end, e.postEnd());
        }
        p.evidence.add(ctx.evidence(lineBase + start, lineBase + end, this, "listed"));
    }

    private static String postText(String s, int[] span) {
        return Texts.squash(s.substring(span[0], span[1]));
    }
}
