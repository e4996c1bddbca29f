package org.councilgraph.extract;

import org.councilgraph.extract.Figures.Figure;
import org.councilgraph.refdata.Area;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;
import org.councilgraph.refdata.District;
import org.councilgraph.refdata.DistrictRegistry;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The area a figure describes: the document's council unless the words next to the figure say England
 * ("85% nationally", "the national average of 88%") or the region; a figure for statistical neighbours
 * or other comparators (no GSS code) is left out. Cues are in {@code area-cues.tsv}.
 */
final class IndicatorAreas {
    static final String ENGLAND = "E92000001";

    /**
     * The area's GSS code (null when unknown), or {@code excluded} when the figure is for no codable area;
     * {@code cueStart} is where words naming the area before the figure begin (else the figure's start).
     */
    record Resolved(String gss, boolean excluded, int cueStart) {}

    private record AreaCue(boolean after, String area, Pattern pattern) {}

    private static final List<AreaCue> CUES = Lexicon.rows("area-cues.tsv").stream()
            .map(r -> new AreaCue(r[0].equals("after"), r[1], Pattern.compile(r[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))
            .toList();

    /** An area word followed at once by a number names that number's area, not the one before it. */
    private static final Pattern LABELS_NEXT = Pattern.compile("^\\s*(?:average\\s+|figure\\s+|rate\\s+)?[:=]?\\s*(?:is\\s+|was\\s+)?\\d");

    private final CouncilRegistry registry;
    private final DistrictRegistry districts = DistrictRegistry.standard();

    /** Where the words naming the area after a figure end (offset into {@code s}), or -1 when none do. */
    int cueEnd(String s, Figure f) {
        String after = s.substring(f.end(), Math.min(s.length(), f.end() + 50));
        for (AreaCue c : CUES) {
            if (!c.after()) continue;
            Matcher m = c.pattern().matcher(after);
            if (m.find() && !LABELS_NEXT.matcher(after.substring(m.end())).find()) return f.end() + m.end();
        }
        return -1;
    }
    private final Council council;
    /** The council named just before a figure ("the Cumbria rate of "): compiled once per document, not per figure. */
    private final Pattern councilBeforeFigure;

    IndicatorAreas(CouncilRegistry registry, Council council) {
        this.registry = registry;
        this.council = council;
        this.councilBeforeFigure = council == null ? null
                : Pattern.compile("\\b" + Pattern.quote(council.shortName()) + "(?:['’]s)?\\s+(?:\\p{L}+\\s+){0,2}(?:of|was|is|at)\\s+$");
    }

    String councilGss() { return council == null ? null : council.gss(); }

    private static final Pattern SUB_AREA = Pattern.compile("\\bin\\s+the\\s+([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+){0,2})\\s+area\\b");

    /** Places a paper reports on that are part of the council's area: "trends in the Barrow area". */
    java.util.Set<String> subAreas(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher m = SUB_AREA.matcher(text);
        while (m.find()) if (council != null && !(council.name() + " " + council.shortName()).contains(m.group(1))) out.add(m.group(1));
        return out;
    }

    /**
     * The GSS code of the district a place names when that district lies in the council's area ("Barrow" in a
     * Cumbria paper gives Barrow-in-Furness, E07000027); null for any other place.
     */
    String districtGss(String place) {
        if (council == null || place == null) return null;
        return districts.byNameIn(council.gss(), place).map(District::gss).orElse(null);
    }

    /** Whether the council is named just before a figure: "higher than the Cumbria rate of 91". */
    boolean councilNamedBefore(String s, int pos) {
        if (council == null) return false;
        String before = s.substring(Math.max(0, pos - 40), pos);
        return councilBeforeFigure.matcher(before).find();
    }

    private static final Pattern PLACE_IN = Pattern.compile("\\bin\\s+(?:the\\s+)?([A-Z][\\p{L}-]+)(?!['’]s)");

    /**
     * Whether {@code label} places its figure in a named place that is not the council ("families in Bulwell",
     * "children in the Barrow area"): a part of the council's area, with no code of its own here.
     */
    boolean namesOtherPlace(String label) {
        Matcher m = PLACE_IN.matcher(label);
        while (m.find()) {
            String place = m.group(1);
            if (council == null || !(council.name() + " " + council.shortName()).contains(place)) return true;
        }
        return false;
    }

    Resolved resolve(String s, Figure f) {
        String before = s.substring(Math.max(0, f.qualifierStart() - 50), f.qualifierStart());
        String after = s.substring(f.end(), Math.min(s.length(), f.end() + 50));
        for (AreaCue c : CUES) {
            Matcher m = c.pattern().matcher(c.after() ? after : before);
            if (!m.find()) continue;
            if (c.after() && LABELS_NEXT.matcher(after.substring(m.end())).find()) continue; // "4.2% (England 5.4%)": England is 5.4's
            int cueStart = c.after() ? f.qualifierStart() : f.qualifierStart() - before.length() + m.start();
            return switch (c.area()) {
                case "england" -> new Resolved(ENGLAND, false, cueStart);
                case "region" -> council == null ? new Resolved(null, true, cueStart) : new Resolved(council.regionGss(), false, cueStart);
                default -> new Resolved(null, true, cueStart);
            };
        }
        return new Resolved(councilGss(), false, f.qualifierStart());
    }

    /** An area named by a table row's label: "National", "England", "West Midlands", "Shropshire". */
    Optional<String> byName(String label) {
        String l = Texts.replacingAll(label.strip(), "[*:]+$", "").strip();
        if (l.isEmpty() || l.length() > 60) return Optional.empty();
        return registry.areaByName(l).map(Area::gss);
    }
}
