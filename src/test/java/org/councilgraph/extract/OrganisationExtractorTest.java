package org.councilgraph.extract;

import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.model.OrganisationMention;
import org.councilgraph.refdata.CouncilRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

class OrganisationExtractorTest {

    private static List<OrganisationMention> run(String text) {
        SourceDocument doc = Docs.doc(text);
        ExtractionContext ctx = new ExtractionContext(doc, CouncilRegistry.standard(), null);
        new OrganisationExtractor().extract(ctx);
        List<OrganisationMention> found = ctx.found(OrganisationMention.class);
        for (OrganisationMention o : found) o.evidence().forEach(e -> assertEquals(e.quote(), text.substring(e.start(), e.end())));
        return found;
    }

    private static Map<String, String> kinds(List<OrganisationMention> os) {
        return os.stream().collect(Collectors.toMap(OrganisationMention::name, OrganisationMention::kind));
    }

    @Test
    void acronyms_resolve_to_one_mention_under_the_canonical_name() {
        List<OrganisationMention> os = run("Capital funding from the Department for Education (DfE) was confirmed. The DfE and the CQC will visit in the spring, and OFSTED has been notified.\n");
        assertEquals(Map.of("Department for Education", "government-department", "Care Quality Commission", "inspectorate",
                "Ofsted", "inspectorate"), kinds(os));
        OrganisationMention dfe = os.stream().filter(o -> o.name().equals("Department for Education")).findFirst().orElseThrow();
        assertEquals(3, dfe.evidence().size());
        assertNull(dfe.identifier());
    }

    @Test
    void police_forces_and_nhs_trusts_are_found_by_their_head_word() {
        List<OrganisationMention> os = run("Partners present included Thames Valley Police, Avon and Somerset Constabulary, Oxford Health NHS Foundation Trust and Leeds Teaching Hospitals NHS Trust.\n");
        assertEquals(Map.of("Thames Valley Police", "police", "Avon and Somerset Constabulary", "police",
                "Oxford Health NHS Foundation Trust", "nhs", "Leeds Teaching Hospitals NHS Trust", "nhs"), kinds(os));
    }

    @Test
    void a_school_takes_the_urn_the_text_gives_and_no_other() {
        List<OrganisationMention> os = run("St Mary's Primary School (URN 123456) and Riverside Academy joined the pilot, with Kingsway College.\n");
        Map<String, OrganisationMention> byName = os.stream().collect(Collectors.toMap(OrganisationMention::name, o -> o));
        assertEquals("123456", byName.get("St Mary's Primary School").identifier());
        assertEquals("school", byName.get("Riverside Academy").kind());
        assertNull(byName.get("Riverside Academy").identifier());
        assertNotNull(byName.get("Kingsway College"));
    }

    @Test
    void boards_partnerships_and_multi_word_services_are_named() {
        List<OrganisationMention> os = run("The Local Safeguarding Children Partnership and the Health and Wellbeing Board received the report from the Youth Offending Service.\n");
        assertEquals(Map.of("Local Safeguarding Children Partnership", "partnership", "Health and Wellbeing Board", "board",
                "Youth Offending Service", "council-service"), kinds(os));
    }

    @Test
    void generic_phrases_committees_and_the_council_are_not_organisations() {
        String text = "The Board noted that local authorities and the Council's Virtual School team had met. Children's Services and the Youth Service "
                + "reported to Cabinet and the Scrutiny Committee. Members thanked the Service.\n";
        assertTrue(run(text).isEmpty(), () -> run(text).toString());
    }

    @Test
    void an_integrated_care_board_named_with_its_area_keeps_the_area() {
        List<OrganisationMention> os = run("The front door was restructured with NHS Cheshire and Merseyside Integrated Care Board and Kent and Medway ICB.\n");
        assertEquals(Map.of("NHS Cheshire and Merseyside Integrated Care Board", "nhs", "Kent and Medway ICB", "nhs"), kinds(os));
    }

    @Test
    void a_bare_integrated_care_board_stays_the_known_body() {
        assertEquals(Map.of("Integrated Care Board", "nhs"), kinds(run("Funding was agreed with the Integrated Care Board.\n")));
    }

    @Test
    void a_name_never_runs_across_table_cells() {
        List<OrganisationMention> os = run("Action\tLead\nStrengthen oversight in the Assessment Teams\tHead of Service, Assessment\n");
        assertEquals(Map.of(), kinds(os));
    }

    @Test
    void a_trust_needs_two_name_words() {
        assertEquals(Map.of("Medway Youth Trust", "other"), kinds(run("The Medway Youth Trust delivers careers advice. The Children's Trust met.\n")));
    }

    @Test
    void aHeadInsideALongerCapitalisedNameIsNoBody() {
        assertTrue(run("The council met the trusts termly under its Education Partnership Framework.").isEmpty());
        assertTrue(run("Subject: Care Leavers’ Local Offer and Youth Service Annual Update").isEmpty());
    }

    @Test
    void aHeadFollowedByAnotherHeadOrLowerCaseWordsIsStillABody() {
        assertEquals(Map.of("Swindon Safeguarding Partnership", "partnership"), kinds(run("The Swindon Safeguarding Partnership agreed the plan.")));
    }

    @Test
    void readsLearningFederationsAndAcademiesNetworksAsGroupsOfSchools() {
        Map<String, String> k = kinds(run("A network was set up with the Cabot Learning Federation and the Extend Learning Academies Network."));
        assertEquals("academy-trust", k.get("Cabot Learning Federation"));
        assertEquals("academy-trust", k.get("Extend Learning Academies Network"));
    }

    private static List<String> names(List<OrganisationMention> os) { return os.stream().map(OrganisationMention::name).toList(); }

    @Test
    void a_regional_adoption_agency_is_adopt_and_its_region_but_not_a_heading_verb() {
        assertTrue(names(run("Families were supported by the team at Elm House (Adopt West Country) during the year.\n")).contains("Adopt West Country"));
        assertFalse(names(run("Adopt Revised Terms of Reference\n")).stream().anyMatch(n -> n.startsWith("Adopt")));
    }

    @Test
    void associations_combined_authorities_and_councils_for_voluntary_service() {
        List<String> n = names(run("The Kinship Carers Association met the Greater Fenland Combined Authority and Wealdshire Council for Voluntary Service.\n"));
        assertTrue(n.contains("Kinship Carers Association"), n.toString());
        assertTrue(n.contains("Greater Fenland Combined Authority"), n.toString());
        assertTrue(n.contains("Wealdshire Council for Voluntary Service"), n.toString());
    }

    @Test
    void a_head_word_inside_a_longer_name_stays_in_it() {
        List<String> n = names(run("The report went to the Safeguarding Adults Partnership Leadership Board in June.\n"));
        assertTrue(n.contains("Safeguarding Adults Partnership Leadership Board"), n.toString());
        assertFalse(n.contains("Leadership Board"), n.toString());
    }
}
