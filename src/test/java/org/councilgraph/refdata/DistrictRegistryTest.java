package org.councilgraph.refdata;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The district table, and a cross-check against the shared published data when it is present. */
class DistrictRegistryTest {
    private final DistrictRegistry districts = DistrictRegistry.standard();
    private final CouncilRegistry councils = CouncilRegistry.standard();

    @Test
    void aDistrictIsFoundByNameOnlyInItsOwnCounty() {
        String cumbria = councils.byName("Cumbria").orElseThrow().gss();
        String kent = councils.byName("Kent").orElseThrow().gss();
        assertEquals("E07000027", districts.byNameIn(cumbria, "Barrow").orElseThrow().gss());
        assertEquals("E07000027", districts.byNameIn(cumbria, "Barrow-in-Furness").orElseThrow().gss());
        assertTrue(districts.byNameIn(kent, "Barrow").isEmpty());
        assertEquals("E07000107", districts.byNameIn(kent, "dartford").orElseThrow().gss());
    }

    @Test
    void everyDistrictLiesInACountyCouncilOfTheCouncilTable() {
        List<String> bad = new ArrayList<>();
        for (District d : districts.all()) {
            if (councils.byGss(d.countyGss()).isEmpty()) bad.add(d.gss() + " " + d.name() + " in " + d.countyGss());
        }
        assertTrue(bad.isEmpty(), bad.toString());
        assertTrue(districts.all().size() >= 150, "districts: " + districts.all().size());
    }

    /** digital-land's organisation.csv: each district's code is published there with the same name. */
    @Test
    void districtsAgreeWithDigitalLandOrganisations() throws IOException {
        Path refdata = Path.of(System.getProperty("councilgraph.shared", "../shared"), "refdata");
        Path file = refdata.resolve("digital-land_organisation-dataset/organisation.csv");
        assumeTrue(Files.isRegularFile(file), "no shared reference data at " + file);
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int gssCol = header.indexOf("statistical-geography");
        int nameCol = header.indexOf("name");
        Map<String, String> names = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length > gssCol && f[gssCol].startsWith("E07")) names.put(f[gssCol], f[nameCol]);
        }
        List<String> bad = new ArrayList<>();
        for (District d : districts.all()) {
            String theirs = names.get(d.gss());
            if (theirs == null) continue; // digital-land leaves out some districts abolished before its start
            String t = theirs.toLowerCase().replaceAll("[^a-z]", "");
            if (!t.contains(d.name().toLowerCase().replaceAll("[^a-z]", ""))) bad.add(d.gss() + " ours '" + d.name() + "' theirs '" + theirs + "'");
        }
        assertTrue(bad.isEmpty(), bad.size() + " mismatches:\n  " + String.join("\n  ", bad));
        long found = districts.all().stream().filter(d -> names.containsKey(d.gss())).count();
        assertTrue(found >= districts.all().size() * 0.9, "only " + found + " districts in digital-land");
    }
}
