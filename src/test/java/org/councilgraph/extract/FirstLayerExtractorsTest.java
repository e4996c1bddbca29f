package org.councilgraph.extract;

import org.councilgraph.model.AgendaItem;
import org.councilgraph.model.Decision;
import org.councilgraph.model.DecisionType;
import org.councilgraph.model.Meeting;
import org.councilgraph.model.PersonMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Meetings, agenda items, decisions and people, on wordings councils use. */
class FirstLayerExtractorsTest {
    private static Meeting meeting(String text) {
        List<Meeting> m = Docs.run(text, Meeting.class, new MeetingExtractor());
        assertEquals(1, m.size(), "one meeting in: " + text);
        return m.get(0);
    }

    @Test
    void readsACommitteeAndDateRunTogetherInAProformaHeading() {
        Meeting m = meeting("CABINET RECOMMENDATIONS\n\nCabinet Meeting15th February 2018\n\n1. Title of Item");
        assertEquals("Cabinet", m.committee());
        assertEquals(LocalDate.of(2018, 2, 15), m.date());
    }

    @Test
    void readsAFrontSheetWithCommitteeAndDateOnSeparateLines() {
        Meeting m = meeting("Committee and Date\n\nCouncil\n\n21 September 2017\n\nREPORT");
        assertEquals("Council", m.committee());
        assertEquals(LocalDate.of(2017, 9, 21), m.date());
    }

    @Test
    void readsMinutesHeadingsWithWeekdaysAndVenues() {
        Meeting m = meeting("Minutes of the meeting of the Children and Young People Scrutiny Committee held on Tuesday, 4 March 2025 at 6.00 pm");
        assertEquals("Children and Young People Scrutiny Committee", m.committee());
        assertEquals(LocalDate.of(2025, 3, 4), m.date());
        Meeting n = meeting("MINUTES OF THE CORPORATE PARENTING BOARD\nMinutes of a meeting of the Corporate Parenting Board held at the Civic Centre on 12th November 2024.");
        assertEquals("Corporate Parenting Board", n.committee());
        assertEquals(LocalDate.of(2024, 11, 12), n.date());
    }

    @Test
    void readsLabelledCommitteeAndDateFields() {
        Meeting m = meeting("Committee: Children's Services Scrutiny Panel\nDate: 3 June 2021\n");
        assertEquals("Children's Services Scrutiny Panel", m.committee());
        assertEquals(LocalDate.of(2021, 6, 3), m.date());
    }

    @Test
    void readsTheAddresseeLineOfAReport() {
        Meeting m = meeting("From:\tCorporate Director\nTo:\t\tCabinet – 6 March 2025\nSubject:\tSufficiency Strategy\n");
        assertEquals("Cabinet", m.committee());
        assertEquals(LocalDate.of(2025, 3, 6), m.date());
    }

    @Test
    void findsNoMeetingInPlainProse() {
        assertTrue(Docs.run("The Council met its targets in 2019 and the Board was pleased.", Meeting.class, new MeetingExtractor()).isEmpty());
    }

    @Test
    void readsANumberedItemHeadingOfAMinutesPage() {
        List<AgendaItem> items = Docs.run("25 Children's Services Quarterly Monitoring Report (Q2 2025/26)\nPDF 332 KB\nMinutes:\nThe Board received the report.",
                AgendaItem.class, new AgendaItemExtractor());
        assertEquals(1, items.size());
        assertEquals("25", items.get(0).number());
        assertEquals("Children's Services Quarterly Monitoring Report (Q2 2025/26)", items.get(0).title());
    }

    @Test
    void readsTheTitleFieldOfADecisionProforma() {
        List<AgendaItem> items = Docs.run("1. Title of Item/Report\n\nSchool Place Planning Update\n\n2. Record of the Decision\n\nConsideration was given.\n\n3. Reasons for the Decision\n\nTo plan.",
                AgendaItem.class, new AgendaItemExtractor());
        assertEquals(1, items.size());
        assertNull(items.get(0).number());
        assertEquals("School Place Planning Update", items.get(0).title());
    }

    @Test
    void aModernGovSubtitleWithoutItsPageTitleGivesTheItemByNumber() {
        List<AgendaItem> items = Docs.run("Meeting: 07/11/2024 - Children's Scrutiny Panel (Item 12)\n\nThe Panel received an update on fostering.",
                AgendaItem.class, new AgendaItemExtractor());
        assertEquals(1, items.size());
        assertEquals("12", items.get(0).number());
        assertNull(items.get(0).title());
    }

    @Test
    void aNumberedSectionWithoutItemMarkersIsNotAnItem() {
        assertTrue(Docs.run("3 Reasons for the Decision\n\nTo ensure members are aware.", AgendaItem.class, new AgendaItemExtractor()).isEmpty());
    }

    private static List<Decision> decisions(String text) {
        return Docs.run(text, Decision.class, new DecisionExtractor());
    }

    @Test
    void readsResolvedAndAgreedFormulas() {
        assertEquals("the report be noted", decisions("AGREED that the report be noted.").get(0).text());
        Decision d = decisions("RESOLVED – That the revised Sufficiency Strategy be approved.").get(0);
        assertEquals("the revised Sufficiency Strategy be approved", d.text());
        assertEquals(DecisionType.RESOLVED, d.type());
        assertEquals(DecisionType.RECOMMENDED, decisions("RECOMMENDED to Council that the fostering allowances be uplifted by 5%.").get(0).type());
    }

    @Test
    void keepsTheListThatCompletesAResolution() {
        Decision d = decisions("RESOLVED that the report be noted, with thanks for:\n\n1. The work of the fostering team.\n2. The rise in adopters.\n\n3. Reasons for the Decision\n\nNone.").get(0);
        assertEquals("the report be noted, with thanks for: 1. The work of the fostering team. 2. The rise in adopters", d.text());
    }

    @Test
    void splitsNumberedResolutionsIntoSeparateDecisions() {
        List<Decision> ds = decisions("RESOLVED:\n(1) That the annual report be noted.\n(2) That a further update be brought in six months.");
        assertEquals(List.of("the annual report be noted", "a further update be brought in six months"), ds.stream().map(Decision::text).toList());
    }

    @Test
    void readsABodyNotingAndAPassiveNoting() {
        assertEquals(DecisionType.NOTED, decisions("The Cabinet noted the outcome of the focused visit.").get(0).type());
        assertEquals("The contents of the report and action plan were noted", decisions("The contents of the report and action plan were noted.").get(0).text());
    }

    @Test
    void discussionIsNotADecision() {
        assertTrue(decisions("Members welcomed the report and noted the positive themes. It was noted that the PRU was not well located.").isEmpty());
        assertTrue(decisions("The report noted that demand had risen.").isEmpty());
    }

    private static List<PersonMention> people(String text) {
        return Docs.run(text, PersonMention.class, new PeopleExtractor());
    }

    @Test
    void readsACouncillorAndTheirPostFromACapitalisedHeading() {
        List<PersonMention> p = people("COUNCILLOR JANE SMITH CABINET MEMBER FOR CHILDREN AND YOUNG PEOPLE\n\nCabinet Member\n\nCllr Jane Smith");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Jane Smith", p.get(0).name());
        assertEquals("Cabinet Member for Children and Young People", p.get(0).post());
        assertEquals(2, p.get(0).evidence().size());
    }

    @Test
    void readsTheLeadMemberFromAHeadingOverALineWithOnlyTheirName() {
        List<PersonMention> p = people("REPORT OF THE LEAD MEMBER FOR CHILDREN’S SERVICES\nCouncillor Priya Nandra\n\n1. INTRODUCTION\nThis report updates Council.");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Priya Nandra", p.get(0).name());
        assertEquals("Lead Member for Children’s Services", p.get(0).post());
    }

    @Test
    void aHeadingPostDoesNotGoToANameInRunningTextBelowIt() {
        List<PersonMention> p = people("REPORT OF THE DIRECTOR OF CHILDREN’S SERVICES\nCouncillor Priya Nandra asked about the budget.");
        assertTrue(p.stream().noneMatch(x -> x.name() != null && x.post() != null), p.toString());
    }

    @Test
    void readsANameSetOffByCommasAfterItsPost() {
        List<PersonMention> p = people("The Assistant Director for Education Partnerships, Martin Ellery, introduced the report.");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Martin Ellery", p.get(0).name());
        assertEquals("Assistant Director for Education Partnerships", p.get(0).post());
    }

    @Test
    void readsASecondPresenterJoinedByAndWithTheirDesignatedPost() {
        List<PersonMention> p = people("Sarah Whitfield, Director of Children’s Services, and Dr Imran Qureshi, Designated Clinical Officer for SEND, presented the outcome.");
        assertEquals(List.of("Sarah Whitfield", "Imran Qureshi"), p.stream().map(PersonMention::name).toList());
        assertEquals("Designated Clinical Officer for SEND", p.get(1).post());
    }

    @Test
    void twoNamesJoinedByAndWithoutAPostAreNotReadAsPeople() {
        assertTrue(people("The bid was led by Swindon and Wiltshire, and the partnership agreed it.").isEmpty());
    }

    @Test
    void readsAnOfficerNamedAsSpeaker() {
        List<PersonMention> p = people("Amira Khan presented the annual report of the Virtual School.");
        assertEquals("Amira Khan", p.get(0).name());
        assertNull(p.get(0).post());
    }

    @Test
    void readsPostsWithoutNames() {
        List<PersonMention> p = people("The Assistant Director: Early Help & Prevention advised that the hub was busy. The Director of Children's Services confirmed it.");
        assertEquals(List.of("Assistant Director: Early Help & Prevention", "Director of Children's Services"), p.stream().map(PersonMention::post).toList());
    }

    @Test
    void readsEveryCouncillorOfAListAndMergesASurnameWithTheFullName() {
        List<PersonMention> p = people("Councillors Ben Jones, Chandra Patel and Dee Okafor spoke in support of the proposal.\n\nIn response to Councillor Jones, the officer replied.");
        assertEquals(List.of("Ben Jones", "Chandra Patel", "Dee Okafor"), p.stream().map(PersonMention::name).toList());
        assertEquals(2, p.get(0).evidence().size());
    }

    @Test
    void aNumberedTitleLineInMinutesIsAnAgendaItem() {
        List<AgendaItem> items = Docs.run("Minutes of the meeting of the Schools Forum held on 3 May 2023\n\n7. Dedicated Schools Grant Update\n\nThe Head of Finance presented the report.",
                AgendaItem.class, new AgendaItemExtractor());
        assertEquals(1, items.size());
        assertEquals("7", items.get(0).number());
        assertEquals("Dedicated Schools Grant Update", items.get(0).title());
    }

    @Test
    void aBodyIsNotAPerson() {
        assertTrue(people("The Board received the report. Members welcomed it. Stockton schools performed well.").isEmpty());
    }

    @Test
    void readsPortfoliosJoinedByADashABracketOrAComma() {
        List<PersonMention> p = people("Authority was delegated to the Corporate Director – Children, Young People and Learning, in consultation with the Leader.");
        assertEquals(List.of("Corporate Director – Children, Young People and Learning"), p.stream().map(PersonMention::post).toList());
        p = people("The Deputy Director and the Cabinet Member (Children’s Services and Skills) responded to questions.");
        assertTrue(p.stream().anyMatch(x -> "Cabinet Member (Children’s Services and Skills)".equals(x.post())), p.toString());
        p = people("Report of the Strategic Director, Care Wellbeing and Learning");
        assertEquals(List.of("Strategic Director, Care Wellbeing and Learning"), p.stream().map(PersonMention::post).toList());
        p = people("The board received reports from the Acting Director Children’s Social Care and Early Help and Head of Youth Services.");
        assertEquals(List.of("Acting Director Children’s Social Care and Early Help", "Head of Youth Services"), p.stream().map(PersonMention::post).toList());
    }

    @Test
    void aPortfolioKeepsItsSmallWords() {
        assertEquals(List.of("Director of Children and Young people’s Futures"),
                people("The panel received the report of the Director of Children and Young people’s Futures which set out performance.").stream().map(PersonMention::post).toList());
        assertEquals(List.of("Head of Looked after Children and Corporate Parenting"),
                people("The Head of Looked after Children and Corporate Parenting was in attendance.").stream().map(PersonMention::post).toList());
    }

    @Test
    void aListOfPeopleWithTheirPostsIsCutAtEachName() {
        List<PersonMention> p = people("Councillor Rosa Tate, Portfolio Holder for Children, Young People and Schools, Mark Dunn, Corporate Director for People, "
                + "Aisha Khan, Director of Integrated Services, and Tom Yeo, Head of Strategy and Improvement, attended the meeting.");
        assertEquals(List.of("Rosa Tate", "Mark Dunn", "Aisha Khan", "Tom Yeo"), p.stream().map(PersonMention::name).toList(), p.toString());
        assertEquals(List.of("Portfolio Holder for Children, Young People and Schools", "Corporate Director for People",
                "Director of Integrated Services", "Head of Strategy and Improvement"), p.stream().map(PersonMention::post).toList());
        p = people("In attendance were the Chief Executive, the Strategic Director of Wellbeing and the Assistant Director – Early Help and Families, to answer questions.");
        assertEquals(List.of("Chief Executive", "Strategic Director of Wellbeing", "Assistant Director – Early Help and Families"),
                p.stream().map(PersonMention::post).toList());
    }

    @Test
    void readsAPostNamedWithoutItsPortfolio() {
        List<PersonMention> p = people("In presenting the report, the Executive Member thanked the staff.");
        assertEquals(List.of("Executive Member"), p.stream().map(PersonMention::post).toList());
        p = people("The Cabinet Member for Education opened the item. The Cabinet Member then answered questions.");
        assertEquals(List.of("Cabinet Member for Education"), p.stream().map(PersonMention::post).toList());
        assertEquals(List.of("Leaving Care Manager"), people("The Leaving Care Manager presented the local offer.").stream().map(PersonMention::post).toList());
        assertTrue(people("The work of the Independent Reviewing Officer (IRO) service was described.").isEmpty());
    }

    @Test
    void readsANameWithAPostOfItsOwnWords() {
        List<PersonMention> p = people("Dev Rana, Business Intelligence Analyst, presented the figures.");
        assertEquals("Dev Rana", p.get(0).name());
        assertEquals("Business Intelligence Analyst", p.get(0).post());
        p = people("Nell Cray (Service Director for Children, Young People and Families) provided an update.");
        assertEquals("Service Director for Children, Young People and Families", p.get(0).post());
    }

    @Test
    void readsChairsJoinedToTheirNames() {
        List<PersonMention> p = people("The Chair (Councillor Ida Moss) referred to the report. Councillor Moss thanked officers.");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Ida Moss", p.get(0).name());
        assertEquals("Chair", p.get(0).post());
        assertTrue(people("The Chair welcomed everyone.").isEmpty());
    }

    @Test
    void readsANameAfterItsPostWithoutAComma() {
        List<PersonMention> p = people("The Executive Member for Children and Families Councillor Lee Ward said: “We are proud.”");
        assertEquals("Lee Ward", p.get(0).name());
        assertEquals("Executive Member for Children and Families", p.get(0).post());
        p = people("The service was led by Interim Chief Executive Rae Obi OBE, as well as staff.");
        assertEquals("Rae Obi", p.get(0).name());
        assertEquals("Interim Chief Executive", p.get(0).post());
    }

    @Test
    void readsCouncillorsWithInitials() {
        List<PersonMention> p = people("(Councillors A Leigh and J Bond attended and spoke to this item)");
        assertEquals(List.of("A Leigh", "J Bond"), p.stream().map(PersonMention::name).toList());
        p = people("In attendance were Councillor D R Osei, Commissioner for Schools and Families, and officers.");
        assertEquals("D R Osei", p.get(0).name());
    }

    @Test
    void readsWhoChairsABoard() {
        List<PersonMention> p = people("Progress is a priority, and the Impact Board, chaired by Lena Hardy, will oversee it.");
        assertEquals(List.of("Lena Hardy"), p.stream().map(PersonMention::name).toList());
    }

    @Test
    void readsAJointPost() {
        assertEquals(List.of("Deputy Leader and Cabinet Member for Children and Young People"),
                people("Report from the Deputy Leader and Cabinet Member for Children and Young People attached.").stream().map(PersonMention::post).toList());
    }

    @Test
    void aSecondPostAfterAndTheIsNotPortfolio() {
        List<PersonMention> p = people("Members thanked the Executive Director for Children and Young People and the Cabinet Member.");
        assertTrue(p.stream().anyMatch(x -> "Executive Director for Children and Young People".equals(x.post())), p.toString());
    }

    @Test
    void wordsAfterAStandalonePostAreNotANameUnlessTheyActAsOne() {
        assertTrue(people("The Monitoring Officer Advice Note was circulated.").stream().allMatch(x -> x.name() == null));
        List<PersonMention> p = people("The Chief Executive, Neil Grant, attended.");
        assertEquals("Neil Grant", p.get(0).name());
        assertEquals("Chief Executive", p.get(0).post());
    }

    @Test
    void readsANameWithItsPostInTheMiddleOfASentence() {
        List<PersonMention> p = people("The Panel welcomed Jane Hart, Head of Fostering, to the meeting.");
        assertEquals("Jane Hart", p.get(0).name());
        assertEquals("Head of Fostering", p.get(0).post());
        p = people("The report was introduced by the Director of Children’s Services (Omar Reid) and discussed.");
        assertEquals("Omar Reid", p.get(0).name());
        assertEquals("Director of Children’s Services", p.get(0).post());
        assertTrue(people("Services in Greater Manchester, Director of Public Health reports were noted.").stream().allMatch(x -> x.name() == null));
    }
}
