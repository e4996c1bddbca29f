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
}
