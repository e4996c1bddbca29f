package org.councilgraph.extract;

import org.councilgraph.model.Evidence;
import org.councilgraph.model.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members' questions in reported speech, the usual form in minutes' discussion paragraphs:
 * <ul>
 *   <li>"A Member asked whether …", "Councillor X then queried why …", "Members enquired about …",
 *       "Following this, a member of the committee raised a question regarding …", "Cllr X asked the
 *       Leader …, and sought clarification from the Leader as to whether …";</li>
 *   <li>"a query was raised about X and the Director of Law said …" (the asker left unnamed).</li>
 * </ul>
 * The question is what follows the verb (a "whether/why/how" clause, or the topic after "about");
 * the answer is the sentence that follows in which a post, a person or officers reply, and who
 * answered is that sentence's subject. A question cut off by the end of an excerpt keeps its
 * complete words if enough of it stands.
 */
final class ReportedQuestions {
    private ReportedQuestions() {}

    private static final String NAME_WORD = "[A-Z](?:[\\p{L}’'-]+|\\.)?";
    private static final String NAME = "[A-Z][\\p{L}’'-]+(?:\\s+" + NAME_WORD + "){0,3}";
    private static final String TITLE = "(?:(?:Mrs|Mr|Ms|Miss|Dr)\\.?\\s+)?";
    /** "Cllr M Smith", "Councillor Jones", "A Member", "Members", "the Chairman", "a member of the committee", "Jane Smith". */
    private static final String ASKER = "(?:(?:Cllr\\.?|Councillor|Councilor)\\s+" + TITLE + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}"
            + "|(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Oo]ther|[Ss]everal|[Ss]ome)\\s+)?(?:[Ff]urther\\s+)?" + lowerFirstOptional(Lexicon.alternation("question-askers.txt"))
            + "(?:\\s+of\\s+the\\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard|[Ss]ub-[Cc]ommittee|[Cc]ouncil|[Pp]ublic))?"
            + "|(?:He|She)"
            + "|(?!(?:The|This|That|It|There|They|We|Officers?|Members?)\\b)[A-Z][\\p{L}’'-]+\\s+[A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+)?)";
    /** A short opening phrase set off by a comma: "Following this, ", "As a supplementary question, ". */
    private static final String OPENER = "(?:[A-Z][\\p{L}’'-]*(?:\\s+[\\p{L}’'-]+){0,4},\\s+)?";
    private static final String ADVERB = "(?:\\s+(?:then|also|further|additionally|subsequently|later|similarly|specifically))?";
    private static final String VERB = Lexicon.alternation("question-verbs.txt");
    /** Whom the question was put to: "the Leader", "officers", "from the Director of Children's Services". */
    private static final String ADDRESSEE = "(?:\\s+(?:(?:from|of)\\s+)?(?:the\\s+)?(?:officers?|[Ll]ead\\s+[Mm]ember|[Cc]abinet\\s+[Mm]ember|"
            + "[A-Z][\\p{L}’'-]+(?:\\s+(?:[A-Z][\\p{L}’'-]+|of|for|and|the|&)){0,8}))?";
    private static final String A_QUESTION = "(?:\\s+an?\\s+(?:further\\s+|supplementary\\s+)?(?:question|query)(?:\\s+relating\\s+to|\\s+regarding|\\s+about|\\s+on|\\s+concerning)?)?";
    /** What the question is about: a clause that asks, or a topic with its preposition ("about the cost of …"). */
    private static final String CLAUSE = "(?:whether|if|why|what|how|when|who|which|where)\\b";
    private static final String TOPIC = "(?:about|regarding|on|concerning|around|over|as\\s+to|in\\s+relation\\s+to|relating\\s+to|in\\s+respect\\s+of|with\\s+regard\\s+to)\\s+";
    /** The asker at the sentence's start and the verb after it (a question verb, or another joined to one later). */
    private static final Pattern SUBJECT = Pattern.compile("^" + OPENER + ASKER + ADVERB + "\\s+(?=\\p{Ll})");
    /** A verb phrase and the start of what it asks; group 1 is the kept clause, group 2 the topic. */
    private static final Pattern ASKS = Pattern.compile(
            "\\b" + VERB + ADDRESSEE + A_QUESTION + "\\s+(?:(?:as\\s+to\\s+)?(?=(" + CLAUSE + "))|(?=(" + TOPIC + ")))");
    /** "Members queried the rise in exclusions": what is queried, as its object. */
    private static final Pattern QUERIED_OBJECT = Pattern.compile("\\b(?:queried|questioned)\\s+(?=((?:the|a|an|this|these|those)\\s))");
    /** "a query was raised about X", "Questions were asked regarding X": a question whose asker is not named. */
    private static final Pattern PASSIVE = Pattern.compile(
            "^(?:(?:[^,.;]{0,40}?\\s)?(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\\s+(?:further\\s+|supplementary\\s+)?(?:question|query)\\s+was\\s+(?:raised|asked|put|posed)|It\\s+was\\s+(?:asked|queried|questioned))"
            + "(?:\\s+by\\s+" + ASKER + ")?\\s+(?:(?:as\\s+to\\s+)?(?=(" + CLAUSE + "))|(?=(" + TOPIC + ")))");
    /** Where the question ends and the reply begins within one sentence: ", to which the Director replied …". */
    private static final Pattern REPLY_IN_SENTENCE = Pattern.compile(",?\\s+(?:to\\s+which|in\\s+response\\s+to\\s+which)\\s+");
    /** Where a reply may follow the question in the same sentence: "… and the Director said", "…; officers described". */
    private static final Pattern REPLY_JOIN = Pattern.compile("(?:,?\\s+and\\s+|\\s*;\\s+|,\\s+)(?=(?:the\\s+|The\\s+)?[A-Za-z])");
    /** A reply whose subject is not a post or a person: "In response, it was clarified that …", "The response highlighted …". */
    private static final Pattern UNNAMED_REPLY = Pattern.compile(
            "^(?:In\\s+(?:response|reply|answer)\\b|It\\s+was\\s+(?:explained|confirmed|clarified|noted|advised|reported|stated|agreed)\\b|The\\s+(?:response|reply|answer)\\b|(?:The\\s+)?[Oo]fficers?\\s+(?:further\\s+)?"
            + Lexicon.alternation("answer-verbs.txt") + "\\b)");
    /** A minute's paragraph number left in its text ("17.2     On page 56 a query was raised …"). */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?");
    /** The chair running the meeting, not a question: "asked whether there were any questions", "if Members were content". */
    private static final Pattern PROCEDURAL = Pattern.compile(
            "(?i)(?:if|whether)\\s+(?:there\\s+(?:were|was)\\s+any\\b|(?:any\\s+)?(?:members?|councillors?|everyone|the\\s+(?:committee|panel|board|meeting))\\s+"
            + "(?:had|have|has|were|was|would|wished|wanted|agreed|could\\s+agree)\\b)");
    /** A verb joined to the asker's first one: "… and asked", "…, and sought". */
    private static final Pattern COORDINATED = Pattern.compile("(?:,\\s*|\\s)and\\s+(?:then\\s+|also\\s+|further\\s+)?$|,\\s+$");
    /** A reply minuted under a label: "Answer: The Lead Member said …", "Response – …". */
    private static final Pattern ANSWER_LABEL = Pattern.compile("^(?:Answer|Response|Reply|A)\\s*\\d{0,2}\\s*(?::|[.)]\\s|\\s[–-])\\s*");

    /** "In response, the Director said …": the opener before the one who answered. */
    private static final Pattern RESPONSE_OPENER = Pattern.compile("^In\\s+(?:response|reply|answer)(?:\\s+to\\s+(?:this|the\\s+question))?,?\\s+");
    private static final int MIN_CUT_WORDS = 8;
    private static final int LOOK_AHEAD = 3;

    /** The lexicon's entries also match with a capital first letter ("Members asked", "A member asked"). */
    private static String lowerFirstOptional(String alternation) {
        return "(?i:" + alternation + ")";
    }

    /**
     * The reported question in sentence {@code k} of {@code sentences} (with {@code following}, the next
     * paragraph's sentences, for its answer); adds it and returns how many sentences of this block
     * after {@code k} it used, or -1 when the sentence asks nothing.
     */
    static int read(ExtractionContext ctx, Extractor owner, List<TextLayout.Sentence> sentences, int k, List<TextLayout.Sentence> following) {
        TextLayout layout = ctx.layout();
        TextLayout.Sentence s = sentences.get(k);
        String text = layout.text(s);
        int from = contentStart(text);
        if (from < 0) return -1;
        boolean cut = cutOff(ctx, s);
        String body = text.substring(from);
        int end = body.length();
        Matcher r = REPLY_IN_SENTENCE.matcher(body);
        String inlineReply = null, inlineBy = null;
        if (r.find()) {
            inlineReply = body.substring(r.end());
            inlineBy = QuestionExtractor.answeredBy(ctx, capitalised(inlineReply));
            end = r.start();
        } else {
            // "… about X and the Director of Law said the wording would be changed", "…; officers described …"
            Matcher and = REPLY_JOIN.matcher(body);
            while (and.find()) {
                String rest = body.substring(and.end());
                String by = QuestionExtractor.answeredBy(ctx, capitalised(rest));
                if (by != null || UNNAMED_REPLY.matcher(rest).find()) {
                    inlineReply = rest;
                    inlineBy = by;
                    end = and.start();
                    break;
                }
            }
        }
        String question = Texts.replacingAll(Texts.trimEnd(Texts.squash(body.substring(0, end))), "\\?$", "");
        if (cut && inlineReply == null) {
            question = Texts.replacingAll(Texts.replacingFirst(question, "\\s*\\S+$", ""), "[\\s,;:–-]+$", "");
            if (Texts.WHITESPACE.split(question).length < MIN_CUT_WORDS) return -1;
        } else if (cut) {
            inlineReply = null; // the reply itself is cut off
        }
        if (Texts.WHITESPACE.split(question).length < 2 || PROCEDURAL.matcher(question).lookingAt()) return -1;
        question = Character.toUpperCase(question.charAt(0)) + question.substring(1);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(ctx.evidence(s.start(), s.end(), owner, "reported"));
        if (inlineReply != null) {
            ctx.add(new Question(question, Texts.trimEnd(Texts.squash(inlineReply)), inlineBy, evidence));
            return 0;
        }
        // the reply: one of the next few sentences of the paragraph, or the first of the next one
        List<TextLayout.Sentence> ahead = new ArrayList<>();
        for (int j = k + 1; j < sentences.size() && ahead.size() < LOOK_AHEAD; j++) ahead.add(sentences.get(j));
        if (k + 1 >= sentences.size() && following != null && !following.isEmpty()) ahead.add(following.get(0));
        String answer = null, by = null;
        int used = 0;
        for (int j = 0; j < ahead.size(); j++) {
            TextLayout.Sentence a = ahead.get(j);
            String reply = layout.text(a).strip();
            if (contentStart(reply) >= 0 || ASKS.matcher(reply).find() || cutOff(ctx, a)) break; // the next question, or a reply cut off
            Matcher label = ANSWER_LABEL.matcher(reply);
            boolean labelled = label.lookingAt() && label.end() < reply.length();
            if (labelled) reply = reply.substring(label.end());
            String who = QuestionExtractor.answeredBy(ctx, capitalised(RESPONSE_OPENER.matcher(reply).replaceFirst("")));
            if (who != null || labelled || UNNAMED_REPLY.matcher(reply).find()) {
                answer = Texts.trimEnd(Texts.squash(reply));
                by = who;
                evidence.add(ctx.evidence(a.start(), a.end(), owner, "reported"));
                if (a.block() == s.block()) used = j + 1;
                break;
            }
        }
        ctx.add(new Question(question, answer, by, evidence));
        return used;
    }

    /** "the Cabinet Member replied …" read as a sentence's start. */
    private static String capitalised(String s) {
        String t = s.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** The offset within {@code text} where the reported question's content starts, or -1. */
    static int contentStart(String text) {
        Matcher number = PARAGRAPH_NUMBER.matcher(text);
        int lead = number.lookingAt() ? number.end() : 0;
        String t = text.substring(lead);
        Matcher subject = SUBJECT.matcher(t);
        if (subject.find()) {
            int best = -1;
            Matcher asks = ASKS.matcher(t).region(subject.end(), t.length());
            // the verb right after the asker must ask; of its phrases, the first with a "whether" clause wins
            boolean first = true;
            while (asks.find()) {
                // "Councillor X thanked officers and asked whether …": a later verb of the same subject asks
                if (first && asks.start() != subject.end() && !(asks.group(1) != null && COORDINATED.matcher(t.substring(0, asks.start())).find())) break;
                first = false;
                int at = asks.group(1) != null ? asks.start(1) : asks.start(2);
                if (asks.group(1) != null) return lead + at;
                if (best < 0) best = at;
            }
            if (best >= 0) return lead + best;
            Matcher object = QUERIED_OBJECT.matcher(t).region(subject.end(), t.length());
            return object.lookingAt() ? lead + object.start(1) : -1;
        }
        Matcher passive = PASSIVE.matcher(t);
        if (passive.find()) return lead + (passive.group(1) != null ? passive.start(1) : passive.start(2));
        return -1;
    }

    /** A sentence that stops at the end of an excerpt without closing punctuation. */
    private static boolean cutOff(ExtractionContext ctx, TextLayout.Sentence s) {
        String t = ctx.text();
        String own = t.substring(s.start(), s.end()).strip();
        return Texts.blankFrom(t, s.end()) && !Texts.fullMatch(own, "(?s).*[.?!][\"”’')]*$");
    }
}
