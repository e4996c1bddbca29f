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

    @Test
    void reads_areas_for_priority_action_from_a_focused_visit_letter() {
        List<ImprovementArea> a = areas("""
                The focused visit took place on 10 and 11 October 2023.

                The letter set out the following areas for priority action:

                - Leaders' oversight of pathway plans.
                - The sufficiency of accommodation for care leavers.
                """);
        assertEquals(List.of("Leaders' oversight of pathway plans", "The sufficiency of accommodation for care leavers"),
                a.stream().map(ImprovementArea::text).toList());
        assertEquals(InspectionType.FOCUSED_VISIT, a.get(0).inspection().type());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The report said that the local authority should improve:",
            "Ofsted said we need to improve:",
            "The inspection report asks the council to improve:",
            "Inspectors asked the local authority to improve:",
    })
    void reads_what_the_local_authority_should_improve(String leadIn) {
        assertEquals(List.of("the quality of pathway planning", "the timeliness of health assessments"), texts(
                "The ILACS took place from 2 to 13 December 2024.\n\n" + leadIn + "\n\na) the quality of pathway planning;\nb) the timeliness of health assessments.\n"));
    }

    @Test
    void reads_nothing_from_a_plan_to_improve_that_names_no_inspection() {
        assertEquals(List.of(), texts("""
                The ILACS took place in May 2022.

                The service plan says we need to improve:

                • placement sufficiency
                • recruitment of foster carers
                """));
    }

    @Test
    void ends_the_list_at_a_numbered_heading_after_the_bullets() {
        assertEquals(List.of("The timeliness of assessments", "Management oversight"), texts("""
                The ILACS took place from 4 to 15 March 2024.

                What needs to improve in this local authority?

                • The timeliness of assessments.
                • Management oversight.

                4. Next steps

                4.1 The council will submit an action plan.
                """));
    }

    @Test
    void keeps_the_later_inspection_in_context_after_a_look_back_to_an_earlier_one() {
        List<ImprovementArea> a = areas("""
                The JTAI took place from 8 to 12 July 2019. Services were judged to be good at the council's most recent standard inspection in 2018.

                The letter sets out the following areas for improvement:

                • The quality of return home interviews.
                • Oversight of training.
                """);
        assertEquals(2, a.size(), a::toString);
        assertEquals(InspectionType.JTAI, a.get(0).inspection().type());
    }

    @Test
    void reads_the_areas_a_monitoring_visit_says_need_further_improvement() {
        List<ImprovementArea> a = areas("""
                This letter summarises the findings of the monitoring visit on 4 and 5 March 2024.
                Inspectors found that the following areas need further improvement:
                o the quality of child protection plans
                o the timeliness of step-up decisions
                """);
        assertEquals(List.of("the quality of child protection plans", "the timeliness of step-up decisions"), a.stream().map(ImprovementArea::text).toList());
        assertEquals(InspectionType.MONITORING_VISIT, a.get(0).inspection().type());
    }

    @Test
    void a_list_of_what_needs_further_improvement_with_no_inspection_named_is_not_read() {
        assertEquals(List.of(), texts("""
                The budget report says the following areas need further improvement:
                o the cost of home to school transport
                o the use of agency staff
                """));
    }

    @Test
    void leaves_the_joining_and_off_the_end_of_a_list_item() {
        assertEquals(List.of("the recording of supervision", "the use of family group conferences", "the sufficiency of local placements"),
                texts("""
                        The ILACS inspection was completed in October 2022.
                        Inspectors set out three areas for development:
                        (a) the recording of supervision;
                        (b) the use of family group conferences; and
                        (c) the sufficiency of local placements.
                        """));
    }

    @Test
    void reads_areas_said_to_be_identified_in_relation_to_what_follows() {
        assertEquals(List.of("the consistency of return interviews", "the oversight of children placed at home"),
                texts("Ofsted's monitoring visit in April 2023 looked at care planning. Areas for improvement were identified in relation to "
                        + "the consistency of return interviews and the oversight of children placed at home."));
    }
}
