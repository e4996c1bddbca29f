package org.councilgraph.extract;

import org.councilgraph.model.Decision;
import org.councilgraph.model.Evidence;
import org.councilgraph.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members' questions and the answers minuted for them:
 * <ul>
 *   <li>after a lead-in ("Members posed the following questions:-", "Questions from Members"), each
 *       paragraph holding a question ("… ?") and the paragraph that answers it ("The Director: Education
 *       &amp; Skills confirmed that …"); of a long question paragraph, its first question sentence;</li>
 *   <li>paragraphs marked "Q:" / "Question 2:" and their "A:" / "Answer:" paragraph;</li>
 *   <li>"In response to a question from Cllr X about Y, the Director said that …";</li>
 *   <li>questions in reported speech ("A Member asked whether …", "a query was raised about …"), read
 *       by {@link ReportedQuestions}.</li>
 * </ul>
 * Who answered is the post or the person named as the answer's subject.
 */
public final class QuestionExtractor implements Extractor {
    private static final List<String> LEADS = Lexicon.words("question-leads.txt").stream().map(Texts::key).toList();
    private static final String VERBS = Lexicon.alternation("answer-verbs.txt");
    private static final String NAME = "[A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+){0,3}";
    private static final Pattern Q_MARK = Pattern.compile("^Q(?:uestion)?\\s*\\d{0,2}\\s*[:.)–-]\\s*");
    private static final Pattern A_MARK = Pattern.compile("^(?:A(?:nswer)?|Response|Reply)\\s*\\d{0,2}\\s*[:.)–-]\\s*");
    private static final Pattern SUBJECT_NAME = Pattern.compile("^(?:(?:Cllr\\.?|Councillor)\\s+)?(" + NAME + ")\\s+(?:" + VERBS + ")\\b");
    /** Who asked: a named councillor, "a Member", "members" ("In response to members' questions about …"). */
    private static final String ASKER = "(?:(?:a\\s+|the\\s+)?(?:further\\s+|supplementary\\s+)?(?:question|query|questions|queries)(?:\\s+(?:from|by)\\s+(?:(?:Cllr\\.?|Councillor)\\s+" + NAME
            + "|(?:a|one|another)\\s+[Mm]ember|[Mm]embers|the\\s+[Cc]ommittee|the\\s+[Cc]hair))?|(?:a\\s+)?[Mm]ember(?:s['’]|['’]s)\\s+(?:question|query|questions|queries))";
    /** "In response to a question from Cllr X about Y, the Director said …"; the asker may go unnamed. */
    private static final Pattern IN_RESPONSE = Pattern.compile(
            "^(?:In\\s+(?:response|answer|reply)\\s+to|With\\s+regards?\\s+to|Responding\\s+to|Replying\\s+to)\\s+" + ASKER
            + "\\s+(?:about|regarding|on|concerning|as\\s+to|in\\s+relation\\s+to|relating\\s+to|asking)\\s+(.+?),\\s+((?:the\\s+)?.+?\\s+(?:" + VERBS + ")\\b.*)$",
            Pattern.DOTALL);
    /** "Councillor X asked: “What is …?”": the question quoted in direct speech. */
    private static final Pattern ASKED_QUOTED = Pattern.compile(
            "^(?:(?:Cllr\\.?|Councillor)\\s+" + NAME + "|(?:A|One|Another)\\s+[Mm]ember)\\s+(?:asked|queried|enquired)\\s*[:,]?\\s*[“\"‘']\\s*(.+?\\?)\\s*[”\"’']\\s*$", Pattern.DOTALL);
    /** "Councillor X, Cabinet Member for Y, replied …": the post between commas after the answerer's name. */
    private static final Pattern NAME_COMMA_POST = Pattern.compile(
            "^(?:(?:Cllr\\.?|Councillor)\\s+)?" + NAME + ",\\s+(?:the\\s+)?([^,]+?),\\s+(?:" + VERBS + ")\\b");
    /** A full-council question's heading: "From Councillor X to the Cabinet Member for Y, Councillor Z:". */
    private static final Pattern FROM_TO_HEADING = Pattern.compile(
            "^(?:(?:Supplementary\\s+)?[Qq]uestion\\s+\\d+\\s*[:.–-]?\\s*)?[Ff]rom\\s+(?:Cllr\\.?|Councillor)\\s+" + NAME + "\\s+to\\s+(?:the\\s+)?(.+?)\\s*:?$");
    /** A post written in full as the answer's subject: "The Designated Nurse for Safeguarding Children confirmed …". */
    private static final Pattern SUBJECT_POST = Pattern.compile(
            "^The\\s+([A-Z][\\p{L}’'-]+(?:\\s+(?:for|of|and|&|[A-Z][\\p{L}’'-]+)){1,8}?)\\s+(?:" + VERBS + ")\\b");
    /** A one-word post as the answer's subject: "The Leader highlighted …". */
    private static final Pattern SUBJECT_TITLE = Pattern.compile(
            "^The\\s+(" + Lexicon.alternation("question-answer-titles.txt") + ")\\s+(?:" + VERBS + ")\\b");
    /** A question's heading at full council: "7.1 Question from Councillor X to the Portfolio Holder for …", "Supplementary question:". */
    private static final Pattern QUESTION_HEADING = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:(?:Supplementary\\s+)?[Qq]uestion\\s+(?:\\d+\\s+)?(?:from|by|asked\\s+by)\\s+.+?(?:\\s+to\\s+(?:the\\s+)?(.+?))?|Supplementary\\s+[Qq]uestion(?:\\s+(?:from|by)\\s+.+?)?)\\s*:?$");
    /** An answer's heading: "Response from the Portfolio Holder for …:", "Reply:", "Answer by Councillor X". */
    private static final Pattern ANSWER_HEADING = Pattern.compile(
            "^(?:Response|Reply|Answer|Written\\s+response)(?:\\s+(?:from|by)\\s+(?:the\\s+)?(.+?))?\\s*:?$");

    @Override public String id() { return "question"; }
    /** Reads the decisions found before it (a decision is not a question). */
    @Override public boolean readsFacts() { return true; }

    /** The post the last question heading addressed ("… to the Leader of the Council"); a formal answer's author. */
    private String addressee;

    private static final Pattern NAMED_POST = Pattern.compile("^(?:Cllr\\.?|Councillor)\\s+" + NAME + "\\s*[,(–-]\\s*(?:the\\s+)?(.+?)\\)?$");

    /** "Councillor Ann Lee, Portfolio Holder for Children" gives the post; a bare post or name stays as written. */
    private static String post(String s) {
        String t = Texts.replacingFirst(Texts.trimEnd(Texts.squash(s)), "^(?:the|The)\\s+", "")
                .replaceFirst(",\\s*(?:Cllr\\.?|Councillor)\\s+" + NAME + "$", "");
        Matcher named = NAMED_POST.matcher(t);
        return named.matches() ? named.group(1) : t;
    }

    @Override
    public void extract(ExtractionContext ctx) {
        addressee = null;
        decisions = null;
        TextLayout layout = ctx.layout();
        List<TextLayout.Block> blocks = layout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            TextLayout.Block b = blocks.get(i);
            String content = layout.content(b);
            if (Q_MARK.matcher(content).find() && questionSentence(layout, b) != null) {
                i = question(ctx, blocks, i);
                continue;
            }
            Matcher qh = QUESTION_HEADING.matcher(Texts.squash(content));
            if (!qh.matches()) qh = FROM_TO_HEADING.matcher(Texts.squash(content));
            if (!content.contains("?") && qh.matches() && i + 1 < blocks.size() && questionSentence(layout, blocks.get(i + 1)) != null) {
                if (qh.group(1) != null) addressee = post(qh.group(1));
                i = question(ctx, blocks, i + 1);
                continue;
            }
            if (!content.contains("?") && isLead(content)) {
                int j = i + 1;
                while (j < blocks.size() && questionSentence(layout, blocks.get(j)) != null) j = question(ctx, blocks, j) + 1;
                if (j > i + 1) {
                    i = j - 1;
                    continue;
                }
                // "In response to members' questions about X, officers advised …" leads to nothing: read it inline
            }
            inline(ctx, b, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
        }
    }

    private static boolean isLead(String content) {
        String key = " " + Texts.key(content) + " ";
        return LEADS.stream().anyMatch(l -> key.contains(" " + l + " "));
    }

    /** A question at block {@code i} and its answer in the next block; returns the last block index used. */
    private int question(ExtractionContext ctx, List<TextLayout.Block> blocks, int i) {
        TextLayout layout = ctx.layout();
        TextLayout.Sentence q = questionSentence(layout, blocks.get(i));
        String text = Texts.squash(Q_MARK.matcher(layout.text(q)).replaceFirst(""));
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(ctx.evidence(q.start(), q.end(), this));
        String answer = null, by = null;
        String headingBy = null;
        boolean formal = false;
        if (i + 2 < blocks.size()) {
            Matcher ah = ANSWER_HEADING.matcher(Texts.squash(layout.content(blocks.get(i + 1))));
            if (ah.matches()) {
                headingBy = ah.group(1) != null ? post(ah.group(1)) : addressee;
                formal = true;
                i++;
            }
        }
        if (i + 1 < blocks.size()) {
            TextLayout.Block a = blocks.get(i + 1);
            String content = layout.content(a);
            if (!content.contains("?") && !isDecision(ctx, a) && !isLead(content) && Texts.WHITESPACE.split(content.strip()).length >= 4
                    && !QUESTION_HEADING.matcher(Texts.squash(content)).matches()) {
                Matcher am = A_MARK.matcher(content);
                int off = am.find() ? am.end() : 0;
                formal |= off > 0;
                answer = Texts.trimEnd(Texts.squash(content.substring(off)));
                by = headingBy != null ? headingBy : answeredBy(ctx, content.substring(off));
                if (by == null && formal) by = addressee; // a written answer comes from the post the question was put to
                evidence.add(ctx.evidence(a.contentStart() + off, a.end(), this));
                i++;
            }
        }
        ctx.add(new Question(text, answer, by, evidence));
        return i;
    }

    /** The first sentence of the block that asks a question, or null. */
    private static TextLayout.Sentence questionSentence(TextLayout layout, TextLayout.Block b) {
        for (TextLayout.Sentence s : layout.sentencesOf(b)) {
            if (Texts.fullMatch(layout.text(s).strip(), "(?s).*\\?[\"”’')]*$")) return s;
        }
        return null;
    }

    private boolean isDecision(ExtractionContext ctx, TextLayout.Block b) {
        Evidence span = Evidence.of(ctx.text(), b.start(), b.end(), "block");
        if (decisions == null) decisions = Spans.of(ctx.found(Decision.class));
        return decisions.anyWithin(span.start(), span.end());
    }

    /** The document's decisions, found once per document (asked for every answer). */
    private Spans decisions;

    /** Evidence spans by start, so that finding one inside a block costs a binary search, not a scan of all. */
    private record Spans(int[] starts, int[] ends) {
        static Spans of(List<Decision> decisions) {
            List<Evidence> all = new ArrayList<>();
            for (Decision d : decisions) all.addAll(d.evidence());
            all.sort(java.util.Comparator.comparingInt(Evidence::start));
            int[] starts = new int[all.size()], ends = new int[all.size()];
            for (int i = 0; i < starts.length; i++) { starts[i] = all.get(i).start(); ends[i] = all.get(i).end(); }
            return new Spans(starts, ends);
        }

        /** Whether a span lies within {@code [from, to)}: of those starting there, one ends by {@code to}. */
        boolean anyWithin(int from, int to) {
            int lo = 0, hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < from) lo = mid + 1; else hi = mid;
            }
            for (int i = lo; i < starts.length && starts[i] <= to; i++) if (ends[i] <= to) return true;
            return false;
        }
    }

    /** The post or person the answer's first sentence starts with, or null. */
    static String answeredBy(ExtractionContext ctx, String answer) {
        String head = answer.strip();
        Matcher pm = PeopleExtractor.POST.matcher(head);
        if (pm.find() && pm.start() <= 4 && Texts.fullMatch(head.substring(0, pm.start()), "(?i)(?:the\\s+)?")) {
            return Texts.squash(Texts.replacingFirst(head.substring(pm.start(), pm.end()), "(?:\\s+(?:&|and|of|for|the))+$", ""));
        }
        Matcher np = NAME_COMMA_POST.matcher(head);
        if (np.find() && PeopleExtractor.POST.matcher(np.group(1)).lookingAt()) return Texts.squash(np.group(1));
        Matcher nm = SUBJECT_NAME.matcher(head);
        if (nm.find() && !Texts.fullMatch(nm.group(1), "(?i)(?:the|members?|it|this|officers?|they)\\b.*")) return Texts.squash(nm.group(1));
        Matcher st = SUBJECT_TITLE.matcher(head);
        if (st.find()) return st.group(1);
        Matcher sp = SUBJECT_POST.matcher(head);
        if (sp.find() && !Texts.fullMatch(sp.group(1), "(?:Council|Committee|Board|Cabinet(?!\\s+Member)|Chair|Members?)\\b.*")) return Texts.squash(sp.group(1));
        return null;
    }

    private void inline(ExtractionContext ctx, TextLayout.Block b, TextLayout.Block following) {
        TextLayout layout = ctx.layout();
        List<TextLayout.Sentence> sentences = layout.sentencesOf(b);
        for (int k = 0; k < sentences.size(); k++) {
            TextLayout.Sentence s = sentences.get(k);
            String text = layout.text(s);
            Matcher r = IN_RESPONSE.matcher(text);
            if (r.matches()) {
                String answer = Texts.trimEnd(Texts.squash(r.group(2)));
                ctx.add(new Question(Texts.trimEnd(Texts.squash(r.group(1))), answer, answeredBy(ctx, r.group(2)),
                        List.of(ctx.evidence(s.start(), s.end(), this))));
                continue;
            }
            Matcher quoted = ASKED_QUOTED.matcher(text.strip());
            if (quoted.matches()) {
                // the reply is the next sentence, or the first of the next paragraph
                TextLayout.Sentence next = k + 1 < sentences.size() ? sentences.get(k + 1)
                        : following != null && !layout.sentencesOf(following).isEmpty() ? layout.sentencesOf(following).get(0) : null;
                String reply = next == null ? null : layout.text(next);
                String by = reply == null ? null : answeredBy(ctx, reply);
                if (by == null) continue;
                ctx.add(new Question(Texts.replacingAll(Texts.trimEnd(Texts.squash(quoted.group(1))), "\\?$", ""), Texts.trimEnd(Texts.squash(reply)), by,
                        List.of(ctx.evidence(s.start(), s.end(), this), ctx.evidence(next.start(), next.end(), this))));
                if (k + 1 < sentences.size()) k++;
                continue;
            }
            List<TextLayout.Sentence> next = following == null ? List.of() : layout.sentencesOf(following);
            int used = ReportedQuestions.read(ctx, this, sentences, k, next);
            if (used > 0) k += used;
        }
    }
}
