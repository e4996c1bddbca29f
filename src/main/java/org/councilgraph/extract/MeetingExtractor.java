package org.councilgraph.extract;

import org.councilgraph.model.Evidence;
import org.councilgraph.model.Meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a document belongs to: committee and date from a front sheet ("Committee and Date /
 * Council / 21 September 2017"), a heading ("Cabinet Meeting 15th February 2018", "Minutes of the meeting
 * of the Children and Young People Select Committee held on Tuesday, 4 March 2025") or the sidecar.
 */
public final class MeetingExtractor implements Extractor {
    /** A committee's name: capitalised words ending in a head noun ("Executive Scrutiny Committee"). */
    static final String COMMITTEE = "((?:(?:[A-Z][\\w’'&-]*,?|and|&|of|for|the)[ \\t]+){0,8}?" + Lexicon.alternation("committee-heads.txt")
            + "(?:[ \\t]+\\((?!Item\\b)[A-Z][^()\\n]{2,60}\\))?)";

    private static final Pattern HEADING = Pattern.compile(
            "(?:(?:Minutes|MINUTES)\\s+of\\s+(?:the\\s+)?(?:(?:an?\\s+)?(?:extraordinary\\s+|special\\s+)?meeting\\s+of\\s+)?(?:the\\s+)?" + COMMITTEE
            + "\\s*(?:,\\s*)?(?:held\\s+)?(?:at\\s+[^\\n]{1,80}?\\s+)?(?:on\\s+)?"
            + "|" + COMMITTEE + "\\s*(?:meeting|Meeting|MEETING)\\s*(?:held\\s+)?(?:on\\s+)?(?:[-–:,]\\s*)?"
            + "|(?:meeting|Meeting)\\s+of\\s+(?:the\\s+)?" + COMMITTEE + "\\s+(?:held\\s+)?(?:on\\s+)?)"
            + "(" + Dates.DAY.pattern() + ")");

    /**
     * A committee's name alone on its line, then its date or "Minutes of the meeting held on …" on the
     * next ("CABINET / MINUTES OF THE MEETING HELD ON WEDNESDAY, 6TH DECEMBER, 2023", "Children, Young
     * People and Education Committee / Tuesday, 12 March 2024"), perhaps with a "MINUTES" line between.
     */
    private static final Pattern TITLE_BLOCK = Pattern.compile("(?m)^[ \\t]*" + COMMITTEE + "[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*"
            + "(?:(?i:minutes|notes\\s+of\\s+(?:the\\s+)?meeting|minutes\\s+of\\s+(?:the\\s+)?meeting)[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*)?"
            + "(?i:Minutes\\s+of\\s+(?:the|a)\\s+meeting\\s+held\\s+(?:at\\s+[^\\n]{1,80}?\\s+)?on\\s+|Date(?:\\s+of\\s+meeting)?\\s*:?\\s*)?"
            + "(" + Dates.DAY.pattern() + ")[^\\n]{0,80}$");
    /** ModernGov's page subtitle: "Meeting: 13/03/2024 - Scrutiny Board (Children and Families) (Item 45)", "Decided at meeting: 20/03/2024 - Cabinet". */
    private static final Pattern MODERNGOV_MEETING = Pattern.compile(
            "(?im)^[ \\t]*(?:meeting|decided\\s+at\\s+meeting)\\s*:\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\s*[-–]\\s*(\\S[^\\n]{1,100}?)(?:\\s*\\(\\s*Item\\s+\\w+\\s*\\))?[ \\t]*$");
    /** "Minutes of the proceedings of the Children and Young People Scrutiny Commission held at …": a committee without its date. */
    private static final Pattern MINUTES_OF = Pattern.compile(
            "Minutes\\s+of\\s+(?:the\\s+)?(?:proceedings|(?:an?\\s+)?(?:extraordinary\\s+|special\\s+)?meeting)\\s+of\\s+(?:the\\s+)?" + COMMITTEE + "(?=\\s*(?:,|held\\b|at\\b|\\n|$))");
    private static final Pattern FRONT_SHEET_LABEL = Pattern.compile("(?i)^\\s*(?:committee\\s+and\\s+date|meeting\\s+and\\s+date)\\s*:?\\s*$");
    private static final Pattern COMMITTEE_LABEL = Pattern.compile("(?im)^[ \\t]*(?:committee|meeting|decision\\s+maker|report\\s+to)\\s*:[ \\t]*(\\S[^\\n]{1,100})$");
    private static final Pattern DATE_LABEL = Pattern.compile("(?im)^[ \\t]*(?:date(?:\\s+of\\s+(?:the\\s+)?(?:meeting|decision))?|meeting\\s+date)\\s*:[ \\t]*(\\S[^\\n]{1,60})$");

    /**
     * A meeting page copied to text, its heading the committee and the day with the start time:
     * "Corporate Parenting Board - Tuesday, 21st September, 2021 2.00 pm".
     */
    private static final Pattern PAGE_HEADING = Pattern.compile("(?m)^[ \\t]*" + COMMITTEE + "[ \\t]+[-–—][ \\t]+(" + Dates.DAY.pattern() + ")"
            + "(?:,?[ \\t]+\\d{1,2}(?:[.:]\\d{2})?[ \\t]*(?i:am|pm|a\\.m\\.|p\\.m\\.))?[ \\t]*$");
    /**
     * A committee named without a usable date: "Minutes for Children and Lifelong Learning Scrutiny
     * Panel 21st September" (no year), a decision page's "Decision Maker: Cabinet".
     */
    private static final Pattern COMMITTEE_ONLY = Pattern.compile("(?m)^[ \\t]*(?:Minutes\\s+(?:for|of)\\s+(?:the\\s+)?" + COMMITTEE
            + "(?=[ \\t]*(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+[A-Z][a-z]+[ \\t]*)?$)"
            + "|Decision\\s+Maker\\s*:[ \\t]*" + COMMITTEE + "[ \\t]*$)");

    @Override public String id() { return "meeting"; }

    @Override
    public void extract(ExtractionContext ctx) {
        String committee = null;
        LocalDate date = null;
        List<Evidence> evidence = new ArrayList<>();

        String text = capitalsAsTitleCase(ctx.text());
        Optional<Found> found = frontSheet(ctx).or(() -> moderngov(ctx)).or(() -> heading(ctx, text)).or(() -> titleBlock(ctx, text))
                .or(() -> pageHeading(ctx, text)).or(() -> addressee(ctx)).or(() -> dotted(ctx, text)).or(() -> labels(ctx, text))
                .or(() -> committeeOnly(ctx, text));
        if (found.isPresent()) {
            committee = found.get().committee();
            date = found.get().date();
            evidence.addAll(found.get().evidence());
        }
        var sidecar = ctx.document().sidecar();
        if (sidecar.committee() != null) committee = sidecar.committee();
        if (sidecar.meetingDate() != null) date = sidecar.meetingDate();
        if (committee != null || date != null) ctx.add(new Meeting(committee, date, evidence));
    }

    private record Found(String committee, LocalDate date, List<Evidence> evidence) {
        Found(String committee, LocalDate date, Evidence evidence) { this(committee, date, List.of(evidence)); }
    }

    /** The text with every line written in capitals put in title case (same length, so offsets hold). */
    static String capitalsAsTitleCase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            sb.append(Texts.isAllCaps(line) ? Texts.titleCase(line) : line);
            if (nl < 0) break;
            sb.append('\n');
            pos = nl + 1;
        }
        return sb.toString();
    }

    /** Day-first dates written with dots ("04.03.2024") read as with slashes. */
    static Optional<LocalDate> labelDate(String value) {
        return Dates.firstDay(Texts.replacingAll(value, "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?![\\d.])", "$1/$2/$3"));
    }

    private Optional<Found> moderngov(ExtractionContext ctx) {
        Matcher m = MODERNGOV_MEETING.matcher(ctx.text());
        while (m.find()) {
            Optional<LocalDate> d = Dates.firstDay(m.group(1));
            if (d.isPresent()) return Optional.of(new Found(committeeName(m.group(2)), d.get(), ctx.evidence(m.start(), m.end(), this)));
        }
        return Optional.empty();
    }

    private Optional<Found> pageHeading(ExtractionContext ctx, String text) {
        Matcher m = PAGE_HEADING.matcher(text);
        while (m.find()) {
            Matcher dm = Dates.DAY.matcher(m.group(2));
            if (!dm.matches()) continue;
            Optional<LocalDate> d = Dates.day(dm);
            if (d.isPresent()) return Optional.of(new Found(committeeName(m.group(1)), d.get(), List.of(ctx.evidence(m.start(1), m.end(), this, "page-heading"))));
        }
        return Optional.empty();
    }

    private Optional<Found> committeeOnly(ExtractionContext ctx, String text) {
        Matcher m = COMMITTEE_ONLY.matcher(text);
        if (!m.find()) return Optional.empty();
        int g = m.group(1) != null ? 1 : 2;
        return Optional.of(new Found(committeeName(m.group(g)), null, List.of(ctx.evidence(m.start(), m.end(g), this, "committee-only"))));
    }

    private Optional<Found> titleBlock(ExtractionContext ctx, String text) {
        Matcher m = TITLE_BLOCK.matcher(text);
        while (m.find()) {
            Matcher dm = Dates.DAY.matcher(m.group(2));
            if (!dm.matches()) continue;
            Optional<LocalDate> d = Dates.day(dm);
            if (d.isEmpty()) continue;
            int start = m.start(1);
            return Optional.of(new Found(committeeName(m.group(1)), d.get(), ctx.evidence(start, m.end(2), this)));
        }
        return Optional.empty();
    }

    private Optional<Found> frontSheet(ExtractionContext ctx) {
        var blocks = ctx.layout().blocks();
        for (int i = 0; i + 2 < blocks.size(); i++) {
            if (!FRONT_SHEET_LABEL.matcher(ctx.layout().content(blocks.get(i))).matches()) continue;
            String name = ctx.layout().content(blocks.get(i + 1)).strip();
            Optional<LocalDate> d = Dates.firstDay(ctx.layout().content(blocks.get(i + 2)));
            if (d.isPresent() && name.length() <= 100) {
                return Optional.of(new Found(committeeName(name), d.get(),
                        ctx.evidence(blocks.get(i).start(), blocks.get(i + 2).end(), this)));
            }
        }
        return Optional.empty();
    }

    /** Every match of {@link #HEADING} holds one of these words (and a year, as every {@link Dates#DAY} does). */
    private static final LiteralFilter HEADING_WORDS = new LiteralFilter().add(List.of("minutes")).add(List.of("meeting"));

    private Optional<Found> heading(ExtractionContext ctx, String text) {
        if (!Dates.mayHoldYear(text) || !HEADING_WORDS.mayMatch(text)) return Optional.empty();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            Matcher dm = Dates.DAY.matcher(m.group(4));
            if (!dm.matches()) continue;
            Optional<LocalDate> d = Dates.day(dm);
            if (d.isEmpty()) continue;
            return Optional.of(new Found(committeeName(name), d.get(), ctx.evidence(m.start(), m.end(), this)));
        }
        return Optional.empty();
    }

    /**
     * A labelled committee ("Committee:", "Decision Maker:", "Report to:") or a "Minutes of the
     * proceedings of …" heading, with a labelled date ("Date of meeting: 04.03.2024") elsewhere on the
     * page: a ModernGov decision page prints the two far apart.
     */
    /** A report's addressee with the meeting's date: "To: Cabinet – 6 March 2025", "Report to: Council, 21 May 2024". */
    private static final Pattern ADDRESSEE = Pattern.compile("(?m)^[ \\t]*(?:Report\\s+)?To\\s*:[ \\t]*" + COMMITTEE + "[ \\t]*[-–—,][ \\t]*(" + Dates.DAY.pattern() + ")[ \\t]*$");

    private Optional<Found> addressee(ExtractionContext ctx) {
        Matcher m = ADDRESSEE.matcher(ctx.text());
        while (m.find()) {
            Matcher dm = Dates.DAY.matcher(m.group(2));
            if (!dm.matches()) continue;
            Optional<LocalDate> d = Dates.day(dm);
            if (d.isPresent()) return Optional.of(new Found(committeeName(m.group(1)), d.get(), List.of(ctx.evidence(m.start(), m.end(), this))));
        }
        return Optional.empty();
    }

    /** A committee and a date written with dots, alone on a line: "Corporate Parenting Board – 5.6.24", "Cabinet - 05.06.2024". */
    private static final Pattern DOTTED = Pattern.compile("(?m)^[ \\t]*" + COMMITTEE + "[ \\t]*[-–—:,][ \\t]*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|20\\d\\d)[ \\t]*$");

    private Optional<Found> dotted(ExtractionContext ctx, String text) {
        Matcher m = DOTTED.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(4));
            try {
                LocalDate d = LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
                return Optional.of(new Found(committeeName(m.group(1)), d, List.of(ctx.evidence(m.start(1), m.end(), this))));
            } catch (RuntimeException e) {
                // 31.2.24 and the like: not a date
            }
        }
        return Optional.empty();
    }

    private Optional<Found> labels(ExtractionContext ctx, String text) {
        Matcher d = DATE_LABEL.matcher(text);
        Optional<LocalDate> date = Optional.empty();
        while (date.isEmpty() && d.find()) date = labelDate(d.group(1));
        if (date.isEmpty()) return Optional.empty();
        Matcher c = COMMITTEE_LABEL.matcher(text);
        int cs, ce, ns, ne;
        if (c.find() && !Texts.fullMatch(c.group(1), "(?s)\\s*\\d.*")) {
            cs = c.start(); ce = c.end(); ns = c.start(1); ne = c.end(1);
        } else {
            Matcher h = MINUTES_OF.matcher(text);
            if (!h.find()) return Optional.empty();
            cs = h.start(); ce = h.end(); ns = h.start(1); ne = h.end(1);
        }
        if (Math.abs(cs - d.start()) > 4000) return Optional.empty();
        String name = committeeName(text.substring(ns, ne));
        if (cs <= d.start() && d.end() - cs <= 400) return Optional.of(new Found(name, date.get(), ctx.evidence(cs, d.end(), this)));
        if (d.start() < cs && ce - d.start() <= 400) return Optional.of(new Found(name, date.get(), ctx.evidence(d.start(), ce, this)));
        return Optional.of(new Found(name, date.get(), List.of(ctx.evidence(cs, ce, this), ctx.evidence(d.start(), d.end(), this))));
    }

    /** "the Cabinet" → "Cabinet"; "CHILDREN'S SERVICES COMMITTEE" → "Children's Services Committee". */
    static String committeeName(String raw) {
        String s = Texts.replacingFirst(Texts.squash(raw), "^(?i)the\\s+", "");
        s = Texts.trimEnd(s);
        return Texts.isAllCaps(s) ? Texts.titleCase(s) : s;
    }
}
