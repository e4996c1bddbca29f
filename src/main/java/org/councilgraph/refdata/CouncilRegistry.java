package org.councilgraph.refdata;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project's reference table of English upper-tier councils with children's-services
 * responsibility ({@code councils.csv}) and of England and its regions ({@code areas.csv}),
 * with lookups by code and by name, and a finder for council names in running text.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CouncilRegistry {

    static final String COUNCILS_RESOURCE = "/org/councilgraph/refdata/councils.csv";
    static final String AREAS_RESOURCE = "/org/councilgraph/refdata/areas.csv";

    static final List<String> COUNCIL_COLUMNS = List.of("gss", "name", "short_name", "aliases", "dfe_code",
            "region_gss", "region_name", "ofsted_urn", "wikidata", "odc_uri", "start_date", "end_date", "replaced_by");
    static final List<String> AREA_COLUMNS = List.of("gss", "name", "aliases", "kind");

    private static final Pattern COUNCIL_GSS = Pattern.compile("E(06|08|09|10)\\d{6}");
    private static final Pattern AREA_GSS = Pattern.compile("E\\d{8}");
    private static final Pattern REGION_GSS = Pattern.compile("E12\\d{6}");
    private static final Pattern DFE_CODE = Pattern.compile("\\d{3}");
    private static final Pattern QID = Pattern.compile("Q\\d+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Suffixes dropped, longest first, when a name does not match as given. */
    private static final List<String> SUFFIXES = List.of(
            " metropolitan borough council", " metropolitan district council", " london borough council",
            " borough council", " city council", " county council", " district council", " unitary authority",
            " council", " mbc", " mdc", " ua", " region");
    private static final List<String> PREFIXES = List.of(
            "london borough of ", "royal borough of ", "borough of ", "city of ", "county of ", "council of ");

    private final Map<String, Council> byGss;
    private final List<Council> councils;
    private final Map<String, List<Council>> byKey;
    private final Map<String, List<Council>> byDfe;
    private final Map<String, Area> areasByGss;
    private final Map<String, Area> areasByKey;
    private final int maxKeyTokens;

    private CouncilRegistry(List<Council> councils, List<Area> areas) {
        Map<String, Council> gssMap = new LinkedHashMap<>();
        councils.stream().sorted(Comparator.comparing(Council::gss)).forEach(c -> gssMap.put(c.gss(), c));
        this.byGss = Collections.unmodifiableMap(gssMap);
        this.councils = List.copyOf(gssMap.values());

        Map<String, List<Council>> keys = new HashMap<>();
        Map<String, List<Council>> dfe = new HashMap<>();
        int max = 1;
        for (Council c : this.councils) {
            for (String n : c.allNames()) {
                String k = normalise(n);
                if (k.isEmpty()) {
                    continue;
                }
                List<Council> list = keys.computeIfAbsent(k, x -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
                max = Math.max(max, k.split(" ").length);
            }
            dfe.computeIfAbsent(c.dfeCode(), x -> new ArrayList<>()).add(c);
        }
        keys.replaceAll((k, v) -> List.copyOf(v));
        dfe.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Map.copyOf(keys);
        this.byDfe = Map.copyOf(dfe);
        this.maxKeyTokens = max;

        Map<String, Area> aGss = new LinkedHashMap<>();
        Map<String, Area> aKey = new HashMap<>();
        for (Area a : areas) {
            aGss.put(a.gss(), a);
            aKey.putIfAbsent(normalise(a.name()), a);
            for (String alias : a.aliases()) {
                aKey.putIfAbsent(normalise(alias), a);
            }
        }
        this.areasByGss = Collections.unmodifiableMap(aGss);
        this.areasByKey = Map.copyOf(aKey);
    }

    // ---------------------------------------------------------------- loading

    private static final class Standard {
        static final CouncilRegistry INSTANCE = loadStandard();
    }

    /** The registry built from the classpath tables; loaded once, on first use. */
    public static CouncilRegistry standard() {
        return Standard.INSTANCE;
    }

    private static CouncilRegistry loadStandard() {
        try (Reader c = open(COUNCILS_RESOURCE); Reader a = open(AREAS_RESOURCE)) {
            return fromCsv(c, COUNCILS_RESOURCE, a, AREAS_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String resource) {
        InputStream in = CouncilRegistry.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Builds a registry from the two tables.
     *
     * @throws IllegalStateException when a table is malformed; the message names the source and line
     */
    public static CouncilRegistry fromCsv(Reader councilsCsv, String councilsSource, Reader areasCsv, String areasSource) {
        List<Council> councils = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : readTable(councilsCsv, councilsSource, COUNCIL_COLUMNS)) {
            Council c = row.toCouncil();
            Integer first = seen.putIfAbsent(c.gss(), row.line);
            if (first != null) {
                throw row.error("duplicate gss " + c.gss() + " (first on line " + first + ")");
            }
            councils.add(c);
        }
        List<Area> areas = new ArrayList<>();
        Map<String, Integer> seenAreas = new HashMap<>();
        for (Row row : readTable(areasCsv, areasSource, AREA_COLUMNS)) {
            Area a = row.toArea();
            Integer first = seenAreas.putIfAbsent(a.gss(), row.line);
            if (first != null) {
                throw row.error("duplicate gss " + a.gss() + " (first on line " + first + ")");
            }
            areas.add(a);
        }
        for (Council c : councils) {
            for (String succ : c.replacedByCodes()) {
                if (!seen.containsKey(succ)) {
                    throw new IllegalStateException(councilsSource + " line " + seen.get(c.gss())
                            + ": replaced_by " + succ + " is not in the table");
                }
            }
        }
        return new CouncilRegistry(councils, areas);
    }

    private record Row(String source, int line, Map<String, String> values) {

        String get(String col) {
            String v = values.get(col);
            return v == null ? "" : v.strip();
        }

        String required(String col, Pattern pattern) {
            String v = get(col);
            if (v.isEmpty()) {
                throw error("empty " + col);
            }
            if (pattern != null && !pattern.matcher(v).matches()) {
                throw error("bad " + col + " '" + v + "'");
            }
            return v;
        }

        String optional(String col, Pattern pattern) {
            String v = get(col);
            if (!v.isEmpty() && pattern != null && !pattern.matcher(v).matches()) {
                throw error("bad " + col + " '" + v + "'");
            }
            return v.isEmpty() ? null : v;
        }

        LocalDate date(String col) {
            String v = get(col);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw error("bad " + col + " '" + v + "' (want YYYY-MM-DD)");
            }
        }

        List<String> list(String col) {
            String v = get(col);
            if (v.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(v.split("\\|")).map(String::strip).peek(s -> {
                if (s.isEmpty()) {
                    throw error("empty entry in " + col);
                }
            }).toList();
        }

        Council toCouncil() {
            LocalDate start = date("start_date");
            LocalDate end = date("end_date");
            if (start != null && end != null && end.isBefore(start)) {
                throw error("end_date before start_date");
            }
            String replacedBy = get("replaced_by");
            for (String s : replacedBy.isEmpty() ? new String[0] : replacedBy.split("\\|")) {
                if (!COUNCIL_GSS.matcher(s.strip()).matches()) {
                    throw error("bad replaced_by '" + replacedBy + "'");
                }
            }
            return new Council(required("gss", COUNCIL_GSS), required("name", null), required("short_name", null),
                    list("aliases"), required("dfe_code", DFE_CODE), required("region_gss", REGION_GSS),
                    required("region_name", null), optional("ofsted_urn", DIGITS), optional("wikidata", QID),
                    optional("odc_uri", null), start, end, replacedBy);
        }

        Area toArea() {
            String kind = required("kind", null);
            if (!kind.equals(Area.KIND_COUNTRY) && !kind.equals(Area.KIND_REGION)) {
                throw error("bad kind '" + kind + "'");
            }
            return new Area(required("gss", AREA_GSS), required("name", null), list("aliases"), kind);
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(source + " line " + line + ": " + message);
        }
    }

    private static List<Row> readTable(Reader reader, String source, List<String> columns) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
            if (!it.hasNextValue()) {
                throw new IllegalStateException(source + " line 1: empty table");
            }
            List<String> header = Arrays.asList(it.nextValue());
            if (!header.isEmpty()) {
                header = new ArrayList<>(header);
                header.set(0, header.get(0).replace("\uFEFF", ""));
            }
            if (!header.equals(columns)) {
                throw new IllegalStateException(source + " line 1: header " + header + ", expected " + columns);
            }
            while (true) {
                line = it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] cells = it.nextValue();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue; // blank line
                }
                if (cells.length != columns.size()) {
                    throw new IllegalStateException(source + " line " + line + ": " + cells.length
                            + " fields, expected " + columns.size());
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    values.put(columns.get(i), cells[i]);
                }
                rows.add(new Row(source, line, values));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException ise) {
                throw ise;
            }
            throw new IllegalStateException(source + " near line " + line + ": malformed CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    // ---------------------------------------------------------------- lookups

    /** Every council row, current and former, ordered by GSS code. */
    public Collection<Council> councils() {
        return councils;
    }

    /** The councils current today, ordered by GSS code. */
    public List<Council> currentCouncils() {
        return councils.stream().filter(Council::isCurrent).toList();
    }

    /** By GSS code (case-insensitive), also accepting the ONS statistical-geography URI. */
    public Optional<Council> byGss(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        if (c.startsWith(Council.ONS_PREFIX)) {
            c = c.substring(Council.ONS_PREFIX.length());
        }
        return Optional.ofNullable(byGss.get(c.toUpperCase(Locale.ROOT)));
    }

    /** By DfE three-digit LA code, preferring the current row when the code outlived a GSS change. */
    public Optional<Council> byDfeCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(pick(byDfe.get(code.strip())));
    }

    /**
     * By name, short name or alias. Case, apostrophes, hyphens, "&amp;"/"and", punctuation, a leading "the"
     * and trailing "council", "borough council", "county council" etc. do not matter. When a name fits
     * a former council and its successor, the current one wins.
     */
    public Optional<Council> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (String key : keyVariants(normalise(name))) {
            Council c = pick(byKey.get(key));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** England, a region or a council's area, by name ("National", "West Midlands", "Stockton"...). */
    public Optional<Area> areaByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalise(name);
        Area exact = areasByKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        Council exactCouncil = pick(byKey.get(key));
        if (exactCouncil != null) {
            return Optional.of(exactCouncil.asArea());
        }
        for (String k : keyVariants(key)) {
            Area a = areasByKey.get(k);
            if (a != null) {
                return Optional.of(a);
            }
        }
        return byName(name).map(Council::asArea);
    }

    /** England, a region or a council's area, by GSS code. */
    public Optional<Area> areaByGss(String gss) {
        if (gss == null) {
            return Optional.empty();
        }
        String c = gss.strip();
        if (c.startsWith(Council.ONS_PREFIX)) {
            c = c.substring(Council.ONS_PREFIX.length());
        }
        Area a = areasByGss.get(c.toUpperCase(Locale.ROOT));
        return a != null ? Optional.of(a) : byGss(c).map(Council::asArea);
    }

    /** England and the regions, from {@code areas.csv}. */
    public Collection<Area> areas() {
        return areasByGss.values();
    }

    /**
     * Council names and aliases mentioned in running text: whole words only, the longest name wins,
     * matches do not overlap, and are returned in text order. A match must begin with a capital letter
     * (so "reading the report" or "bury" as a verb do not count) and may not run across a full stop
     * except in "St. ". When a name fits a former council and its successor, the current one wins.
     */
    public List<NameMatch> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = tokenise(text);
        List<NameMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NameMatch found = null;
            if (Character.isUpperCase(text.charAt(tokens.get(i).start))) {
                int maxLen = Math.min(maxKeyTokens, tokens.size() - i);
                for (int len = maxLen; len >= 1 && found == null; len--) {
                    if (!joinable(text, tokens, i, len)) {
                        continue;
                    }
                    StringBuilder key = new StringBuilder();
                    for (int j = i; j < i + len; j++) {
                        if (j > i) {
                            key.append(' ');
                        }
                        key.append(tokens.get(j).key);
                    }
                    Council c = pick(byKey.get(key.toString()));
                    if (c != null) {
                        int start = tokens.get(i).start;
                        int end = tokens.get(i + len - 1).end;
                        found = new NameMatch(c, start, end, text.substring(start, end));
                        i += len;
                    }
                }
            }
            if (found != null) {
                out.add(found);
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** Letters and digits of ASCII only: NFKC leaves them, and no space, apostrophe or "the " is there to change. */
    private static boolean isAsciiWord(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    private record Token(String key, int start, int end) {
    }

    private static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '&') {
                tokens.add(new Token("and", i, i + 1));
                i++;
            } else if (Character.isLetterOrDigit(ch)) {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || (isApostrophe(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                    i++;
                }
                String k = normalise(text.substring(s, i));
                if (!k.isEmpty()) {
                    tokens.add(new Token(k, s, i));
                }
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** Whether tokens i..i+len-1 may form one name: no sentence break or line of other text between them. */
    private static boolean joinable(String text, List<Token> tokens, int i, int len) {
        for (int j = i + 1; j < i + len; j++) {
            // the gap between the two tokens, read in place (this runs for every capitalised word)
            int from = tokens.get(j - 1).end, to = tokens.get(j).start, newlines = 0;
            for (int k = from; k < to; k++) {
                char ch = text.charAt(k);
                if (ch == '\n') newlines++;
                if (ch == '.') {
                    if (!tokens.get(j - 1).key.equals("st")) {
                        return false;
                    }
                } else if (!(Character.isWhitespace(ch) || ch == ',' || ch == '-' || ch == '\u2010' || ch == '\u2011'
                        || ch == '\u2013' || ch == '\'' || ch == '\u2019')) {
                    return false;
                }
            }
            if (to - from > 4 && newlines > 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char ch) {
        return ch == '\'' || ch == '\u2019' || ch == '\u2018' || ch == '`';
    }

    /** Among councils sharing a name: the one current today, else the most recently ended. */
    private static Council pick(List<Council> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return candidates.stream().max(Comparator.comparing(Council::isCurrent)
                .thenComparing(c -> c.endDate() == null ? LocalDate.MAX : c.endDate())
                .thenComparing(c -> c.startDate() == null ? LocalDate.MIN : c.startDate())).orElseThrow();
    }

    private static List<String> keyVariants(String key) {
        List<String> out = new ArrayList<>();
        out.add(key);
        String noSuffix = stripSuffix(key);
        String noPrefix = stripPrefix(key);
        String both = stripPrefix(noSuffix);
        for (String k : List.of(noSuffix, noPrefix, both)) {
            if (!k.isEmpty() && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static String stripSuffix(String key) {
        for (String s : SUFFIXES) {
            if (key.endsWith(s) && key.length() > s.length()) {
                return key.substring(0, key.length() - s.length()).strip();
            }
        }
        return key;
    }

    private static String stripPrefix(String key) {
        for (String p : PREFIXES) {
            if (key.startsWith(p) && key.length() > p.length()) {
                return key.substring(p.length()).strip();
            }
        }
        return key;
    }

    /**
     * The lookup key of a name: lower case, "&amp;" read as "and", apostrophes dropped, every other
     * run of punctuation and space read as one space, a leading "the" dropped.
     */
    static String normalise(String name) {
        if (isAsciiWord(name)) return name.toLowerCase(Locale.ROOT); // what the steps below make of it, quickly
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '&') {
                b.append(" and ");
            } else if (isApostrophe(ch)) {
                // dropped: "St Helen's" = "St Helens"
            } else if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            } else {
                b.append(' ');
            }
        }
        String out = b.toString().strip().replaceAll("\\s+", " ");
        if (out.startsWith("the ")) {
            out = out.substring(4);
        }
        return out;
    }
}
