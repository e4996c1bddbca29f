package org.councilgraph.refdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * England's non-metropolitan districts ({@code districts.csv}, see the README beside it), looked up by
 * code or by name within one county council's area. Immutable; loaded once.
 */
public final class DistrictRegistry {

    static final String RESOURCE = "/org/councilgraph/refdata/districts.csv";
    private static final Pattern DISTRICT_GSS = Pattern.compile("E07\\d{6}");
    private static final Pattern COUNTY_GSS = Pattern.compile("E10\\d{6}");

    private final Map<String, District> byGss;

    private DistrictRegistry(List<District> districts) {
        Map<String, District> m = new LinkedHashMap<>();
        for (District d : districts) m.put(d.gss(), d);
        this.byGss = Collections.unmodifiableMap(m);
    }

    private static final class Standard {
        static final DistrictRegistry INSTANCE = load();
    }

    public static DistrictRegistry standard() {
        return Standard.INSTANCE;
    }

    private static DistrictRegistry load() {
        InputStream in = DistrictRegistry.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
        List<District> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith("gss,name,aliases,county_gss")) throw new IllegalStateException(RESOURCE + ": bad header");
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                if (f.length != 7 || !DISTRICT_GSS.matcher(f[0]).matches() || !COUNTY_GSS.matcher(f[3]).matches())
                    throw new IllegalStateException(RESOURCE + ":" + n + ": malformed row");
                List<String> aliases = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split("\\|"));
                out.add(new District(f[0], f[1], aliases, f[3], f[4], f[5], f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DistrictRegistry(out);
    }

    public Optional<District> byGss(String gss) {
        return Optional.ofNullable(gss == null ? null : byGss.get(gss.strip().toUpperCase(Locale.ROOT)));
    }

    public List<District> all() {
        return List.copyOf(byGss.values());
    }

    /** The districts lying in the area of the county council with this code. */
    public List<District> inCounty(String countyGss) {
        return byGss.values().stream().filter(d -> d.countyGss().equals(countyGss)).toList();
    }

    /**
     * The district of this county whose name or alias is {@code name} (case as written, whitespace
     * and hyphens folded), when exactly one is.
     */
    public Optional<District> byNameIn(String countyGss, String name) {
        String k = key(name);
        List<District> hits = inCounty(countyGss).stream()
                .filter(d -> d.allNames().stream().anyMatch(a -> key(a).equals(k))).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    static String key(String s) {
        return s == null ? "" : s.strip().replaceAll("[\\s\\-–]+", " ").toLowerCase(Locale.ROOT);
    }
}
