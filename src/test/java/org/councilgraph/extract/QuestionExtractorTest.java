package org.councilgraph.extract;

import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.model.Question;
import org.councilgraph.refdata.CouncilRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

class QuestionExtractorTest {

    private static List<Question> run(String text) {
        SourceDocument doc = Docs.doc(text);
        ExtractionContext ctx = new ExtractionContext(doc, CouncilRegistry.standard(), null);
        new DecisionExtractor().extract(ctx);
        new QuestionExtractor().extract(ctx);
        List<Question> found = ctx.found(Question.class);
        for (Question q : found) q.evidence().forEach(e -> assertEquals(e.quote(), text.substring(e.start(), e.end())));
        return found;
    }

    @Test
    void each_question_after_the_lead_in_is_paired_with_the_answer_that_follows() {
        String text = """
                Questions from Members:
                I have been contacted by several parents in my ward about delays. How long are families now waiting for an EHC needs assessment? Is there a plan to bring this down?
                The Director of Children's Services advised that the average wait was 24 weeks and that two additional educational psychologists had been appointed.
                Would the summer holiday activities programme run again this year?
                Jane Whitfield explained that funding had been confirmed by the Department for Education until March 2026.
                RESOLVED that the report be noted.
                """;
        List<Question> qs = run(text);
        assertEquals(2, qs.size());
        assertEquals("How long are families now waiting for an EHC needs assessment?", qs.get(0).text());
        assertEquals("Director of Children's Services", qs.get(0).answeredBy());
        assertTrue(qs.get(0).answer().startsWith("The Director of Children's Services advised that the average wait"));
        assertEquals("Jane Whitfield", qs.get(1).answeredBy());
        assertEquals(2, qs.get(1).evidence().size());
    }

    @Test
    void a_post_written_with_a_colon_is_who_answered() {
        String text = """
                Following the update, Members asked the following questions:
                Were any of the young people placed outside the county?
                The Assistant Director: Early Help & Prevention confirmed that three young people were placed in neighbouring authorities.
                """;
        List<Question> qs = run(text);
        assertEquals(1, qs.size());
        assertEquals("Assistant Director: Early Help & Prevention", qs.get(0).answeredBy());
    }

    @Test
    void question_and_answer_marks_are_read_without_a_lead_in() {
        String text = """
                Q: What is the current number of unaccompanied asylum seeking children in care?
                A: The Head of Safeguarding reported that there were 37.
                """;
        List<Question> qs = run(text);
        assertEquals(1, qs.size());
        assertEquals("What is the current number of unaccompanied asylum seeking children in care?", qs.get(0).text());
        assertEquals("The Head of Safeguarding reported that there were 37", qs.get(0).answer());
        assertEquals("Head of Safeguarding", qs.get(0).answeredBy());
    }

    @Test
    void in_response_to_a_question_from_a_councillor_gives_the_topic_and_the_reply() {
        List<Question> qs = run("In response to a question from Cllr Patel about the rise in elective home education, the Head of Inclusion said that the service now contacted every family within ten days.\n");
        assertEquals(1, qs.size());
        assertEquals("the rise in elective home education", qs.get(0).text());
        assertEquals("Head of Inclusion", qs.get(0).answeredBy());
    }

    @Test
    void a_question_mark_in_a_report_without_a_lead_in_is_not_a_members_question() {
        String text = """
                What does good look like for our children?
                This report sets out the ambition agreed by the partnership in 2023.
                """;
        assertTrue(run(text).isEmpty());
    }

    @Test
    void a_resolution_after_the_last_question_is_not_its_answer() {
        String text = """
                Members posed the following questions:-
                Could the figures be broken down by locality?
                RESOLVED that the report be noted.
                """;
        List<Question> qs = run(text);
        assertEquals(1, qs.size());
        assertNull(qs.get(0).answer());
        assertNull(qs.get(0).answeredBy());
    }

    @Test
    void a_full_council_question_heading_is_followed_by_the_question_and_a_response_heading() {
        String text = """
                7.1 Question from Councillor Helen Ashworth to the Portfolio Holder for Children, Young People and Education

                “How many families are still waiting more than 20 weeks for a plan?”

                Response from the Portfolio Holder for Children, Young People and Education:

                Thank you for your question. At the end of June, 37 families had waited longer than 20 weeks.

                Supplementary question:

                Will the Portfolio Holder publish the waiting times every quarter?

                Response:

                I am happy to share the figures with ward councillors each quarter.
                """;
        List<Question> qs = run(text);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Portfolio Holder for Children, Young People and Education", qs.get(0).answeredBy());
        assertTrue(qs.get(0).answer().startsWith("Thank you for your question"));
        assertEquals("Will the Portfolio Holder publish the waiting times every quarter?", qs.get(1).text());
        assertEquals("Portfolio Holder for Children, Young People and Education", qs.get(1).answeredBy());
        assertTrue(qs.get(1).answer().startsWith("I am happy"));
    }

    @Test
    void a_question_heading_with_no_question_after_it_gives_nothing() {
        String text = """
                Question from Councillor Daniel Okafor to the Leader of the Council

                The question was withdrawn before the meeting.
                """;
        assertEquals(List.of(), run(text));
    }

    @Test
    void members_questions_answered_in_one_sentence_are_read() {
        List<Question> qs = run("In response to members' questions about the use of unregistered homes, officers advised that four children were placed in unregistered provision.\n");
        assertEquals(1, qs.size());
        assertEquals("the use of unregistered homes", qs.get(0).text());
        assertTrue(qs.get(0).answer().startsWith("officers advised that four children"));
    }

    @Test
    void a_member_who_queried_and_officers_who_reported_give_a_question_and_answer() {
        List<Question> qs = run("A Member queried how many families had used the new family hubs. Officers reported that 5,420 families had attended since September.\n");
        assertEquals(1, qs.size());
        assertEquals("How many families had used the new family hubs", qs.get(0).text());
        assertNull(qs.get(0).answeredBy());
    }

    @Test
    void a_post_written_in_full_as_the_subject_answers() {
        List<Question> qs = run("Councillor Joan Whitley asked whether school nurses were part of the front door. The Designated Nurse for Safeguarding Children confirmed that a lead attended twice a week.\n");
        assertEquals(1, qs.size());
        assertEquals("Designated Nurse for Safeguarding Children", qs.get(0).answeredBy());
    }

    @Test
    void a_member_who_asked_with_no_answer_after_gives_the_question_alone() {
        List<Question> qs = run("A Member asked whether the report would be published. The Committee then moved to the next item.\n");
        assertEquals(1, qs.size());
        assertEquals("Whether the report would be published", qs.get(0).text());
        assertNull(qs.get(0).answer());
    }

    @Test
    void members_who_queried_are_answered_by_officers_two_sentences_later() {
        List<Question> qs = run("Members queried whether the service had enough staff to meet the rise in referrals. Referrals had risen by a fifth over the year. Officers confirmed that four social workers had been recruited.\n");
        assertEquals(1, qs.size());
        assertEquals("Whether the service had enough staff to meet the rise in referrals", qs.get(0).text());
        assertTrue(qs.get(0).answer().startsWith("Officers confirmed"));
    }

    @Test
    void a_member_who_raised_a_question_regarding_a_topic_gives_the_topic() {
        List<Question> qs = run("A member raised a question regarding the waiting list for speech therapy, noting that it had doubled. In response, it was clarified that two therapists had started in May.\n");
        assertEquals(1, qs.size());
        assertEquals("Regarding the waiting list for speech therapy, noting that it had doubled", qs.get(0).text());
        assertNull(qs.get(0).answeredBy());
        assertTrue(qs.get(0).answer().startsWith("In response"));
    }

    @Test
    void an_opening_phrase_and_a_member_of_the_committee_who_enquired_about() {
        List<Question> qs = run("Following this, a member of the committee enquired about support for young carers.\n");
        assertEquals(1, qs.size());
        assertEquals("About support for young carers", qs.get(0).text());
    }

    @Test
    void the_chair_who_asked_why_is_answered_by_a_named_officer() {
        List<Question> qs = run("The Chair asked why fewer families had been referred to early help this year. Priya Nair said the referral form had been simplified.\n");
        assertEquals(1, qs.size());
        assertEquals("Why fewer families had been referred to early help this year", qs.get(0).text());
        assertEquals("Priya Nair", qs.get(0).answeredBy());
    }

    @Test
    void a_named_person_who_asked_if_and_a_councillor_who_then_asked_about() {
        List<Question> qs = run("Tom Ellis asked if the new hub would open on Saturdays. Councillor Rowe then asked about the cost of school transport. The Cabinet Member for Education replied that costs had risen.\n");
        assertEquals(2, qs.size());
        assertEquals("If the new hub would open on Saturdays", qs.get(0).text());
        assertEquals("About the cost of school transport", qs.get(1).text());
        assertEquals("Cabinet Member for Education", qs.get(1).answeredBy());
    }

    @Test
    void a_query_raised_without_an_asker_and_answered_in_the_same_sentence() {
        List<Question> qs = run("At paragraph 4 a query was raised about the size of the panel and the Director of Law and Governance said the wording would be reviewed.\n");
        assertEquals(1, qs.size());
        assertEquals("About the size of the panel", qs.get(0).text());
        assertEquals("Director of Law and Governance", qs.get(0).answeredBy());
    }

    @Test
    void of_two_verbs_the_one_that_asks_whether_gives_the_question_and_the_leader_answers() {
        List<Question> qs = run("Cllr J Baker asked the Leader a question relating to section 2 of his report, he praised the staff and sought clarification from the Leader as to whether the new board would meet in public. The Leader explained that it would.\n");
        assertEquals(1, qs.size());
        assertEquals("Whether the new board would meet in public", qs.get(0).text());
        assertEquals("Leader", qs.get(0).answeredBy());
    }

    @Test
    void a_question_on_a_topic_without_an_asker_is_answered_after_a_comma() {
        List<Question> qs = run("In response to a question about children placed out of county, it was noted that twelve children lived more than twenty miles away.\n");
        assertEquals(1, qs.size());
        assertEquals("children placed out of county", qs.get(0).text());
    }

    @Test
    void a_reply_after_a_semicolon_is_not_part_of_the_question() {
        List<Question> qs = run("Members asked what support was offered to kinship carers; officers described a new allowance and a helpline.\n");
        assertEquals(1, qs.size());
        assertEquals("What support was offered to kinship carers", qs.get(0).text());
        assertEquals("officers described a new allowance and a helpline", qs.get(0).answer());
    }

    @Test
    void a_minute_paragraph_number_before_the_asker_is_skipped() {
        List<Question> qs = run("12.3     Councillor Shah enquired whether the respite service would reopen. The Head of Service for Disabled Children advised that it would reopen in April.\n");
        assertEquals(1, qs.size());
        assertEquals("Whether the respite service would reopen", qs.get(0).text());
        assertEquals("Head of Service for Disabled Children", qs.get(0).answeredBy());
    }

    @Test
    void a_question_cut_off_by_the_end_of_the_excerpt_keeps_its_whole_words_if_long_enough() {
        List<Question> qs = run("The Member queried whether it was possible to extend the deadline for applications for school places to allow for appe");
        assertEquals(1, qs.size());
        assertEquals("Whether it was possible to extend the deadline for applications for school places to allow for", qs.get(0).text());
        assertEquals(List.of(), run("A Member asked whether the new pol"));
    }

    @Test
    void a_request_or_a_statement_is_not_a_question() {
        assertEquals(List.of(), run("The Chairman asked Cllr Day to thank the staff on behalf of the committee.\n"));
        assertEquals(List.of(), run("Members asked that the report be circulated to all schools.\n"));
        assertEquals(List.of(), run("Members were asked to note the report.\n"));
        assertEquals(List.of(), run("Concern was raised about the number of agency social workers.\n"));
        assertEquals(List.of(), run("The Chair asked whether there were any further questions. The Head of Service thanked the committee.\n"));
        assertEquals(List.of(), run("The Chairman asked if Members were content to note the report. Members agreed.\n"));
    }

    @Test
    void a_question_quoted_after_asked_is_paired_with_the_reply_in_the_next_paragraph() {
        String text = """
                Councillor Ann Pryce asked: “How many children in care are placed outside the borough?”
                Councillor Tom Hale, Cabinet Member for Children and Families, replied that the figure had fallen to 28% and a new recruitment drive had begun.
                """;
        List<Question> qs = run(text);
        assertEquals(1, qs.size());
        assertEquals("How many children in care are placed outside the borough", qs.get(0).text());
        assertEquals("Cabinet Member for Children and Families", qs.get(0).answeredBy());
        assertEquals(2, qs.get(0).evidence().size());
    }

    @Test
    void a_quoted_question_without_an_answer_from_a_post_or_person_is_not_a_question() {
        String text = """
                Councillor Ann Pryce asked: “How many children in care are placed outside the borough?”
                The meeting then moved to the next item.
                """;
        assertTrue(run(text).isEmpty());
    }

    @Test
    void a_from_to_heading_names_the_post_that_answers_the_question_below_it() {
        String text = """
                Question 2
                From Councillor Lee Moss to the Cabinet Member for Education and Skills, Councillor Rita Vance:
                “Will the Cabinet Member say how many pupils are still waiting for a specialist place?”
                Response:
                Forty pupils were waiting at the start of term and each has a named caseworker.
                """;
        List<Question> qs = run(text);
        assertEquals(1, qs.size());
        assertEquals("Cabinet Member for Education and Skills", qs.get(0).answeredBy());
        assertTrue(qs.get(0).answer().startsWith("Forty pupils"));
    }

    @Test
    void the_committee_asking_and_a_pronoun_asking_again() {
        List<Question> qs = run("Councillor Dee asked about respite for parent carers. She also asked whether short breaks would be extended. The Committee queried how the new hub would be staffed.\n");
        assertEquals(List.of("About respite for parent carers", "Whether short breaks would be extended", "How the new hub would be staffed"),
                qs.stream().map(Question::text).toList());
    }

    @Test
    void responding_to_a_question_about_a_topic() {
        List<Question> qs = run("Responding to a question about delays in annual reviews, the Head of SEND said a new team would start in June.\n");
        assertEquals(1, qs.size());
        assertEquals("delays in annual reviews", qs.get(0).text());
        assertEquals("Head of SEND", qs.get(0).answeredBy());
    }

    @Test
    void a_question_verb_joined_to_another_and_a_following_question_is_no_answer() {
        String text = """
                Dr Ken Lowe asked what had been done to shorten waits for autism assessments.

                Councillor Grey welcomed the report and asked whether it could be shared with parents' forums.
                """;
        List<Question> qs = run(text);
        assertEquals(List.of("What had been done to shorten waits for autism assessments", "Whether it could be shared with parents' forums"),
                qs.stream().map(Question::text).toList());
        assertNull(qs.get(0).answer());
    }

    @Test
    void what_was_queried_and_an_unnamed_asker_and_a_reply_after_in_response() {
        List<Question> qs = run("A co-opted member queried the fall in take-up of free school meals. In response, the Head of Education Services said auto-enrolment had begun. "
                + "It was asked whether the allowance would rise, to which the Cabinet Member replied that it would.\n");
        assertEquals(2, qs.size());
        assertEquals("The fall in take-up of free school meals", qs.get(0).text());
        assertEquals("Head of Education Services", qs.get(0).answeredBy());
        assertEquals("Whether the allowance would rise", qs.get(1).text());
        assertEquals("Cabinet Member", qs.get(1).answeredBy());
    }

    @Test
    void aReportedQuestionAnsweredUnderAnAnswerLabel() {
        List<Question> qs = run("Councillor Amis asked the Cabinet Member for Education how many schools had breakfast clubs.\n\n"
                + "Answer: The Cabinet Member said that forty schools now ran one.\n");
        assertEquals(1, qs.size());
        assertEquals("The Cabinet Member said that forty schools now ran one", qs.get(0).answer());
    }
}
