package org.councilgraph.extract;

import org.councilgraph.model.Evidence;
import org.councilgraph.model.Grade;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.InspectionStatus;
import org.councilgraph.model.InspectionType;
import org.councilgraph.model.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inspections and reviews of children's services, with their dates, status and overall grade.
 *
 * <p>Kinds are recognised by the names in {@code inspection-types.tsv} ("Inspection of Local
 * Authority Children's Services", "ILACS", "Joint Targeted Area Inspection", "focused visit", "SEND and
 * AP inspection", "Peer Review", "inspected by Ofsted" …) and by definite references ("the inspection",
 * "the most recent inspection", "the 2019 inspection", "its last inspection in 2020"). Dates are read
 * before the name ("the September 2022 focused visit"; in a title, "the July 2024 Ofsted inspection" is
 * the report's publication) or after it ("which took place between 29 April and 3 May 2024", "took
 * place in December 2016", "in 2024"), also past what or where was inspected ("a focused visit to Torbay's
 * children's services on 10 and 11 October 2023", "the JTAI of the multi-agency response to …, carried out in
 * Sunderland between …"), right after a verb ("the JTAI took place 18 - 22 November 2019") or opening the sentence
 * ("Between 3 and 7 June 2024, Ofsted completed an …"); {@link InspectionDates} reads each written form. A framework
 * named after a mention gives its kind ("the previous inspection in May 2016 under the single inspection framework").
 * "The visit" dates the focused or monitoring visit in context. Words around the name tell a planned inspection ("the
 * forthcoming …", "… is expected by 2021") and an earlier one ("since the 2019 inspection").
 *
 * <p>Mentions in one document are merged: the same kind and a compatible date are one inspection; an
 * undated reference is the inspection the text is about at that point. An overall grade ("an overall
 * judgement of ‘Requires Improvement’", "maintained its ‘outstanding’ judgement", "final grading
 * received of outstanding") goes to the inspection the sentence names, else to the one in context; a grade
 * followed by the inspection it was given at ("RI at its last full inspection in 2022") goes to that one, and
 * a grade of another year ("the inadequate judgement of 2022") to none but that year's. A grade from the council's
 * history that no inspection read takes ("since the local authority was judged inadequate in October 2022", "when
 * Ofsted judged them inadequate") is an earlier inspection of its own, of the graded framework of its year.
 */
public final class InspectionExtractor implements Extractor {
    private static final String YEAR = InspectionDates.YEAR;
    private static final String DATE_PRE = "(?:" + Dates.DAY.pattern().replace("(?i)", "") + "|" + Dates.MONTH + "\\s+" + YEAR + "|" + YEAR + ")";
    private static final String DETERMINER = "(?:the|this|that|its|their|our|his|her|a|an)";

    /** What may stand before a kind's name and belongs to the mention: "the September 2022 (Ofsted) …". */
    private static final Pattern PREMODIFIER = Pattern.compile("(?iu)(?:" + DETERMINER + "\\s+)?(?:(" + DATE_PRE + ")\\s+)?(?:joint\\s+)?(?:Ofsted(?:[’']s)?\\s+)?$");
    /** What may follow a kind's name and belongs to it: "ILACS inspection", "(ILACS)". */
    private static final Pattern POSTMODIFIER = Pattern.compile("(?iu)^(?:\\s+(?:inspection|visit|process|report|framework))?(?:\\s*\\([A-Z]{2,6}\\))?");
    /** A definite reference to an inspection with no kind named. */
    private static final Pattern GENERIC = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + DETERMINER.replace("|a|an", "")
            + "|(?:the\\s+)?(?:council|authority|local\\s+authority|department|service)[’']s|(?-i:\\p{Lu}[\\p{L}-]+)[’']s)"
            + "\\s+(?:(?:most\\s+recent|recent|latest|last|previous|prior|earlier|current|full|subsequent|standard|short|graded)\\s+){0,2}(?:(" + DATE_PRE + ")\\s+)?"
            + "(?:Ofsted(?:[’']s)?\\s+)?(?<noun>inspection|visit)(?![\\p{L}])");
    /** Every match of {@link #GENERIC} holds its noun. */
    private static final LiteralFilter GENERIC_NOUNS = new LiteralFilter().add(List.of("inspection")).add(List.of("visit"));
    /** Qualifiers of an inspection Ofsted grades: "the last full inspection", "its most recent standard inspection". */
    private static final Pattern GRADED_QUALIFIER = Pattern.compile("(?iu)(?<![\\p{L}])(?:full|standard|short|graded)\\s");
    private static final java.util.Set<InspectionType> VISITS = java.util.EnumSet.of(InspectionType.FOCUSED_VISIT, InspectionType.MONITORING_VISIT);

    /** A capitalised place that is not a month: "Sunderland", "North East Lincolnshire's". */
    private static final String PLACE = "(?-i:(?!" + Dates.MONTH + "\\b)\\p{Lu}[\\p{L}-]*(?:\\s+(?!" + Dates.MONTH + "\\b)\\p{Lu}[\\p{L}-]*){0,2})(?:[’']s?)?";
    /**
     * What may stand between a name and its date, saying what or where was inspected: "to Torbay's
     * children's services", "in Sunderland", "of the local authority", "of the multi-agency response to
     * children who need help,".
     */
    private static final String COMPLEMENT = "(?:(?:to|of|in|into|at)\\s+(?:(?:the\\s+)?(?:local\\s+authority|council)(?:[’']s)?|(?:the\\s+)?" + PLACE + ")"
            + "(?:\\s+children[’']s\\s+(?:services|social\\s+care)(?:\\s+services)?)?"
            + "|(?:of|into)\\s+(?:the\\s+)?(?:multi-agency\\s+|partnership\\s+)?(?:response|arrangements)\\s+(?:to|for)\\s+[^,;.()]{3,100}?"
            + "(?=,|\\s+(?:had\\s+|has\\s+)?" + InspectionTerms.cues("date-verb") + "\\s))";
    /** "the week commencing 13 May", "w/c 13 May", "week beginning 13 May": the inspection starts that week. */
    private static final String WEEK_OF = "(?:(?:the\\s+)?week\\s+(?:of|commencing|beginning)\\s+|w/c\\s+|w\\.c\\.\\s+)";
    /**
     * Inspectors' time with the council, which dates the inspection the sentence or its context is about:
     * "Inspectors were on site during w/c 13 May 2024", "Inspectors spent two weeks with social workers …
     * between 15 and 26 April 2024".
     */
    private static final Pattern ON_SITE = Pattern.compile("(?iu)(?<![\\p{L}])(?:Ofsted\\s+)?inspectors\\s+(?:were\\s+(?:on[\\s-]?site|in\\s+[^.;,]{1,40}?)"
            + "|visited\\s+[^.;]{1,60}?|spent\\s+[^.;]{1,80}?)\\s+(?:in|on|during|between|from)\\s+" + WEEK_OF + "?(?=\\d|" + Dates.MONTH + ")");
    /** "took place", "was completed", "had been carried out": a verb between a mention and its date. */
    private static final String DATE_VERB = "(?:(?:(?:had|has|have)\\s+(?:been\\s+)?|(?:was|were)\\s+)?" + InspectionTerms.cues("date-verb") + "\\s+)";
    private static final Pattern AFTER = Pattern.compile("(?iu)^(?:\\s+" + COMPLEMENT + ")?\\s*,?\\s*(\\(\\s*)?(?:(?:which|that)\\s+)?(?:(?:Ofsted|inspectors)\\s+)?"
            + "(?<verb>" + DATE_VERB + ")?(?:(?:jointly\\s+)?by\\s+(?:[^,.;()]{1,60}?\\s*,\\s*(?:which|that)\\s+" + DATE_VERB + "|Ofsted)\\s*)?(?:" + COMPLEMENT + "\\s+)?"
            + "(?:(?<prep>in|on|during|between|from|dated|of)\\s+)?" + WEEK_OF + "?(?=\\d|" + Dates.MONTH + ")");
    /** A date that opens the sentence, before its subject and verb: "Between 3 and 7 June 2024, Ofsted completed …". */
    private static final Pattern LEAD_DATE = Pattern.compile("(?iu)^\\s*(?:[^,.;:]{1,60}?(?<![\\p{L}])(?:that|how)\\s+)?(?:between|from|on|in|during)\\s+" + WEEK_OF + "?");
    /** From the end of an opening date to the mention: "Ofsted and the CQC conducted a joint". */
    private static final Pattern LEAD_CLAUSE = Pattern.compile("(?iu)^\\s*,?\\s+[^,.;:]{1,80}?(?<![\\p{L}])" + InspectionTerms.cues("lead-verb")
            + "\\s+(?:" + DETERMINER + "\\s+)?(?:joint\\s+|full\\s+|graded\\s+)?$");
    /** "… under the single inspection framework": a framework named as the frame of the mention before it. */
    private static final Pattern FRAMEWORK_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])" + InspectionTerms.cues("framework")
            + "\\s+(?:the\\s+)?(?:Ofsted(?:[’']s)?\\s+)?(?:new\\s+|old\\s+|previous\\s+|current\\s+)?$");

    private static final Pattern FRAMEWORK_WORD = Pattern.compile("(?iu)framework$");

    private static final Pattern PLANNED_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])" + InspectionTerms.cues("planned-before")
            + "\\s+(?:" + DETERMINER + "\\s+)?(?:Ofsted\\s+)?$");
    private static final Pattern PLANNED_AFTER = Pattern.compile("(?iu)^[^.;:]{0,30}?(?<![\\p{L}])" + InspectionTerms.cues("planned-after") + "(?![\\p{L}])");

    private static final String Q = "[‘'“\"]?";
    private static final String G = InspectionTerms.GRADES.regex().replace("(?iu)", "");
    private static final Pattern GRADE_CUE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:judged|judges|rated|rates|graded|assessed|found|judge?ments?|grades?|grading|ratings?)"
            + "(?:\\s+[\\p{L}’'-]+){0,6}?\\s*(?:of|as|to\\s+be|was|were|is|are|:|–|-)?\\s*" + Q + "$"
            // "the outcome of the ILACS inspection in July 2023 was ‘Good’": the outcome named, then its grade
            + "|(?<![\\p{L}])(?:overall\\s+)?outcomes?\\s+of(?=(?:\\s+[\\p{L}\\p{N}’'-]+){0,8}?\\s+(?:inspection|ILACS|SIF|Ofsted)(?![\\p{L}]))"
            + "(?:\\s+[\\p{L}\\p{N}’'-]+){1,9}?\\s+(?:was|is)\\s*:?\\s*" + Q + "$");
    private static final Pattern GRADE_CUE_AFTER = Pattern.compile("(?iu)^[’'”\"]?\\s+(?:overall\\s+)?(?:judge?ments?|grades?|grading|ratings?)(?![\\p{L}])");
    private static final Pattern FOLLOW_OK = Pattern.compile("(?iu)^(?:[’'”\"]\\s*(?:is|was|has|had)(?![\\p{L}])|[’'”\"]?\\s*(?:$|[.,;:)!–-]|(?:overall|judge?ments?|grades?|grading|ratings?|in|for|by|at|across"
            + "|with|and|since|following|from|after|when|as|on|under|which|whereby|but|again|once)(?![\\p{L}])))");
    private static final Pattern DISJOINED_AFTER = Pattern.compile("(?iu)^[’'”\"]?\\s*(?:or|and|to|/)\\s*(?:better|above|" + Q + "(?:" + G + "))");
    private static final Pattern DISJOINED_BEFORE = Pattern.compile("(?iu)(?:" + G + ")[’'”\"]?\\s*(?:or|and|/)\\s*" + Q + "$");
    /** How an agenda item's title opens: "To receive an update on …", "To consider …". */
    private static final Pattern TITLE_OPENING = Pattern.compile("^To\\s+(?:receive|consider|note|approve|agree|review|scrutinise|discuss)\\b");
    private static final Pattern OVERALL_AFTER = Pattern.compile("(?iu)^[’'”\"]?\\s+overall(?![\\p{L}])");
    private static final Pattern GRADE_AT = Pattern.compile(
            "(?iu)^[’'”\"]?\\s+(?:(?:overall\\s+)?(?:judge?ment|grade|grading|rating)\\s+(?:(?:given|awarded|received|made)\\s+)?)?(?:at|in|following|from|after)\\s+");
    private static final Pattern YEAR_AFTER_GRADE = Pattern.compile("(?iu)^[’'”\"]?\\s+(?:(?:overall\\s+)?(?:judge?ment|grade|grading|rating)\\s+)?(?:in|of)\\s+((?:19|20)\\d\\d)(?![\\d/–-])");
    /** Words near a grade that make it the inspection's own, not an area's: "overall", "the outcome of the inspection". */
    private static final Pattern OVERALL_CUE = Pattern.compile("(?iu)overall|final|outcome");

    /**
     * A grade from the council's history, said of the council with no inspection named: "when Ofsted judged them
     * inadequate", "since the local authority had been judged inadequate".
     */
    private static final String SUBJECT = InspectionTerms.cues("graded-subject");
    private static final String PRONOUN = InspectionTerms.cues("graded-pronoun");
    private static final Pattern HISTORY_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:Ofsted\\s+(?:had\\s+|has\\s+)?(?:judged|rated|graded)\\s+(?:" + SUBJECT + "|" + PRONOUN + ")"
            + "|" + PRONOUN + "\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:last\\s+|first\\s+)?(?:judged|rated|graded)\\s+by\\s+Ofsted"
            + "|Ofsted(?:[’']s)?\\s+(?:overall\\s+)?(?:judge?ment|grade|grading|rating)\\s+(?:of|as)"
            + "|" + SUBJECT + "\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were)\\s+(?:last\\s+|first\\s+)?(?:judged|rated|graded)(?:\\s+by\\s+Ofsted)?)"
            + "(?:\\s+to\\s+be|\\s+as)?\\s*" + Q + "$");
    private static final Pattern HISTORY_FOLLOW = Pattern.compile("(?iu)^[’'”\"]?\\s+to\\s+(?!be\\b)");
    /** "… for its fostering service", "… in the domain of …": a grade of one service or area, not the council's. */
    private static final Pattern HISTORY_OF_PART = Pattern.compile("(?iu)^[’'”\"]?\\s+(?:for|in\\s+(?:the\\s+)?(?:domains?|areas?|judge?ments?)|at)(?![\\p{L}])");
    /** "judged inadequate in October 2022": when the grade was given. */
    private static final Pattern HISTORY_WHEN = Pattern.compile("(?iu)^[’'”\"]?\\s+(?:overall\\s+)?(?:by\\s+Ofsted\\s+)?in\\s+");
    /** "judged ‘Requires Improvement to be Good’ at its last inspection": a grade makes the inspection Ofsted's. */
    private static final Pattern JUDGED_AT = Pattern.compile("(?iu)(?<![\\p{L}])(?:judged|rated|graded)\\s+(?:to\\s+be\\s+|as\\s+)?" + Q + "(?:" + G + ")[’'”\"]?"
            + "\\s+(?:at|in|following)\\s+(?:its|their|our|the)\\s+(?:(?:most\\s+recent|last|latest|previous)\\s+)?(?:(?:full|standard|graded)\\s+)?(?:Ofsted\\s+)?inspection");
    private static final Pattern OFSTED = Pattern.compile("(?<![\\p{L}])Ofsted(?![\\p{L}])");

    @Override public String id() { return "inspection"; }

    /** One inspection as it is being read: mutable until the document is done. */
    private static final class Draft {
        InspectionType type;
        PartialDate start, end, published;
        Grade grade;
        InspectionStatus status;
        final List<Evidence> evidence = new ArrayList<>();

        Inspection build() { return new Inspection(type, start, end, published, grade, status, evidence); }
    }

    /** A mention of an inspection in a sentence; {@code type} is null for "the inspection". */
    private record Mention(int start, int end, InspectionType type, boolean weak, PartialDate date, PartialDate endDate,
                           PartialDate published, boolean planned, boolean past, boolean recent, boolean visit, boolean graded) {}

    private record Resolved(Mention mention, Draft draft) {}

    /** A grade of the council's history that no inspection read took. */
    private record History(Grade grade, PartialDate date, int start, int end) {}

    /** Per-document state. */
    private final class Reading {
        final ExtractionContext ctx;
        final List<Draft> drafts = new ArrayList<>();
        Draft focus;
        InspectionType lastNamedKind;
        final List<History> history = new ArrayList<>();

        Reading(ExtractionContext ctx) { this.ctx = ctx; }

        void run() {
            TextLayout layout = ctx.layout();
            for (TextLayout.Sentence s : layout.sentences()) {
                String sentence = layout.text(s);
                List<Mention> mentions = mentions(sentence, s.start(), this::isTitle);
                List<Resolved> resolved = new ArrayList<>();
                for (Mention m : mentions) {
                    Draft d = resolve(m, sentence);
                    if (d != null) {
                        d.evidence.add(ctx.evidence(m.start(), m.end(), InspectionExtractor.this));
                        resolved.add(new Resolved(m, d));
                    }
                }
                if (!InspectionTerms.cutOff(ctx.text(), s.start(), s.end())) grades(sentence, s.start(), resolved);
            }
            fromHistory();
            for (Draft d : drafts) ctx.add(d.build());
        }

        /** An earlier inspection known only by its grade, unless an inspection read already has that grade. */
        private void fromHistory() {
            for (History h : history) {
                if (drafts.stream().anyMatch(d -> d.grade == h.grade()
                        && (d.start == null || h.date() == null || compatible(d.start, h.date())))) continue;
                Draft d = create(framework(h.date()), InspectionStatus.COMPLETED);
                d.grade = h.grade();
                d.start = h.date();
                d.evidence.add(ctx.evidence(h.start(), h.end(), InspectionExtractor.this, "grade-history"));
            }
        }

        /** The graded framework of a year: ILACS from 2019, the single inspection framework from 2014 to 2017. */
        private static InspectionType framework(PartialDate date) {
            if (date == null) return InspectionType.OTHER;
            if (date.year() >= 2019) return InspectionType.ILACS;
            return date.year() >= 2014 && date.year() <= 2017 ? InspectionType.SIF : InspectionType.OTHER;
        }

        /** Whether the line holding {@code pos} is the document's title or a heading, with more text after it. */
        private boolean isTitle(int pos) {
            String text = ctx.text();
            int ls = text.lastIndexOf('\n', pos - 1) + 1;
            int le = text.indexOf('\n', pos);
            if (le < 0 || Texts.blankFrom(text, le)) return false;
            // an agenda title ("To receive an update on … the July 2024 Ofsted inspection") wherever it
            // stands and however an export wrapped it
            TextLayout.Block block = ctx.layout().blockAt(pos);
            if (block != null) {
                String content = ctx.layout().content(block).strip();
                if (TITLE_OPENING.matcher(content).find() && Texts.WHITESPACE.split(content).length <= 40) return true;
            }
            String line = text.substring(ls, le).strip();
            String title = ctx.document().sidecar().title();
            if (title != null && Texts.key(title).equals(Texts.key(line))) return true;
            if (TextLayout.LIST_MARKER.matcher(line).find()) return false;
            int words = Texts.WHITESPACE.split(line).length;
            boolean unpunctuated = !Texts.fullMatch(line, "(?s).*[.:;,!?]$");
            if (text.substring(0, ls).isBlank() && words <= 30 && (unpunctuated || TITLE_OPENING.matcher(line).find())) return true;
            boolean blankBefore = ls == 0 || Texts.fullMatch(text.substring(0, ls), "(?s).*\\n\\s*\\n\\s*$");
            boolean blankAfter = Texts.fullMatch(text.substring(le), "(?s)^\\n\\s*\\n.*");
            return words <= 15 && unpunctuated && blankBefore && blankAfter;
        }

        private Draft resolve(Mention m, String sentence) {
            boolean childrens = InspectionTerms.CHILDRENS_SERVICES.matcher(sentence).find();
            if (m.weak() && !childrens) return null;
            if (m.planned()) {
                if (m.type() == null || m.weak()) return null;
                Draft d = drafts.stream().filter(x -> x.status == InspectionStatus.PLANNED && x.type == m.type()
                        && (x.start == null || m.date() == null || compatible(x.start, m.date()))).findFirst().orElse(null);
                if (d == null) d = create(m.type(), InspectionStatus.PLANNED);
                fill(d, m);
                return d;
            }
            Draft d;
            if (m.visit()) {
                // "the visit": only the focused or monitoring visit the text is about
                if (focus == null || !VISITS.contains(focus.type) || focus.status != InspectionStatus.COMPLETED) return null;
                if (m.date() != null && focus.start != null && !compatible(focus.start, m.date())) return null;
                fill(focus, m);
                return focus;
            }
            if (m.type() != null && !m.weak()) {
                List<Draft> same = completed().stream().filter(x -> x.type == m.type()).toList();
                if (m.date() != null) {
                    d = same.stream().filter(x -> x.start != null && compatible(x.start, m.date())).findFirst().orElse(null);
                    if (d == null && !m.past()) d = undatedFitting(same, m.date());
                } else {
                    d = focus != null && same.contains(focus) ? focus : same.isEmpty() ? null : same.get(same.size() - 1);
                    if (d != null && m.published() != null && d.start != null && m.published().compareTo(d.start) < 0) d = null;
                }
                if (d == null) d = create(m.type(), InspectionStatus.COMPLETED);
                if (InspectionTerms.INSPECTIONS.contains(m.type())) lastNamedKind = m.type();
            } else {
                List<Draft> cand = completed().stream().filter(x -> InspectionTerms.INSPECTIONS.contains(x.type)).toList();
                if (m.date() != null) {
                    d = cand.stream().filter(x -> x.start != null && compatible(x.start, m.date()))
                            .min(Comparator.comparing(x -> x == focus ? 0 : 1)).orElse(null);
                    if (d == null && !m.past() && focus != null && cand.contains(focus) && focus.start == null) d = focus;
                    if (d == null) {
                        boolean ofsted = Texts.fullMatch(sentence, "(?s).*\\bOfsted\\b.*");
                        // in a paper already about Ofsted's work with the council ("the focused visit …
                        // judged RI at its last full inspection in 2022"), a dated inspection is one too
                        boolean aboutOfsted = drafts.stream().anyMatch(x -> x.type != InspectionType.PEER_REVIEW);
                        // "the last standard inspection" is not of the JTAI or SEND kind last named
                        InspectionType named = lastNamedKind != null && (!m.graded() || InspectionTerms.GRADED.contains(lastNamedKind)) ? lastNamedKind : null;
                        InspectionType type = m.weak() ? InspectionType.OTHER
                                : named != null ? named
                                : m.graded() ? InspectionType.OTHER
                                : (ofsted && childrens) || aboutOfsted || JUDGED_AT.matcher(sentence).find() ? InspectionType.OTHER : null;
                        if (type == null) return null;
                        d = create(type, InspectionStatus.COMPLETED);
                    }
                } else {
                    if (m.recent()) {
                        d = cand.stream().filter(x -> x.start != null).max(Comparator.comparing(x -> x.start)).orElse(null);
                        if (d == null && focus != null && cand.contains(focus)) d = focus;
                    } else {
                        d = focus != null && cand.contains(focus) ? focus : null;
                    }
                    if (d == null && m.weak()) d = create(InspectionType.OTHER, InspectionStatus.COMPLETED);
                    if (d == null) return null;
                }
            }
            fill(d, m);
            if (!m.past() || m.recent()) focus = d;
            return d;
        }

        /** An undated inspection of the kind that a date can be given to, if its publication does not rule it out. */
        private Draft undatedFitting(List<Draft> same, PartialDate date) {
            for (int i = same.size() - 1; i >= 0; i--) {
                Draft x = same.get(i);
                if (x.start != null) continue;
                if (x.published != null && (x.published.compareTo(date) < 0 || x.published.year() - date.year() > 1)) continue;
                return x;
            }
            return null;
        }

        private List<Draft> completed() {
            return drafts.stream().filter(x -> x.status == InspectionStatus.COMPLETED).toList();
        }

        private Draft create(InspectionType type, InspectionStatus status) {
            Draft d = new Draft();
            d.type = type;
            d.status = status;
            drafts.add(d);
            return d;
        }

        private void fill(Draft d, Mention m) {
            if (m.date() != null && (d.start == null || (compatible(d.start, m.date()) && m.date().precision().compareTo(d.start.precision()) > 0))) {
                d.start = m.date();
                if (m.endDate() != null) d.end = m.endDate();
            }
            if (d.end == null && m.endDate() != null && d.start != null && d.start.equals(m.date())) d.end = m.endDate();
            if (d.published == null && m.published() != null) d.published = m.published();
        }

        /** Overall grades said in the sentence, given to the inspection they are about. */
        private void grades(String sentence, int base, List<Resolved> resolved) {
            List<InspectionTerms.Hit<Grade>> grades = InspectionTerms.GRADES.find(sentence, 0);
            if (grades.isEmpty() || sentence.contains("%") || InspectionTerms.NOT_ABOUT.matcher(sentence).find()) return;
            // areas named outside the inspection's own name ("the inspection of services for children in
            // need of help and protection …" names none)
            boolean namesAreas = InspectionTerms.AREAS.find(sentence, 0).stream()
                    .filter(h -> resolved.stream().noneMatch(r -> h.start() >= r.mention().start() - base && h.end() <= r.mention().end() - base))
                    .anyMatch(h -> h.value() != org.councilgraph.model.JudgementArea.OVERALL_EFFECTIVENESS);
            for (InspectionTerms.Hit<Grade> g : grades) {
                String before = sentence.substring(0, g.start());
                String after = sentence.substring(g.end());
                if (DISJOINED_AFTER.matcher(after).find() || DISJOINED_BEFORE.matcher(before).find()) continue;
                Matcher told = HISTORY_BEFORE.matcher(before);
                boolean toldOf = told.find();
                // "when Ofsted judged them inadequate to a position of strength": the history goes on to where it is now
                if (!FOLLOW_OK.matcher(after).find() && !(toldOf && HISTORY_FOLLOW.matcher(after).find())) continue;
                Matcher cueBefore = GRADE_CUE_BEFORE.matcher(before);
                Matcher cueAfter = GRADE_CUE_AFTER.matcher(after);
                boolean hasBefore = cueBefore.find(), hasAfter = cueAfter.find();
                // "'requires improvement to be good' at the previous inspection in 2019", "judged RI at its
                // last full inspection": the grade the inspection named right after it gave
                Draft at = gradedAt(sentence, base, g.end(), resolved);
                boolean historic = toldOf || OVERALL_AFTER.matcher(after).find() && OFSTED.matcher(sentence).find();
                if (!hasBefore && !hasAfter && at == null && !historic) continue;
                int from = hasBefore ? cueBefore.start() : g.start();
                int to = hasAfter ? g.end() + cueAfter.end() : g.end();
                // an "overall" judgement of "four key areas" sentence is a judgement of areas, not the grade
                Matcher overallAfter = OVERALL_AFTER.matcher(sentence.substring(to));
                String cue = sentence.substring(Math.max(0, from - 30), overallAfter.find() ? to + overallAfter.end() : to);
                if (namesAreas && !OVERALL_CUE.matcher(cue).find()) continue;
                Draft d = at != null ? at : anchor(sentence, base + g.start(), resolved);
                if (d == null) {
                    if (historic && !HISTORY_OF_PART.matcher(after).find()) {
                        Matcher close = OVERALL_AFTER.matcher(after);
                        int end = close.find() ? g.end() + close.end() : to;
                        Matcher when = HISTORY_WHEN.matcher(after);
                        InspectionDates.Written date = when.find() ? InspectionDates.at(after.substring(when.end()), true) : null;
                        if (date != null) end = g.end() + when.end() + date.length();
                        history.add(new History(g.value(), date == null ? null : date.start(), base + (toldOf ? told.start() : from), base + end));
                    }
                    continue;
                }
                // "judged inadequate in 2022", "the inadequate judgement of 2022": the inspection of that year
                Matcher year = YEAR_AFTER_GRADE.matcher(sentence.substring(to));
                if (year.find() && d.start != null && d.start.year() != Integer.parseInt(year.group(1))) {
                    int y = Integer.parseInt(year.group(1));
                    d = drafts.stream().filter(x -> x.status == InspectionStatus.COMPLETED && InspectionTerms.GRADED.contains(x.type)
                            && x.start != null && x.start.year() == y).findFirst().orElse(null);
                    if (d == null) continue;
                }
                if (d.grade == null) d.grade = g.value();
                if (d.grade == g.value()) d.evidence.add(ctx.evidence(base + from, base + to, InspectionExtractor.this));
            }
        }

        /** The graded inspection whose mention follows a grade at {@code end} after "at", "in" or "following". */
        private Draft gradedAt(String sentence, int base, int end, List<Resolved> resolved) {
            if (!InspectionTerms.CONTEXT.matcher(sentence).find()) return null;
            Matcher m = GRADE_AT.matcher(sentence.substring(end));
            if (!m.find()) return null;
            for (Resolved r : resolved)
                if (r.mention().start() - base == end + m.end() && InspectionTerms.GRADED.contains(r.draft().type)
                        && r.draft().status == InspectionStatus.COMPLETED) return r.draft();
            return null;
        }

        /** The graded inspection a grade at {@code pos} is about. */
        private Draft anchor(String sentence, int pos, List<Resolved> resolved) {
            Draft before = null, after = null;
            for (Resolved r : resolved) {
                if (!InspectionTerms.GRADED.contains(r.draft().type) || r.draft().status != InspectionStatus.COMPLETED) continue;
                if (r.mention().start() < pos) before = r.draft();
                else if (after == null && !r.mention().past()) after = r.draft();
            }
            if (before != null) return before;
            if (after != null) return after;
            if (focus != null && InspectionTerms.GRADED.contains(focus.type) && InspectionTerms.CONTEXT.matcher(sentence).find()) return focus;
            return null;
        }
    }

    @Override
    public void extract(ExtractionContext ctx) {
        new Reading(ctx).run();
    }

    /** The mentions of inspections in a sentence, in order, without overlaps. */
    private List<Mention> mentions(String sentence, int base, java.util.function.IntPredicate title) {
        List<Mention> out = new ArrayList<>();
        for (InspectionTerms.Hit<InspectionType> h : InspectionTerms.TYPES.find(sentence, 0)) {
            if (!out.isEmpty() && h.start() < out.get(out.size() - 1).end() - base) continue;
            Matcher pre = PREMODIFIER.matcher(sentence.substring(0, h.start()));
            int start = pre.find() ? pre.start() : h.start();
            Matcher post = POSTMODIFIER.matcher(sentence.substring(h.end()));
            int end = h.end() + (post.find() ? post.end() : 0);
            if (h.weak() && aboutSomethingElse(sentence, start, end)) continue;
            out.add(mention(sentence, base, start, end, h.value(), h.weak(), pre.group(1), title.test(base + start)));
        }
        Matcher g = GENERIC.matcher(sentence);
        boolean generic = GENERIC_NOUNS.mayMatch(sentence);
        while (generic && g.find()) {
            int s = g.start(), e = g.end();
            if (out.stream().anyMatch(m -> s < m.end() - base && e > m.start() - base)) continue;
            if (e < sentence.length() && sentence.charAt(e) == 's') continue;
            if (aboutSomethingElse(sentence, s, e)) continue;
            Mention m = mention(sentence, base, s, e, null, false, g.group(1), title.test(base + s));
            boolean visit = g.group("noun").equalsIgnoreCase("visit");
            out.add(new Mention(m.start(), m.end(), null, false, m.date(), m.endDate(), m.published(), m.planned(), m.past(), m.recent(),
                    visit, !visit && GRADED_QUALIFIER.matcher(g.group()).find()));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        framed(sentence, base, out);
        onSite(sentence, base, out);
        return out;
    }

    /**
     * "the previous inspection in May 2016 under the single inspection framework": the framework is the kind of
     * the mention before it, not an inspection of its own. It names a generic or graded mention's kind; a
     * visit or joint inspection keeps its own.
     */
    private static void framed(String sentence, int base, List<Mention> out) {
        for (int i = out.size() - 1; i > 0; i--) {
            Mention f = out.get(i), p = out.get(i - 1);
            if (f.type() == null || f.weak()) continue;
            // a graded framework, or any kind named as a framework ("under the new area SEND framework")
            if (!InspectionTerms.GRADED.contains(f.type()) && !FRAMEWORK_WORD.matcher(sentence.substring(f.start() - base, f.end() - base)).find()) continue;
            if (!FRAMEWORK_BEFORE.matcher(sentence.substring(p.end() - base, f.start() - base)).find()) continue;
            if (Texts.fullMatch(sentence.substring(p.end() - base, f.start() - base), "(?s).*[.;:()].*")) continue;
            out.remove(i);
            // "… under the ILACS framework was carried out in November 2021": the date read after the framework
            boolean dated = p.date() == null && f.date() != null;
            InspectionType type = (p.type() == null && !p.visit()) || p.weak() || InspectionTerms.GRADED.contains(p.type()) ? f.type() : p.type();
            out.set(i - 1, new Mention(p.start(), dated ? f.end() : p.end(), type, type == f.type() ? false : p.weak(),
                    dated ? f.date() : p.date(), dated ? f.endDate() : p.endDate(), p.published(), p.planned(),
                    p.past(), p.recent(), type == f.type() ? false : p.visit(), p.graded()));
        }
    }

    /**
     * "Inspectors were on site during w/c 13 May 2024": dates the one undated inspection the sentence names,
     * or, in a sentence naming none, stands as a reference to the inspection in context.
     */
    private static void onSite(String sentence, int base, List<Mention> out) {
        Matcher site = ON_SITE.matcher(sentence);
        if (!site.find()) return;
        InspectionDates.Written t = InspectionDates.at(sentence.substring(site.end()), false);
        if (t == null) return;
        if (out.isEmpty()) {
            out.add(new Mention(base + site.start(), base + site.end() + t.length(), null, false, t.start(), t.end(), null,
                    false, false, false, false, false));
            return;
        }
        if (out.stream().anyMatch(m -> m.date() != null || m.planned())) return;
        List<Mention> named = out.stream().filter(m -> m.type() != null && !m.weak()).toList();
        if (named.size() != 1) return;
        Mention m = named.get(0);
        out.set(out.indexOf(m), new Mention(m.start(), m.end(), m.type(), m.weak(), t.start(), t.end(), m.published(), m.planned(),
                m.past(), m.recent(), m.visit(), m.graded()));
    }

    /** "the school inspection", "inspection of children's homes": not of children's services. */
    private static boolean aboutSomethingElse(String sentence, int start, int end) {
        String near = sentence.substring(Math.max(0, start - 25), Math.min(sentence.length(), end + 35));
        return InspectionTerms.NOT_ABOUT.matcher(near).find();
    }

    private Mention mention(String sentence, int base, int start, int end, InspectionType type, boolean weak, String preDate, boolean title) {
        PartialDate date = null, endDate = null, published = null;
        if (preDate != null) {
            PartialDate d = InspectionDates.parse(preDate);
            if (title) published = d;
            else date = d;
        }
        // the date after the name: up to the next mention of an inspection or the end of the sentence
        String rest = sentence.substring(end);
        Matcher a = AFTER.matcher(rest);
        if (date == null && a.find() && (a.group(1) != null || a.group("prep") != null || a.group("verb") != null)) {
            InspectionDates.Written t = InspectionDates.at(rest.substring(a.end()), "in".equalsIgnoreCase(a.group("prep")));
            if (t != null) { date = t.start(); endDate = t.end(); end += a.end() + t.length(); }
        }
        if (date == null && published == null) {
            InspectionDates.Written lead = leadDate(sentence.substring(0, start));
            if (lead != null) { date = lead.start(); endDate = lead.end(); }
        }
        String before = sentence.substring(0, start);
        String after = sentence.substring(end);
        boolean planned = PLANNED_BEFORE.matcher(before).find() || PLANNED_AFTER.matcher(after).find();
        boolean past = InspectionTerms.isPast(sentence, start, end);
        boolean recent = InspectionTerms.RECENT_INSIDE.matcher(sentence.substring(start, Math.min(end, start + 40))).find();
        while (end > start && Character.isWhitespace(sentence.charAt(end - 1))) end--;
        return new Mention(base + start, base + end, type, weak, date, endDate, published, planned, past, recent, false, false);
    }

    /** "Between 3 and 7 June 2024, Ofsted completed an …": the date that opens {@code before}, the sentence up to a mention. */
    private static InspectionDates.Written leadDate(String before) {
        Matcher m = LEAD_DATE.matcher(before);
        if (!m.find()) return null;
        InspectionDates.Written t = InspectionDates.at(before.substring(m.end()), false);
        if (t == null) return null;
        return LEAD_CLAUSE.matcher(before.substring(m.end() + t.length())).find() ? t : null;
    }

    /** Whether two dates can be the same inspection: equal as far as both go. */
    static boolean compatible(PartialDate a, PartialDate b) {
        if (a.year() != b.year()) return false;
        if (a.month() == null || b.month() == null) return true;
        if (!a.month().equals(b.month())) return false;
        return a.day() == null || b.day() == null || a.day().equals(b.day()) ;
    }
}
