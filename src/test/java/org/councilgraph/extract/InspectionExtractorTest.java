package org.councilgraph.extract;

import org.councilgraph.model.Grade;
import org.councilgraph.model.Inspection;
import org.councilgraph.model.InspectionStatus;
import org.councilgraph.model.InspectionType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InspectionExtractorTest {

    private static List<Inspection> inspections(String text) {
        return InspectionTestSupport.run(text, Inspection.class);
    }

    private static Inspection only(String text) {
        List<Inspection> found = inspections(text);
        assertEquals(1, found.size(), () -> "expected one inspection in: " + text + " got " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "Members noted the outcome of the Inspection of Local Authority Children's Services.|ILACS",
            "The ILACS report was presented to the panel.|ILACS",
            "The inspection of the Council's children's services was published in June.|ILACS",
            "Ofsted inspected Sefton’s children’s services last year.|ILACS",
            "The previous inspection of our children's social care was positive.|ILACS",
            "The ILAC inspection found that practice had improved.|ILACS",
            "Officers outlined the findings of the Inspecting Local Authority Children’s Services report.|ILACS",
            "The Ofsted inspection of Children's Services judged the council to be good.|ILACS",
            "The children's services inspection had now concluded.|ILACS",
            "Ofsted’s inspection of children’s services in 2023 rated the council good.|ILACS",
            "The Joint Targeted Area Inspection examined the multi-agency response to neglect.|JTAI",
            "Partners were briefed on the JTAI findings.|JTAI",
            "The focused visit looked at the front door.|FOCUSED-VISIT",
            "Ofsted carried out a focussed visit to the service.|FOCUSED-VISIT",
            "The third monitoring visit found that progress was being made.|MONITORING-VISIT",
            "The Local Area SEND inspection reported widespread inconsistencies.|AREA-SEND",
            "The area SEND inspection took place over three weeks.|AREA-SEND",
            "An LGA Peer Review of the front door was commissioned.|PEER-REVIEW",
            "The peer challenge team met with frontline staff.|PEER-REVIEW",
            "Under the single inspection framework the council was judged adequate.|SIF",
            "The SIF report highlighted delays in permanence.|SIF",
            "The inspection of safeguarding and looked after children services was published.|OTHER",
    })
    void recognises_each_kind_of_inspection_by_the_names_councils_use(String sentence, String notation) {
        assertEquals(notation, only(sentence).type().notation());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The percentage of schools judged good or outstanding by Ofsted rose to 91%.",
            "School inspection reports continue to show strong leadership.",
            "The council was 1 of 30 local authorities to receive this judgement.",
            "All children's homes were inspected by Ofsted during the year.",
            "Being inspection ready remains a priority for the service.",
            "The sixth form college was inspected by Ofsted in May 2023.",
            "Members discussed sending letters to parents and the ilacs of the garden.",
            "The inspection of the bridge was delayed by the weather.",
    })
    void finds_no_inspection_where_none_of_childrens_services_is_mentioned(String sentence) {
        assertEquals(List.of(), inspections(sentence));
    }

    @Test
    void reads_a_start_and_end_from_between_one_day_and_another() {
        Inspection i = only("The ILACS inspection took place between 29 April and 3 May 2024.");
        assertEquals("2024-04-29", i.start().toString());
        assertEquals("2024-05-03", i.end().toString());
        assertEquals(InspectionStatus.COMPLETED, i.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The JTAI was carried out on 4-8 March 2024.|2024-03-04|2024-03-08",
            "The Inspection of Local Authority Children's Services (4-22 November 2019) found services to be good.|2019-11-04|2019-11-22",
            "A focused visit was held from 12 to 13 July 2022.|2022-07-12|2022-07-13",
            "The monitoring visit held on 5th October 2021 reviewed care leavers' services.|2021-10-05|",
            "The ILACS inspection which took place between 28 November and 2 December 2022 judged services good.|2022-11-28|2022-12-02",
    })
    void reads_days_and_ranges_written_after_the_name(String sentence, String start, String end) {
        Inspection i = only(sentence);
        assertEquals(start, i.start().toString());
        assertEquals(end, i.end() == null ? null : i.end().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A bespoke Peer Review took place in December 2016.|2016-12",
            "The council last received an ILACS inspection in January 2020.|2020-01",
            "Members were reminded of the Sept 2022 focused visit to the service.|2022-09",
            "The findings of the 2019 Joint Targeted Area Inspection were discussed.|2019",
            "Children's social care was last inspected by Ofsted in November 2012.|2012-11",
            "The JTAI in 2023 examined the response to serious youth violence.|2023",
    })
    void reads_months_and_years_as_precisely_as_written(String sentence, String start) {
        assertEquals(start, only(sentence).start().toString());
    }

    @Test
    void takes_a_date_in_the_title_as_the_publication_not_the_visit() {
        List<Inspection> found = inspections("""
                Outcome of the July 2024 Ofsted inspection of Children's Services
                The report set out the findings of the ILACS which took place between 3 and 7 June 2024. Services were judged good overall.
                """);
        assertEquals(1, found.size(), found::toString);
        Inspection i = found.get(0);
        assertEquals("2024-07", i.published().toString());
        assertEquals("2024-06-03", i.start().toString());
        assertEquals(Grade.GOOD, i.overallGrade());
        assertTrue(i.evidence().size() >= 3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A joint Ofsted/CQC Local Area Inspection of Special Educational Needs is expected by 2021.|AREA-SEND",
            "Work was underway for the forthcoming SEND and AP Inspection which would take place in the next three years.|AREA-SEND",
            "Preparation for the next ILACS is well advanced.|ILACS",
            "The JTAI is expected at any time and partners are ready.|JTAI",
            "Officers are preparing for the upcoming monitoring visit.|MONITORING-VISIT",
    })
    void marks_inspections_still_to_come_as_planned_without_a_start_date(String sentence, String notation) {
        Inspection i = only(sentence);
        assertEquals(notation, i.type().notation());
        assertEquals(InspectionStatus.PLANNED, i.status());
        assertNull(i.start());
        assertNull(i.overallGrade());
    }

    @Test
    void keeps_a_planned_date_when_one_is_given() {
        Inspection i = only("The next ILACS is expected in March 2025.");
        assertEquals(InspectionStatus.PLANNED, i.status());
        assertEquals("2025-03", i.start().toString());
    }

    @Test
    void does_not_count_an_indefinite_inspection_as_one() {
        assertEquals(List.of(), inspections("An inspection is expected at any time and preparation continues."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The most recent Inspection of Local Authority Children’s Services had resulted in an overall judgement of “Required Improvement”.|REQUIRES-IMPROVEMENT",
            "The ILACS judged the council's children's services as requires improvement to be good.|REQUIRES-IMPROVEMENT",
            "Following the ILACS in 2023 the council was rated RI overall.|REQUIRES-IMPROVEMENT",
            "The ILACS in 2018 found services to be inadequate.|INADEQUATE",
            "Children's services were judged ‘outstanding’ at the ILACS in March 2023.|OUTSTANDING",
            "Under the single inspection framework services were judged adequate.|ADEQUATE",
            "The council received a ‘good’ judgement at its ILACS.|GOOD",
            "The Ofsted inspection of Children's Services resulted in a grade of Good.|GOOD",
    })
    void reads_the_overall_grade_in_its_many_wordings(String sentence, String grade) {
        assertEquals(grade, only(sentence).overallGrade().notation());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The ILACS noted that 93% of schools are judged good or outstanding.",
            "The JTAI found that partners had made good progress since the last visit.",
            "The ILACS report recognised outstanding social work practice in the hub.",
            "Since the ILACS the service has recruited good managers.",
    })
    void reads_no_grade_from_good_used_as_an_ordinary_word(String sentence) {
        assertNull(only(sentence).overallGrade());
    }

    @Test
    void gives_a_grade_said_in_a_later_sentence_to_the_inspection_in_context() {
        Inspection i = only("""
                The report outlined the findings of the ILACS which took place in May 2024.
                Members felt the work of the service was reflected in the Ofsted report and final grading received of outstanding.
                """);
        assertEquals(Grade.OUTSTANDING, i.overallGrade());
        assertEquals("2024-05", i.start().toString());
    }

    @Test
    void tells_an_earlier_inspection_and_its_own_grade_apart() {
        List<Inspection> found = inspections("""
                The report outlined the findings of the Ofsted inspection of Local Authority Children’s Services (ILACS) which took place between 29 April and 3 May 2024.
                Prior to the most recent inspection, the council last received an ILACS inspection in January 2020 whereby it was the only authority in the region to receive an ‘outstanding’ judgement as a result of the inspection. The most recent inspection in 2024 concluded that the council had maintained its ‘outstanding’ judgement and was 1 of 30 local authorities to do so. It had maintained its ‘outstanding’ judgement since its last inspection in 2020.
                """);
        assertEquals(2, found.size(), found::toString);
        assertEquals("2024-04-29", found.get(0).start().toString());
        assertEquals(Grade.OUTSTANDING, found.get(0).overallGrade());
        assertEquals("2020-01", found.get(1).start().toString());
        assertEquals(Grade.OUTSTANDING, found.get(1).overallGrade());
    }

    @Test
    void merges_later_references_to_the_same_inspection() {
        List<Inspection> found = inspections("""
                A Peer Review took place in December 2016. The focus of the Peer Review was the front door.
                All recommendations arising from the Peer Review have been addressed.
                """);
        assertEquals(1, found.size(), found::toString);
        assertEquals(3, found.get(0).evidence().size());
    }

    @Test
    void reads_an_earlier_inspection_named_only_by_its_year_as_the_same_kind() {
        List<Inspection> found = inspections("""
                The most recent ILACS had resulted in an overall judgement of requires improvement.
                The inspection recognised the progress made since the 2019 inspection and the September 2022 focused visit.
                """);
        assertEquals(3, found.size(), found::toString);
        assertEquals(InspectionType.ILACS, found.get(0).type());
        assertNull(found.get(0).start());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, found.get(0).overallGrade());
        assertEquals(InspectionType.ILACS, found.get(1).type());
        assertEquals("2019", found.get(1).start().toString());
        assertNull(found.get(1).overallGrade());
        assertEquals(InspectionType.FOCUSED_VISIT, found.get(2).type());
        assertEquals("2022-09", found.get(2).start().toString());
    }

    @Test
    void gives_an_undated_inspection_the_date_said_of_it_later() {
        Inspection i = only("The ILACS judged services to be good. The inspection took place in March 2023.");
        assertEquals("2023-03", i.start().toString());
        assertEquals(Grade.GOOD, i.overallGrade());
    }

    @Test
    void keeps_two_inspections_of_the_same_kind_with_different_dates_apart() {
        List<Inspection> found = inspections("The JTAI in March 2019 looked at neglect. A second JTAI in June 2023 looked at exploitation.");
        assertEquals(2, found.size(), found::toString);
    }

    @Test
    void every_inspection_carries_verbatim_evidence_of_its_mention() {
        Inspection i = only("Shropshire Council’s Children’s Social Care was last inspected by Ofsted in November 2012.");
        assertEquals(InspectionType.OTHER, i.type());
        assertEquals("inspected by Ofsted in November 2012", i.evidence().get(0).quote());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ofsted carried out a standard inspection of Derby's children's services from 4 to 15 March 2024.|2024-03-04|2024-03-15",
            "Members noted the focussed visit to Torbay's children's services on 10 and 11 October 2023.|2023-10-10|2023-10-11",
            "Ofsted carried out a monitoring visit to Walsall children's services on 6 and 7 February 2024.|2024-02-06|2024-02-07",
            "The joint targeted area inspection of the multi-agency response to children who need help, carried out in Sunderland between 11 and 15 September 2023, is reported.|2023-09-11|2023-09-15",
            "The area SEND inspection carried out jointly by Ofsted and the Care Quality Commission, which took place from 8 to 12 January 2024, is reported.|2024-01-08|2024-01-12",
            "The re-inspection of Hackney's children's social care services, which Ofsted carried out from 2 to 13 December 2024, was reported.|2024-12-02|2024-12-13",
    })
    void reads_dates_after_what_or_where_was_inspected(String sentence, String start, String end) {
        Inspection i = only(sentence);
        assertEquals(start, i.start().toString());
        assertEquals(end, i.end().toString());
    }

    @Test
    void reads_no_date_from_a_month_named_as_if_it_were_a_place() {
        Inspection i = only("The focused visit in November found strong practice.");
        assertNull(i.start());
    }

    @Test
    void dates_the_visit_in_context_from_the_visit() {
        Inspection i = only("The report covered the sixth monitoring visit. The visit was carried out on 14 and 15 June 2022.");
        assertEquals("2022-06-14", i.start().toString());
    }

    @Test
    void reads_no_visit_without_a_focused_or_monitoring_visit_in_context() {
        assertEquals(List.of(), inspections("The visit was carried out on 14 June 2022 by the Mayor."));
    }

    @Test
    void reads_a_grade_said_with_overall_in_a_sentence_that_also_names_areas() {
        List<Inspection> found = inspections("Kent's children's services were last inspected under ILACS in May 2022, when they were rated 'Good' overall, "
                + "with the impact of leaders judged to be outstanding.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Grade.GOOD, found.get(0).overallGrade());
    }

    @Test
    void reads_areas_in_the_single_inspection_frameworks_name_as_its_name_not_as_judgements() {
        Inspection i = only("In the inspection of services for children in need of help and protection, children looked after and care leavers, "
                + "which took place between 5 and 29 June 2017, Ofsted judged the council's children's services to be good overall.");
        assertEquals(InspectionType.SIF, i.type());
        assertEquals(Grade.GOOD, i.overallGrade());
    }

    @Test
    void gives_a_grade_to_the_earlier_inspection_it_was_given_at() {
        List<Inspection> found = inspections("Ofsted inspected Norfolk's children's services between 10 and 21 July 2023. Inspectors judged our services "
                + "for children and families to be 'good' overall, up from 'requires improvement to be good' at the previous inspection in 2019.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(Grade.GOOD, found.get(0).overallGrade());
        assertEquals("2019", found.get(1).start().toString());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, found.get(1).overallGrade());
    }

    @Test
    void gives_a_grade_to_the_earlier_inspection_the_judgement_was_given_after() {
        List<Inspection> found = inspections("Ofsted inspected the council's children's services from 9 to 20 September 2024. Overall effectiveness was "
                + "judged “good”, an improvement on the “requires improvement” judgement given after the previous inspection in March 2019.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(Grade.GOOD, found.get(0).overallGrade());
        assertEquals("2019-03", found.get(1).start().toString());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, found.get(1).overallGrade());
    }

    @Test
    void a_judgement_given_after_something_other_than_an_inspection_grades_no_earlier_inspection() {
        List<Inspection> found = inspections("Ofsted inspected the council's children's services in March 2019 and judged them good. "
                + "The council's improvement board met after the judgement was given in April.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Grade.GOOD, found.get(0).overallGrade());
    }

    @Test
    void gives_no_grade_of_another_year_to_the_inspection_in_hand() {
        Inspection i = only("The re-inspection of Hackney's children's social care services, which Ofsted carried out from 2 to 13 December 2024 "
                + "following the inadequate judgement of 2022, was reported. The service is now judged to be good.");
        assertEquals(Grade.GOOD, i.overallGrade());
    }

    @Test
    void reads_the_last_full_inspection_as_an_earlier_graded_one() {
        List<Inspection> found = inspections("Ofsted made a focused visit to the service on 10 October 2023. "
                + "Members were reminded that the council had been judged RI at its last full inspection in 2022.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(InspectionType.FOCUSED_VISIT, found.get(0).type());
        assertNull(found.get(0).overallGrade());
        assertEquals("2022", found.get(1).start().toString());
        assertEquals(Grade.REQUIRES_IMPROVEMENT, found.get(1).overallGrade());
    }

    @Test
    void does_not_take_a_standard_inspection_for_the_joint_inspection_named_before() {
        List<Inspection> found = inspections("The JTAI took place from 8 to 12 July 2019. Services were judged to be good at the council's most "
                + "recent standard inspection in 2018.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(InspectionType.OTHER, found.get(1).type());
        assertEquals(Grade.GOOD, found.get(1).overallGrade());
        assertNull(found.get(0).overallGrade());
    }

    @Test
    void dates_a_joint_inspection_of_a_response_when_the_date_verb_follows_without_a_comma() {
        Inspection i = only("A joint targeted area inspection (JTAI) of the multi-agency response to children at risk of criminal "
                + "exploitation took place in February 2024.");
        assertEquals(InspectionType.JTAI, i.type());
        assertEquals("2024-02", i.start().toString());
    }

    @Test
    void reads_the_week_commencing_written_short_as_the_start_of_the_inspection() {
        Inspection i = only("The area SEND inspection took place in w/c 13 May 2024.");
        assertEquals("2024-05-13", i.start().toString());
    }

    @Test
    void inspectors_on_site_date_the_inspection_in_context() {
        Inspection i = only("Members received the outcome of the local area SEND inspection. "
                + "Inspectors were on site during w/c 13 May 2024 and the report was published on 1 July 2024.");
        assertEquals(InspectionType.AREA_SEND, i.type());
        assertEquals("2024-05-13", i.start().toString());
    }

    @Test
    void inspectors_time_with_the_council_dates_the_one_inspection_the_sentence_names() {
        Inspection i = only("Inspectors spent two weeks with social workers, managers and partners between 15 and 26 April 2024 under the "
                + "inspection of local authority children’s services (ILACS) framework. The report judges the council’s services to be ‘Good’ overall.");
        assertEquals(InspectionType.ILACS, i.type());
        assertEquals("2024-04-15", i.start().toString());
        assertEquals("2024-04-26", i.end().toString());
        assertEquals(Grade.GOOD, i.overallGrade());
    }

    @Test
    void inspectors_on_site_create_no_inspection_when_none_is_in_context() {
        assertTrue(inspections("Inspectors were on site during w/c 13 May 2024 to look at the school’s behaviour policy.").isEmpty());
    }

    @Test
    void inspectors_on_site_do_not_redate_an_inspection_the_sentence_already_dates() {
        Inspection i = only("The focused visit took place on 3 June 2024; inspectors were in the front door team from 10 June 2024.");
        assertEquals("2024-06-03", i.start().toString());
    }

    @Test
    void reads_a_date_right_after_the_verb_with_a_spaced_hyphen() {
        Inspection i = only("The joint targeted area inspection took place 4 - 8 March 2019 and looked at neglect.");
        assertEquals(InspectionType.JTAI, i.type());
        assertEquals("2019-03-04", i.start().toString());
        assertEquals("2019-03-08", i.end().toString());
    }

    @Test
    void reads_a_date_that_opens_the_sentence_before_its_subject_and_verb() {
        Inspection i = only("Between 12 and 16 May 2025, Ofsted carried out an inspection of Wiltshire's children's services.");
        assertEquals(InspectionType.ILACS, i.type());
        assertEquals("2025-05-12", i.start().toString());
        assertEquals("2025-05-16", i.end().toString());
    }

    @Test
    void reads_the_standard_wording_of_an_area_send_letter_after_a_reporting_clause() {
        Inspection i = only("The report explained that between 4 March and 8 March 2022, Ofsted and the Care Quality Commission (CQC) "
                + "conducted a joint inspection of the local area of Rutland to judge the effectiveness of the area.");
        assertEquals(InspectionType.AREA_SEND, i.type());
        assertEquals("2022-03-04", i.start().toString());
        assertEquals("2022-03-08", i.end().toString());
    }

    @Test
    void reads_a_span_of_months_for_a_planned_visit() {
        Inspection i = only("Ofsted will next conduct a monitoring visit in February-March 2020.");
        assertEquals(InspectionStatus.PLANNED, i.status());
        assertEquals("2020-02", i.start().toString());
        assertEquals("2020-03", i.end().toString());
    }

    @Test
    void takes_the_kind_from_a_framework_named_after_the_mention() {
        List<Inspection> found = inspections("Progress has been steady since the last inspection in June 2016 under the single inspection framework.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(InspectionType.SIF, found.get(0).type());
        assertEquals("2016-06", found.get(0).start().toString());
    }

    @Test
    void takes_a_date_read_after_the_framework_for_the_mention_it_frames() {
        Inspection i = only("The latest inspection of Rutland's children's services under the ILACS framework was carried out in October 2023.");
        assertEquals(InspectionType.ILACS, i.type());
        assertEquals("2023-10", i.start().toString());
    }

    @Test
    void reads_a_place_without_a_possessive_before_local_authority_childrens_services() {
        Inspection i = only("Officers presented the inspection of Kirklees local authority children's services carried out between 10th January to 21st January 2022.");
        assertEquals(InspectionType.ILACS, i.type());
        assertEquals("2022-01-10", i.start().toString());
        assertEquals("2022-01-21", i.end().toString());
    }

    @Test
    void reads_the_outcome_of_the_inspection_as_its_overall_grade_beside_an_area() {
        List<Inspection> found = inspections("The recent inspection of the council's children's services was discussed. Members heard that the outcome of "
                + "the inspection judgement as ‘Good’ is pleasing, although the grading for children who need help and protection was lower.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Grade.GOOD, found.get(0).overallGrade());
    }

    @Test
    void reads_an_earlier_inspection_known_only_from_the_councils_history_of_grades() {
        List<Inspection> found = inspections("The letter set out the findings of the monitoring visit to Rutland's children's services on 5 and 6 March 2024. "
                + "This was the second monitoring visit since the local authority was judged inadequate in June 2022.");
        assertEquals(2, found.size(), found::toString);
        Inspection earlier = found.stream().filter(i -> i.overallGrade() != null).findFirst().orElseThrow();
        assertEquals(Grade.INADEQUATE, earlier.overallGrade());
        assertEquals(InspectionType.ILACS, earlier.type());
        assertEquals("2022-06", earlier.start().toString());
    }

    @Test
    void reads_grades_told_in_passing_by_ofsted_with_no_inspection_named() {
        List<Inspection> found = inspections("Children's services in the borough have improved to ‘good’ overall, according to Ofsted. "
                + "Three years ago, when Ofsted judged them inadequate to the dismay of members, services were struggling.");
        assertEquals(java.util.Set.of(Grade.GOOD, Grade.INADEQUATE),
                found.stream().map(Inspection::overallGrade).collect(java.util.stream.Collectors.toSet()), found::toString);
    }

    @Test
    void reads_no_inspection_from_the_grade_of_one_service() {
        assertTrue(inspections("Members noted that the council had been graded outstanding for its fostering service.").isEmpty());
    }

    @Test
    void reads_a_date_after_a_passive_verb() {
        Inspection i = only("The SEND area inspection was completed between 20th and 24th February 2023.");
        assertEquals(InspectionType.AREA_SEND, i.type());
        assertEquals("2023-02-20", i.start().toString());
        assertEquals("2023-02-24", i.end().toString());
    }

    @Test
    void reads_a_grade_ofsted_gave_the_councils_services_in_a_year() {
        Inspection i = only("Ofsted rated the council's children's services ‘requires improvement to be good’ in 2019.");
        assertEquals(Grade.REQUIRES_IMPROVEMENT, i.overallGrade());
        assertEquals("2019", i.start().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Since the Ofsted judgement of ‘Requires improvement to be good’ in 2021, practice has been strengthened.|REQUIRES-IMPROVEMENT|2021",
            "The borough's children's services were rated ‘Good’ by Ofsted in 2022.|GOOD|2022",
            "The authority was judged 'Inadequate' at its last inspection in 2020.|INADEQUATE|2020",
    })
    void reads_a_grade_told_in_passing_with_its_year(String sentence, String grade, String year) {
        Inspection i = only(sentence);
        assertEquals(grade, i.overallGrade().notation());
        assertEquals(year, i.start().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The youth justice service was inspected by HMIP last year and it was judged good.",
            "Members heard that the fostering services were judged outstanding.",
    })
    void reads_no_earlier_inspection_from_a_grade_of_something_else(String sentence) {
        assertTrue(inspections(sentence).isEmpty(), () -> inspections(sentence).toString());
    }

    @Test
    void takes_no_grade_from_a_sentence_cut_off_mid_clause() {
        List<Inspection> found = inspections("The ILACS inspection took place in May 2021.\n\nOfsted rated the borough's children's services as Good in");
        assertTrue(found.stream().allMatch(i -> i.overallGrade() == null), found::toString);
    }

    @Test
    void reads_a_grade_the_services_were_found_to_be_after_the_inspection() {
        Inspection i = only("In February 2023 Ofsted carried out an ILACS inspection. The county's children's services were found to be good.");
        assertEquals(Grade.GOOD, i.overallGrade());
        assertEquals("2023-02", i.start().toString());
    }

    @Test
    void reads_a_joint_inspection_by_ofsted_and_the_cqc_under_the_area_send_framework() {
        Inspection i = only("Our SEND services were inspected by Ofsted and the CQC in June 2024 under the local area SEND framework.");
        assertEquals(InspectionType.AREA_SEND, i.type());
        assertEquals("2024-06", i.start().toString());
    }

    @Test
    void reads_the_grade_given_as_the_outcome_of_the_inspection() {
        Inspection i = only("The outcome of the borough's ILACS inspection in October 2022 was ‘Outstanding’.");
        assertEquals(Grade.OUTSTANDING, i.overallGrade());
    }

    @Test
    void takes_no_grade_from_an_outcome_of_something_other_than_the_inspection() {
        Inspection i = only("The ILACS took place in April 2022. The outcome of the audit of supervision records was good.");
        assertNull(i.overallGrade());
    }

    @Test
    void reads_services_inspected_named_by_their_place_and_a_visit_that_followed() {
        List<Inspection> found = inspections("Ofsted inspected Northshire children's services in 2018 (judged Good). A focused visit followed in 2020.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(InspectionType.ILACS, found.get(0).type());
        assertEquals(Grade.GOOD, found.get(0).overallGrade());
        assertEquals("2020", found.get(1).start().toString());
    }
}
