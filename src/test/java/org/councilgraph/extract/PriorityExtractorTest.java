package org.councilgraph.extract;

import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.model.PartialDate;
import org.councilgraph.model.Priority;
import org.councilgraph.refdata.CouncilRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

class PriorityExtractorTest {

    private static List<Priority> run(String text) {
        SourceDocument doc = Docs.doc(text);
        ExtractionContext ctx = new ExtractionContext(doc, CouncilRegistry.standard(), null);
        new PriorityExtractor().extract(ctx);
        List<Priority> found = ctx.found(Priority.class);
        for (Priority p : found) {
            assertEquals(1, p.evidence().size());
            assertEquals(p.evidence().get(0).quote(), text.substring(p.evidence().get(0).start(), p.evidence().get(0).end()));
        }
        return found;
    }

    private static List<String> texts(List<Priority> ps) { return ps.stream().map(Priority::text).toList(); }

    @Test
    void paragraphs_of_a_priorities_section_give_their_title_or_main_clause() {
        String text = """
                Our Priorities for 2025/26

                Improving placement stability. Too many of our children in care move home more than once a year. We will review the matching process.

                Continue to strengthen the multi-agency front door, particularly the quality of referrals from partners.

                To continue to support headteachers to reduce suspensions and exclusions in primary schools.

                Care leavers' accommodation will remain a key priority for the service.

                Background Papers

                None.
                """;
        List<Priority> ps = run(text);
        assertEquals(List.of("Improving placement stability", "strengthen the multi-agency front door",
                "support headteachers to reduce suspensions and exclusions in primary schools",
                "Care leavers' accommodation"), texts(ps));
        assertEquals("sufficiency-and-placements", ps.get(0).theme());
        assertEquals("safeguarding", ps.get(1).theme());
        assertEquals("care-leavers", ps.get(3).theme());
    }

    @Test
    void a_lead_in_ending_with_a_colon_gives_each_list_item() {
        String text = """
                The service's priorities for the next quarter are:
                • Launch of the refreshed Early Help Strategy
                • Recruitment of six newly qualified social workers
                   o including two for the disabled children's team
                • Review of the home to school transport policy
                RESOLVED that the update be noted.
                """;
        List<Priority> ps = run(text);
        assertEquals(List.of("Launch of the refreshed Early Help Strategy", "Recruitment of six newly qualified social workers",
                "Review of the home to school transport policy"), texts(ps));
        assertEquals("early-help", ps.get(0).theme());
        assertEquals("workforce", ps.get(1).theme());
    }

    @Test
    void next_steps_items_carry_the_due_date_the_text_gives() {
        String text = """
                Next steps

                - Publish the revised sufficiency strategy, to be completed by 31 March 2026.
                - Open the second children's home in the north of the county.
                """;
        List<Priority> ps = run(text);
        assertEquals(2, ps.size());
        assertEquals("Publish the revised sufficiency strategy", ps.get(0).text());
        assertEquals(PartialDate.parse("2026-03-31").orElseThrow(), ps.get(0).due());
        assertNull(ps.get(1).due());
    }

    @Test
    void actions_listed_inline_after_will_focus_on_are_each_a_priority() {
        List<Priority> ps = run("Over the next year, the directorate will focus on improving school attendance, recruiting more foster carers and reducing the use of agency staff.\n");
        assertEquals(List.of("improving school attendance", "recruiting more foster carers", "reducing the use of agency staff"), texts(ps));
        assertEquals("inclusion-and-attendance", ps.get(0).theme());
    }

    @Test
    void an_action_plan_item_with_a_due_date_is_a_priority_due_then() {
        List<Priority> ps = run("Members asked about the improvement plan, which includes publishing a local offer for care leavers which has a due date of 30 June 2025.\n");
        assertEquals(1, ps.size());
        assertEquals("publishing a local offer for care leavers", ps.get(0).text());
        assertEquals(PartialDate.parse("2025-06-30").orElseThrow(), ps.get(0).due());
        assertEquals("care-leavers", ps.get(0).theme());
    }

    @Test
    void a_list_of_service_areas_after_a_long_lead_in_is_not_read_as_priorities() {
        String text = """
                The key priorities for development in 2024/25 were agreed by Members and included in the Business Plan for each of the functional areas as detailed below:
                · Education, Inclusion and Provision Services
                · Children and Families Services
                """;
        assertTrue(run(text).isEmpty());
    }

    @Test
    void prose_that_mentions_a_priority_outside_a_priorities_section_gives_nothing() {
        String text = """
                Performance

                Recruitment of foster carers remained a priority for the region. The number of children in care rose to 412.
                """;
        assertTrue(run(text).isEmpty());
    }

    @Test
    void a_heading_that_reports_progress_against_priorities_does_not_open_a_section() {
        String text = """
                Progress against the 2024/25 priorities

                The number of children in care fell by 4% over the year.

                Update on priorities:
                - Early Help Strategy launched in May
                """;
        assertTrue(run(text).isEmpty());
    }

    @Test
    void a_priority_without_a_matching_keyword_has_theme_other() {
        assertEquals("other", PriorityExtractor.theme("Refresh the customer feedback procedure"));
        assertEquals("send", PriorityExtractor.theme("Reduce waiting times for EHCP assessments"));
        assertEquals("other", PriorityExtractor.theme("send the letter to parents"));
    }

    @Test
    void each_row_of_an_action_plan_table_is_a_priority_due_on_its_date() {
        String text = "Action plan\n\n"
                + "Action\tLead\tDue date\tRAG\n"
                + "Strengthen management oversight of assessments\tHead of Service\t31 March 2025\tAmber\n"
                + "Review the sufficiency strategy for foster placements\tHead of Children in Care\tJune 2025\tGreen\n";
        List<Priority> ps = run(text);
        assertEquals(List.of("Strengthen management oversight of assessments", "Review the sufficiency strategy for foster placements"), texts(ps));
        assertEquals("2025-03-31", ps.get(0).due().toString());
        assertEquals("2025-06", ps.get(1).due().toString());
        assertEquals("sufficiency-and-placements", ps.get(1).theme());
    }

    @Test
    void a_table_without_an_action_column_gives_no_priorities() {
        String text = "Indicator\tLead\tDue date\nChildren in care\tHead of Service\t31 March 2025\n";
        assertEquals(List.of(), run(text));
    }

    @Test
    void aNumberedSectionHeadingAfterTheListIsNotAPriority() {
        List<Priority> ps = run("Our priorities for the coming year are:\na) Open two new children's homes\nb) Recruit more foster carers\n\n5. FINANCIAL IMPLICATIONS\n\nThere are none.");
        assertEquals(List.of("Open two new children's homes", "Recruit more foster carers"), ps.stream().map(Priority::text).toList());
    }

    @Test
    void aPrioritiesSectionEndsAtTheNextNumberedHeadingInCapitals() {
        List<String> t = texts(run("4. MY PRIORITIES FOR 2024/25\na) Open two further family hubs in the north of the borough\n"
                + "b) Recruit and retain more in-house foster carers\n\n5. QUESTIONS TO THE LEAD MEMBER\n\nQuestion 1 from Councillor Fenwick about school places.\n"));
        assertEquals(List.of("Open two further family hubs in the north of the borough", "Recruit and retain more in-house foster carers"), t);
    }

    @Test
    void aSectionEndWrittenInCapitalsEndsThePriorities() {
        List<String> t = texts(run("4. PRIORITIES FOR 2024 TO 2026\n(i) Reduce the use of bed and breakfast accommodation to zero\n\n"
                + "5. FINANCIAL IMPLICATIONS\nThe refreshed offer costs an estimated £180,000 a year more than the current offer.\n"));
        assertEquals(List.of("Reduce the use of bed and breakfast accommodation to zero"), t);
    }

    @Test
    void a_lead_in_ending_with_a_semicolon_and_actions_listed_under_each_theme() {
        String text = """
                Key priorities have been agreed for 2025, these are;
                  • Health and Wellbeing –
                -        make sure every child in care has a dental check each year
                -        offer a health passport to all young people leaving care
                  • Safe Housing –
                -        end the use of bed and breakfast for care leavers
                The next meeting will be in March.
                """;
        assertEquals(List.of("Health and Wellbeing", "make sure every child in care has a dental check each year",
                "offer a health passport to all young people leaving care", "Safe Housing",
                "end the use of bed and breakfast for care leavers"), texts(run(text)));
    }

    @Test
    void names_of_key_areas_on_one_line_are_each_a_priority_even_after_progress() {
        String text = """
                The report set out progress made in the three key areas of the Early Help Strategy:
                · Family Hubs · Parenting Support and Advice · Youth Work in Communities
                Members welcomed the report.
                """;
        assertEquals(List.of("Family Hubs", "Parenting Support and Advice", "Youth Work in Communities"), texts(run(text)));
    }

    @Test
    void outcome_statements_heading_a_dashboard_are_priorities() {
        String text = """
                Healthy lives

                All our children and young people are given the best start in school

                Percentage of two year olds in funded early education

                88%

                Vulnerable children and families feel safe and supported at home

                Re-referrals to children's social care within 12 months

                21.4%
                """;
        assertEquals(List.of("All our children and young people are given the best start in school",
                "Vulnerable children and families feel safe and supported at home"), texts(run(text)));
    }

    @Test
    void an_aim_named_before_its_content_is_a_priority() {
        assertEquals(List.of("increase the number of children living with foster families"),
                texts(run("Fewer children were placed in residential homes. The aim was to increase the number of children living with foster families.\n")));
    }

    @Test
    void a_single_sentence_about_children_is_not_an_outcome_statement() {
        assertEquals(List.of(), run("Report of the Director\n\nChildren are seen within timescales in most teams\n\nThe report was noted.\n"));
    }

    @Test
    void a_list_item_keeps_its_purpose_clause() {
        String text = "Our priorities for next year are:\n- Review every plan at six months so that drift is caught early\n- Expand the edge of care team, including a night service\n";
        assertEquals(List.of("Review every plan at six months so that drift is caught early", "Expand the edge of care team, including a night service"), texts(run(text)));
    }

    @Test
    void a_priority_label_names_the_priority_on_its_line() {
        String text = "Priority 1: Reduce the number of children who go missing from care\n\nPriority two – Improve school attendance for children in need\n";
        assertEquals(List.of("Reduce the number of children who go missing from care", "Improve school attendance for children in need"), texts(run(text)));
    }

    @Test
    void a_priority_named_before_its_cue() {
        assertEquals(List.of("Recruiting more local foster carers"),
                texts(run("Recruiting more local foster carers is one of our key priorities. The number of carers rose to 140.\n")));
        assertEquals(List.of(), run("This is a key priority for the service.\n"));
    }

    @Test
    void prioritiesListedWithSemicolonsAfterOurPrioritiesAre() {
        assertEquals(List.of("widening access to early help", "reducing school exclusions", "growing the number of foster carers"),
                texts(run("Our four priorities are: widening access to early help; reducing school exclusions; and growing the number of foster carers.\n")));
        assertEquals(List.of("reducing waiting times for assessments", "strengthening transitions to adult services"),
                texts(run("Our key priorities are reducing waiting times for assessments; and strengthening transitions to adult services.\n")));
    }
}
