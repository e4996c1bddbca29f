package org.councilgraph.extract;

import org.councilgraph.model.ImprovementArea;
import org.councilgraph.model.InspectionType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImprovementAreaExtractorTest {

    private static List<ImprovementArea> areas(String text) {
        return InspectionTestSupport.run(text, ImprovementArea.class);
    }

    private static List<String> texts(String text) {
        return areas(text).stream().map(ImprovementArea::text).toList();
    }

    @Test
    void reads_one_area_per_bullet_after_a_lead_in() {
        List<ImprovementArea> a = areas("""
                The ILACS in March 2023 judged services to be good. The areas for improvement identified by Ofsted were:
                • The timeliness of initial health assessments for children in care.
                • Management oversight of step-down decisions;
                • The quality of return home interviews
                The service has an action plan.
                """);
        assertEquals(List.of("The timeliness of initial health assessments for children in care", "Management oversight of step-down decisions",
                "The quality of return home interviews"), a.stream().map(ImprovementArea::text).toList());
        assertEquals(InspectionType.ILACS, a.get(0).inspection().type());
        assertEquals("2023-03", a.get(0).inspection().start().toString());
    }

    @Test
    void reads_a_nested_list_under_a_bulleted_lead_in() {
        assertEquals(List.of("Sufficiency of local placements", "Consistency of supervision"), texts("""
                • The most recent ILACS resulted in a judgement of good. What needs to improve:
                o Sufficiency of local placements
                o Consistency of supervision
                • The number of children in care has stabilised.
                """));
    }

    @Test
    void names_the_inspection_the_lead_in_names() {
        List<ImprovementArea> a = areas("""
                The ILACS in 2022 judged services good.

                - a. Early help had expanded.
                - b. The recent Joint Targeted Area Inspection had identified a number of areas of specific focus:
                 - i. Quality of safety planning
                 - ii. The use of chronologies in neglect cases.
                - c. Staff turnover had fallen.
                """);
        assertEquals(List.of("Quality of safety planning", "The use of chronologies in neglect cases"), a.stream().map(ImprovementArea::text).toList());
        assertEquals(InspectionType.JTAI, a.get(0).inspection().type());
    }

    @Test
    void reads_numbered_and_lettered_recommendations() {
        assertEquals(List.of("Improve the recording of management decisions", "Strengthen the voice of the child in plans"), texts("""
                Following the focused visit in July 2022, Ofsted made the following recommendations:

                1. Improve the recording of management decisions.
                2. Strengthen the voice of the child in plans.

                Members thanked officers.
                """));
    }

    @Test
    void splits_areas_named_in_a_sentence_by_their_count() {
        List<ImprovementArea> a = areas("""
                The ILACS took place between 29 April and 3 May 2024.
                The report identified two areas needing improvement which included the management of contacts within the front door and the consistency of making children aged 16 and 17 years old who presented as homeless aware of their rights and entitlements.
                """);
        assertEquals(List.of("the management of contacts within the front door",
                "the consistency of making children aged 16 and 17 years old who presented as homeless aware of their rights and entitlements"),
                a.stream().map(ImprovementArea::text).toList());
        assertEquals("2024-04-29", a.get(0).inspection().start().toString());
        assertEquals("the management of contacts within the front door", a.get(0).evidence().get(0).quote());
    }

    @Test
    void splits_areas_separated_by_semicolons() {
        assertEquals(List.of("the quality of plans", "the sufficiency of foster carers", "the voice of care leavers"), texts(
                "The focused visit in 2021 found that the areas for improvement were: the quality of plans; the sufficiency of foster carers; and the voice of care leavers."));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "RECOMMENDATIONS:\n\n1. That Cabinet approves the budget.\n2. That the report be noted.\n",
            "The ILACS judged services good.\n\nRecommendations:\n\n1. That Cabinet approves the budget.\n2. That the report be noted.\n",
            "The recommendations were accepted by Cabinet.",
            "The areas for improvement were discussed: members asked for more detail.",
    })
    void reads_nothing_from_recommendations_of_a_report_or_without_an_inspection(String text) {
        assertEquals(List.of(), texts(text));
    }
}
