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
    static final String COMMITTEE = "((?:(?:[A-Z][\\w’'&-]*|and|&|of|for|the)[ \\t]+){0,8}?" + Lexicon.alternation("committee-heads.txt") + ")";

    private static final Pattern HEADING = Pattern.compile(
            "(?:Minutes\\s+of\\s+(?:the\\s+)?(?:(?:an?\\s+)?(?:extraordinary\\s+|special\\s+)?meeting\\s+of\\s+)?(?:the\\s+)?" + COMMITTEE
            + "\\s*(?:,\\s*)?(?:held\\s+)?(?:at\\s+[^\\n]{1,80}?\\s+)?(?:on\\s+)?"
            + "|" + COMMITTEE + "\\s*(?:meeting|Meeting|MEETING)\\s*(?:held\\s+)?(?:on\\s+)?(?:[-–:,]\\s*)?"
            + "|(?:meeting|Meeting)\\s+of\\s+(?:the\\s+)?" + COMMITTEE + "\\s+(?:held\\s+)?(?:on\\s+)?)"
            + "(" + Dates.DAY.pattern() + ")");

    private static final Pattern FRONT_SHEET_LABEL = Pattern.compile("(?i)^\\s*(?:committee\\s+and\\s+date|meeting\\s+and\\s+date)\\s*:?\\s*$");
    private static final Pattern COMMITTEE_LABEL = Pattern.compile("(?im)^\\s*(?:committee|meeting|decision\\s+maker)\\s*:\\s*(\\S[^\\n]{1,100})$");
    private static final Pattern DATE_LABEL = Pattern.compile("(?im)^\\s*(?:date(?:\\s+of\\s+(?:the\\s+)?(?:meeting|decision))?|meeting\\s+date)\\s*:\\s*(\\S[^\\n]{1,60})$");

    @Override public String id() { return "meeting"; }

    @Override
    public void extract(ExtractionContext ctx) {
        String committee = null;
        LocalDate date = null;
        List<Evidence> evidence = new ArrayList<>();

        Optional<Found> found = frontSheet(ctx).or(() -> heading(ctx)).or(() -> labels(ctx));
        if (found.isPresent()) {
            committee = found.get().committee();
            date = found.get().date();
            evidence.add(found.get().evidence());
        }
        var sidecar = ctx.document().sidecar();
        if (sidecar.committee() != null) committee = sidecar.committee();
        if (sidecar.meetingDate() != null) date = sidecar.meetingDate();
        if (committee != null || date != null) ctx.add(new Meeting(committee, date, evidence));
    }

    private record Found(String committee, LocalDate date, Evidence evidence) {}

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

    private Optional<Found> heading(ExtractionContext ctx) {
        Matcher m = HEADING.matcher(ctx.text());
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

    private Optional<Found> labels(ExtractionContext ctx) {
        Matcher c = COMMITTEE_LABEL.matcher(ctx.text());
        Matcher d = DATE_LABEL.matcher(ctx.text());
        if (!c.find() || !d.find()) return Optional.empty();
        Optional<LocalDate> date = Dates.firstDay(d.group(1));
        if (date.isEmpty()) return Optional.empty();
        int start = Math.min(c.start(), d.start()), end = Math.max(c.end(), d.end());
        if (end - start > 400) return Optional.empty();
        return Optional.of(new Found(committeeName(c.group(1)), date.get(), ctx.evidence(start, end, this)));
    }

    /** "the Cabinet" → "Cabinet"; "CHILDREN'S SERVICES COMMITTEE" → "Children's Services Committee". */
    static String committeeName(String raw) {
        String s = Texts.squash(raw).replaceFirst("^(?i)the\\s+", "");
        s = Texts.trimEnd(s);
        return Texts.isAllCaps(s) ? Texts.titleCase(s) : s;
    }
}
