package org.councilgraph.extract;

import org.councilgraph.model.DocumentFacts;
import org.councilgraph.model.Observation;
import org.councilgraph.model.PersonMention;
import org.councilgraph.model.Priority;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CutOffEndingTest {
    private final ExtractionPipeline pipeline = ExtractionPipeline.standard();

    private DocumentFacts facts(String text) throws Exception {
        return pipeline.extract(Docs.doc(text));
    }

    @Test
    void a_text_ending_in_a_word_or_a_digit_is_cut_there() {
        assertEquals(17, CutOffEnding.cutAt("We will reduce th").getAsInt());
        assertEquals(27, CutOffEnding.cutAt("The rate rose to 45 in 2024\n\n").getAsInt());
        assertEquals(12, CutOffEnding.cutAt("Children: 45").getAsInt());
    }

    @Test
    void a_text_ending_as_finished_texts_do_is_not_cut() {
        assertTrue(CutOffEnding.cutAt("The report was noted.").isEmpty());
        assertTrue(CutOffEnding.cutAt("Was the target met?\n").isEmpty());
        assertTrue(CutOffEnding.cutAt("Recommendations:").isEmpty());
        assertTrue(CutOffEnding.cutAt("Minutes\n\nDirector of Children's Services").isEmpty());
        assertTrue(CutOffEnding.cutAt("Minutes\n\nLead officer: Sam Example, Head of Fostering").isEmpty());
        assertTrue(CutOffEnding.cutAt("").isEmpty());
    }

    @Test
    void a_figure_read_up_to_the_cut_is_dropped_and_one_before_it_kept() throws Exception {
        String finished = "At 31 March 2024 there were 512 children in care.\n";
        DocumentFacts whole = facts(finished);
        assertEquals(1, whole.all(Observation.class).size(), "the rule under test reads this figure: " + whole.facts());
        String cut = finished + "\nAt 31 March 2024 there were 61 children subject to a child protection plan, and 3";
        List<Observation> figures = facts(cut).all(Observation.class);
        assertTrue(figures.stream().anyMatch(o -> o.value().intValue() == 512), figures.toString());
        assertFalse(figures.stream().anyMatch(o -> o.value().intValue() == 3), figures.toString());
    }

    @Test
    void a_short_list_item_cut_mid_word_is_no_priority() throws Exception {
        String text = """
                Our priorities for the coming year are:

                • Improve the timeliness of health assessments for children in care
                • Reduce the number of placement mo""";
        List<String> priorities = facts(text).all(Priority.class).stream().map(Priority::text).toList();
        assertTrue(priorities.stream().anyMatch(p -> p.startsWith("Improve the timeliness")), priorities.toString());
        assertFalse(priorities.stream().anyMatch(p -> p.contains("placement mo")), priorities.toString());
    }

    @Test
    void a_name_cut_at_the_end_of_a_sentence_is_dropped() throws Exception {
        String finished = "The report was presented by Councillor Alex Sample, Cabinet Member for Children.\n";
        List<PersonMention> whole = facts(finished).all(PersonMention.class);
        assertTrue(whole.stream().anyMatch(p -> "Alex Sample".equals(p.name())), "the rule under test reads this name: " + whole);
        List<PersonMention> cut = facts("The report was presented by Councillor Alex Sam").all(PersonMention.class);
        assertTrue(cut.stream().noneMatch(p -> p.name() != null && p.name().startsWith("Alex")), cut.toString());
    }
}
