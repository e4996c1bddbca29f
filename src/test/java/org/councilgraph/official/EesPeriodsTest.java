package org.councilgraph.official;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EesPeriodsTest {
    @Test
    void a_figure_at_31_March_of_a_reporting_year_is_a_count_on_that_day() {
        assertEquals("http://reference.data.gov.uk/id/day/2025-03-31", EesImport.period("2025", "Reporting year", true).orElseThrow().iri());
    }

    @Test
    void any_other_figure_of_a_reporting_or_financial_year_covers_the_year_to_31_March() {
        assertEquals("http://reference.data.gov.uk/id/government-year/2024-2025", EesImport.period("2025", "Reporting year", false).orElseThrow().iri());
        assertEquals("http://reference.data.gov.uk/id/government-year/2024-2025", EesImport.period("202425", "Financial year", false).orElseThrow().iri());
    }

    @Test
    void calendar_and_academic_years_are_their_own_intervals_and_unknown_identifiers_are_refused() {
        assertEquals("http://reference.data.gov.uk/id/year/2024", EesImport.period("2024", "Calendar year", false).orElseThrow().iri());
        assertTrue(EesImport.period("202425", "Academic year", false).orElseThrow().iri().endsWith("gregorian-interval/2024-09-01T00:00:00/P1Y"));
        assertTrue(EesImport.period("2025", "Week 12", false).isEmpty());
        assertTrue(EesImport.period("25", "Reporting year", false).isEmpty());
    }

    @Test
    void units_come_from_the_column_names() {
        assertEquals("rate", EesImport.unit("rate_per_10000", ""));
        assertEquals("percent", EesImport.unit("more_than_3_months_percent", ""));
        assertEquals("percent", EesImport.unit("share", "%"));
        assertEquals("count", EesImport.unit("children_count", ""));
        assertEquals(null, EesImport.unit("rate_per_1000", ""));
    }
}
