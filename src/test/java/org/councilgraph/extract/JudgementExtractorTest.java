package org.councilgraph.extract;

import org.councilgraph.model.Grade;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.Judgement;
import org.councilgraph.model.JudgementArea;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JudgementExtractorTest {
    private static final String CONTEXT = "The report set out the findings of the ILACS which took place in May 2024.\n\n";

    private static Map<JudgementArea, Grade> judged(String text) {
        return InspectionTestSupport.run(text, Judgement.class).stream()
                .collect(Collectors.toMap(Judgement::area, Judgement::grade, (a, b) -> a, java.util.TreeMap::new));
    }

    @Test
    void shares_one_grade_among_areas_listed_with_commas_and_and() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "Areas relating to the impact of leaders on social work practice with children and families, "
                + "the experiences and progress of children in care and the experiences and progress of care leavers were judged as ‘outstanding’. "
                + "The experiences and progress of children who need help and protection were judged as ‘good’.");
        assertEquals(Map.of(JudgementArea.IMPACT_OF_LEADERS, Grade.OUTSTANDING, JudgementArea.CHILDREN_IN_CARE, Grade.OUTSTANDING,
                JudgementArea.CARE_LEAVERS, Grade.OUTSTANDING, JudgementArea.HELP_AND_PROTECTION, Grade.GOOD), j);
    }

    @Test
    void reads_the_impact_of_leaders_graded_as_an_adjective() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "Children's services in Eastshire are now good overall, with senior leaders having a ‘good’ "
                + "impact on social work practice with children and families, the inspectors said.");
        assertEquals(Grade.GOOD, j.get(JudgementArea.IMPACT_OF_LEADERS), j::toString);
        assertEquals(Grade.OUTSTANDING, judged(CONTEXT + "Leadership has had an outstanding impact on social work practice.")
                .get(JudgementArea.IMPACT_OF_LEADERS));
        assertEquals(Map.of(), judged(CONTEXT + "Leaders want every team to make an outstanding impact on social work practice."), "an aim is no judgement");
    }

    @Test
    void pairs_each_area_with_the_grade_that_follows_it() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "Inspectors judged the impact of leaders to be good, the experiences and progress of children in care to be "
                + "requires improvement to be good and care leavers’ services as good.");
        assertEquals(Grade.GOOD, j.get(JudgementArea.IMPACT_OF_LEADERS));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, j.get(JudgementArea.CHILDREN_IN_CARE));
    }

    @Test
    void reads_label_lines() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + """
                The judgements were:
                • Overall effectiveness: Good
                • Impact of leaders: Outstanding
                • Help and protection – Requires improvement to be good
                • Children in care: Good
                • Care leavers: ‘Good’
                """);
        assertEquals(5, j.size(), j::toString);
        assertEquals(Grade.OUTSTANDING, j.get(JudgementArea.IMPACT_OF_LEADERS));
        assertEquals(Grade.REQUIRES_IMPROVEMENT, j.get(JudgementArea.HELP_AND_PROTECTION));
    }

    @Test
    void reads_a_table_flattened_one_cell_per_line() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + """
                Judgement
                Grade
                The impact of leaders on social work practice with children and families
                Good
                The experiences and progress of children who need help and protection
                Requires improvement to be good
                The experiences and progress of children in care
                Good
                The experiences and progress of care leavers
                Inadequate
                Overall effectiveness
                Requires improvement to be good
                """);
        assertEquals(Map.of(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD, JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.CHILDREN_IN_CARE, Grade.GOOD, JudgementArea.CARE_LEAVERS, Grade.INADEQUATE,
                JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT), j);
    }

    @Test
    void lets_overall_effectiveness_set_the_inspections_grade() {
        String text = CONTEXT + "Overall effectiveness: Inadequate\n";
        List<Judgement> js = InspectionTestSupport.run(text, Judgement.class);
        List<Inspection> is = InspectionTestSupport.run(text, Inspection.class);
        assertEquals(1, is.size());
        assertEquals(Grade.INADEQUATE, is.get(0).overallGrade());
        assertEquals(Grade.INADEQUATE, js.get(0).inspection().overallGrade());
    }

    @Test
    void attaches_to_the_inspection_the_sentence_is_about_not_an_earlier_one() {
        String text = """
                The ILACS which took place in June 2024 was reported to the committee. The council had been judged inadequate since the 2019 inspection.
                The experiences and progress of care leavers were judged to be good.
                """;
        List<Judgement> js = InspectionTestSupport.run(text, Judgement.class);
        assertEquals(1, js.size(), js::toString);
        assertEquals("2024-06", js.get(0).inspection().start().toString());
        assertSame(InspectionTestSupport.run(text, Inspection.class).get(0).type(), js.get(0).inspection().type());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Outcomes for care leavers were good and improving.",
            "The number of children in care was 384 at the end of the quarter.",
            "Members asked whether care leavers were judged good or outstanding by their schools.",
            "Care leavers: 94% in suitable accommodation",
            "The impact of leaders was discussed at length.",
    })
    void reads_no_judgement_from_ordinary_talk_of_these_groups(String sentence) {
        assertTrue(judged(CONTEXT + sentence).isEmpty(), sentence);
    }

    @Test
    void reads_no_judgement_without_an_inspection_to_hang_it_on() {
        assertTrue(judged("The experiences and progress of care leavers were judged to be good.").isEmpty());
    }

    @Test
    void evidence_spans_the_area_and_its_grade() {
        List<Judgement> js = InspectionTestSupport.run(CONTEXT + "Impact of leaders: Good\n", Judgement.class);
        assertEquals("Impact of leaders: Good", js.get(0).evidence().get(0).quote());
        // the label holds every word written, so it stands for them
        assertNull(js.get(0).aspectText());
    }

    @Test
    void reads_a_table_written_with_pipes() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + """
                | Judgement | Grade |
                | Overall effectiveness | Good |
                | The experiences and progress of children in care | Requires improvement to be good |
                """);
        assertEquals(Map.of(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD, JudgementArea.CHILDREN_IN_CARE, Grade.REQUIRES_IMPROVEMENT), j);
    }

    @Test
    void reads_no_judgement_from_a_pipe_row_of_figures() {
        assertTrue(judged(CONTEXT + "| Care leavers | 94% |\n").isEmpty());
    }

    @Test
    void reads_a_table_row_flattened_to_one_line_with_a_single_space() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "Judgement Grade\n"
                + "The impact of leaders on social work practice with children and families Good\n"
                + "The experiences and progress of care leavers Requires improvement to be good\n");
        assertEquals(Map.of(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD, JudgementArea.CARE_LEAVERS, Grade.REQUIRES_IMPROVEMENT), j);
    }

    @Test
    void gives_a_grade_to_the_areas_listed_after_it() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "The council was judged ‘Good’ in the domains of the impact of leaders on social work "
                + "practice with children and families and the experiences and progress of care leavers and ‘Requires improvement to be good’ "
                + "in the domain of experiences and progress of children who need help and protection.");
        assertEquals(Map.of(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD, JudgementArea.CARE_LEAVERS, Grade.GOOD,
                JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT), j);
    }

    @Test
    void reads_the_single_inspection_frameworks_own_areas() {
        List<Judgement> js = InspectionTestSupport.run("The single inspection framework inspection was carried out from 3rd March to 25th March 2015.\n\n"
                + "Children who need help and protection  Good\n"
                + "Children looked after and achieving permanence  Requires improvement\n"
                + "·  Adoption performance  Good\n"
                + "Leadership, management and governance  Good\n", Judgement.class);
        Map<JudgementArea, Grade> j = js.stream().collect(Collectors.toMap(Judgement::area, Judgement::grade));
        assertEquals(Map.of(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD, JudgementArea.LOOKED_AFTER_AND_PERMANENCE, Grade.REQUIRES_IMPROVEMENT,
                JudgementArea.ADOPTION_PERFORMANCE, Grade.GOOD, JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, Grade.GOOD), j);
        assertTrue(js.stream().allMatch(x -> x.inspection().type() == org.councilgraph.model.InspectionType.SIF));
    }

    @Test
    void keeps_children_in_care_and_care_leavers_as_one_area_in_its_own_words_unless_both_are_judged() {
        List<Judgement> one = InspectionTestSupport.run(CONTEXT + "The experiences and progress of children in care and care leavers "
                + "were judged to be good.", Judgement.class);
        assertEquals(1, one.size(), one::toString);
        assertEquals("experiences and progress of children in care and care leavers", one.get(0).aspectText());
        Map<JudgementArea, Grade> both = judged(CONTEXT + "The experiences and progress of children in care and care leavers were both "
                + "judged to be good.");
        assertEquals(Map.of(JudgementArea.CHILDREN_IN_CARE, Grade.GOOD, JudgementArea.CARE_LEAVERS, Grade.GOOD), both);
    }

    @Test
    void reads_several_area_and_grade_pairs_on_one_line() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "Overall effectiveness: Good; Impact of leaders: Outstanding; Care leavers: Good.\n");
        assertEquals(Map.of(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD, JudgementArea.IMPACT_OF_LEADERS, Grade.OUTSTANDING,
                JudgementArea.CARE_LEAVERS, Grade.GOOD), j);
    }

    @Test
    void reads_a_grade_given_as_a_judgement_for_an_area() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "Inspectors gave a ‘good’ judgement for the experiences and progress of care leavers.");
        assertEquals(Map.of(JudgementArea.CARE_LEAVERS, Grade.GOOD), j);
    }

    @Test
    void reads_the_review_of_the_local_safeguarding_children_board() {
        Map<JudgementArea, Grade> j = judged("The single inspection framework inspection took place in May 2016.\n\n"
                + "The Local Safeguarding Children Board was judged to require improvement.");
        assertEquals(Map.of(JudgementArea.LSCB_REVIEW, Grade.REQUIRES_IMPROVEMENT), j);
    }

    @Test
    void reads_no_judgement_from_a_sentence_cut_off_mid_clause() {
        assertTrue(judged(CONTEXT + "The experiences and progress of care leavers were judged to be good at").isEmpty());
    }

    @Test
    void reads_an_area_and_its_grade_run_into_prose_as_a_sentence_of_their_own() {
        Map<JudgementArea, Grade> j = judged(CONTEXT + "The findings are summarised below. Adoption performance: Good. Leadership, management and governance: Inadequate.");
        assertEquals(Map.of(JudgementArea.ADOPTION_PERFORMANCE, Grade.GOOD, JudgementArea.LEADERSHIP_MANAGEMENT_GOVERNANCE, Grade.INADEQUATE), j);
    }

    @Test
    void reads_no_judgement_from_prose_naming_an_area_before_a_grade_word() {
        assertTrue(judged(CONTEXT + "The panel heard the update. Care leavers require improvement.").isEmpty());
    }
}
