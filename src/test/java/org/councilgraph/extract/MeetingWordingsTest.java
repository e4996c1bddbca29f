package org.councilgraph.extract;

import org.councilgraph.model.AgendaItem;
import org.councilgraph.model.Decision;
import org.councilgraph.model.DecisionType;
import org.councilgraph.model.Meeting;
import org.councilgraph.model.PersonMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Meetings, items, decisions and people as further councils write them: front sheets, ModernGov pages, attendance lists. */
class MeetingWordingsTest {
    private static List<Meeting> meetings(String text) {
        return Docs.run(text, Meeting.class, new MeetingExtractor());
    }

    private static Meeting meeting(String text) {
        List<Meeting> m = meetings(text);
        assertEquals(1, m.size(), "one meeting in: " + text);
        return m.get(0);
    }

    private static List<Decision> decisions(String text) {
        return Docs.run(text, Decision.class, new DecisionExtractor());
    }

    private static List<String> decisionTexts(String text) {
        return decisions(text).stream().map(Decision::text).toList();
    }

    private static List<PersonMention> people(String text) {
        return Docs.run(text, PersonMention.class, new PeopleExtractor());
    }

    // meetings

    @Test
    void readsTheModernGovSubtitleWithABracketedCommitteeName() {
        Meeting m = meeting("Agenda item\n\nMeeting: 13/03/2024 - Scrutiny Board (Children and Families) (Item 45)\n\n45 Annual Report\nPDF 210 KB");
        assertEquals("Scrutiny Board (Children and Families)", m.committee());
        assertEquals(LocalDate.of(2024, 3, 13), m.date());
    }

    @Test
    void readsADecisionPageWhoseDecisionMakerAndDateStandFarApart() {
        String filler = "Purpose:\n\n" + "The strategy sets out how the Council will secure homes for children in care. ".repeat(8) + "\n\n";
        Meeting m = meeting("Decision Maker: Mayor and Cabinet\n\n" + filler + "Publication date: 22/03/2024\n\nDate of decision: 20/03/2024\n");
        assertEquals("Mayor and Cabinet", m.committee());
        assertEquals(LocalDate.of(2024, 3, 20), m.date());
    }

    @Test
    void readsACommitteeAndDateWrittenInCapitals() {
        Meeting m = meeting("CABINET MEETING – 12 MARCH 2024\n\nEXECUTIVE SUMMARY SHEET – PART I");
        assertEquals("Cabinet", m.committee());
        assertEquals(LocalDate.of(2024, 3, 12), m.date());
    }

    @Test
    void readsACommitteeLineWithItsDateOnTheNextLine() {
        Meeting m = meeting("CHILDREN, YOUNG PEOPLE AND EDUCATION COMMITTEE\n\nTuesday, 12 March 2024\n\nREPORT TITLE: ANNUAL REPORT");
        assertEquals("Children, Young People and Education Committee", m.committee());
        assertEquals(LocalDate.of(2024, 3, 12), m.date());
        Meeting n = meeting("CITY COUNCIL\n\nCABINET\n\nMINUTES OF THE MEETING HELD ON WEDNESDAY, 6TH DECEMBER, 2023\n\nPRESENT:");
        assertEquals("Cabinet", n.committee());
        assertEquals(LocalDate.of(2023, 12, 6), n.date());
    }

    @Test
    void readsMinutesOfTheProceedingsWithALabelledDate() {
        Meeting m = meeting("Children and Young People Scrutiny Commission\nMunicipal Year 2023/24\nDate of Meeting: Monday 15th January 2024\n\n"
                + "Minutes of the proceedings of the Children and Young People Scrutiny Commission held at the Town Hall\n");
        assertEquals("Children and Young People Scrutiny Commission", m.committee());
        assertEquals(LocalDate.of(2024, 1, 15), m.date());
    }

    @Test
    void readsAReportFrontSheetWithADottedDate() {
        Meeting m = meeting("Report to: People Scrutiny Commission\nDate of meeting: 04.03.2024\nReport of: Strategic Director: Children and Education\n");
        assertEquals("People Scrutiny Commission", m.committee());
        assertEquals(LocalDate.of(2024, 3, 4), m.date());
    }

    @Test
    void aCommitteeLineFollowedByProseOrAnUnlabelledDateIsNoMeeting() {
        assertTrue(meetings("Corporate Parenting Board\n\nThe board last met on 3 May 2023 and agreed its priorities.").isEmpty());
        assertTrue(meetings("Publication date: 22/03/2024\n\nEffective from: 03/04/2024").isEmpty());
    }

    @Test
    void readsACommitteeLineWithAShortDottedDate() {
        Meeting m = meeting("London Borough of Lewisham\n\nCorporate Parenting Board – 5.6.24\n\nINDEPENDENT REVIEWING OFFICER SERVICE: ANNUAL REPORT\n");
        assertEquals("Corporate Parenting Board", m.committee());
        assertEquals(LocalDate.of(2024, 6, 5), m.date());
    }

    @Test
    void aDottedSectionNumberAfterACommitteeIsNoDate() {
        assertTrue(meetings("Corporate Parenting Board – 5.6.24 of the terms of reference was reviewed.").isEmpty());
        assertTrue(meetings("Corporate Parenting Board – 31.2.24\n").isEmpty());
    }

    // agenda items

    @Test
    void givesItemTitlesWrittenInCapitalsInTitleCase() {
        List<AgendaItem> items = Docs.run("Minutes of the meeting of the Cabinet held on 6 December 2023\n\n58. CHILDREN'S SERVICES SELF-ASSESSMENT 2023-24\n\nCabinet received a report.",
                AgendaItem.class, new AgendaItemExtractor());
        assertEquals(1, items.size());
        assertEquals("58", items.get(0).number());
        assertEquals("Children's Services Self-Assessment 2023-24", items.get(0).title());
    }

    @Test
    void readsAMinuteNumberWithTheCommitteesPrefix() {
        List<AgendaItem> items = Docs.run("Minutes of the meeting of the Education Panel held on 11 March 2025\n\nEDU 21 SCHOOL PERFORMANCE AND STANDARDS 2023/24\n\nThe Panel received a report.",
                AgendaItem.class, new AgendaItemExtractor());
        assertEquals(1, items.size(), items.toString());
        assertEquals("EDU 21", items.get(0).number());
        assertEquals("School Performance and Standards 2023/24", items.get(0).title());
    }

    @Test
    void aCodeAndNumberOpeningAProseLineIsNoItem() {
        assertTrue(Docs.run("Minutes of the meeting of the Education Panel held on 11 March 2025\n\nKS 2 results were discussed at length by members.\n",
                AgendaItem.class, new AgendaItemExtractor()).isEmpty());
    }

    @Test
    void readsATitleFieldAmongFrontSheetLinesThatRunTogether() {
        List<AgendaItem> items = Docs.run("Report to: People Scrutiny Commission\nDate of meeting: 04.03.2024\nTitle: Workforce Strategy Update\nWard: Citywide\n",
                AgendaItem.class, new AgendaItemExtractor());
        assertEquals(List.of("Workforce Strategy Update"), items.stream().map(AgendaItem::title).toList());
    }

    // decisions

    @Test
    void readsResolutionsListedAfterThatTheCommittee() {
        assertEquals(List.of("note the findings of the Ofsted focused visit", "endorse the actions set out in paragraph 5 of the report"),
                decisionTexts("RESOLVED (unanimously):\n\nThat the Children and Families Committee\n\n1. note the findings of the Ofsted focused visit; and\n\n"
                        + "2. endorse the actions set out in paragraph 5 of the report.\n\n93 Fostering Service Annual Report"));
    }

    @Test
    void readsAResolutionInTheParagraphUnderResolved() {
        assertEquals(List.of("the minutes of the meeting held on 5 February 2024 be approved as a correct record"),
                decisionTexts("RESOLVED:\n\nThat the minutes of the meeting held on 5 February 2024 be approved as a correct record.\n\n92 Ofsted Focused Visit"));
    }

    @Test
    void aListOfResolutionsEndsWhereTheMarkersChangeKind() {
        assertEquals(List.of("note the annual self-assessment", "approve the improvement plan"),
                decisionTexts("RESOLVED that Cabinet:\n\n(a) note the annual self-assessment; and\n\n(b) approve the improvement plan.\n\n59. SCHOOL ADMISSION ARRANGEMENTS\n\nCabinet considered a report."));
    }

    @Test
    void readsResolutionsListedAfterTheBodyAgreedThat() {
        assertEquals(List.of("the Sufficiency Strategy be approved", "authority be delegated to the Executive Director to agree the action plan"),
                decisionTexts("Having considered an officer report, the Mayor and Cabinet agreed that:\n\n(1) the Sufficiency Strategy be approved;\n\n"
                        + "(2) authority be delegated to the Executive Director to agree the action plan; and\n\nReasons for the decision:\n\nA duty."));
    }

    @Test
    void readsAnIndividualCabinetMembersDecision() {
        assertEquals(List.of("award places on the Short Breaks Framework", "delegate authority to the Executive Director to call off packages"),
                decisionTexts("Decision:\n\nAs Cabinet Member for Children’s Services, I agree to:\n\na) award places on the Short Breaks Framework; and\n"
                        + "b) delegate authority to the Executive Director to call off packages.\n\nIs it a key decision? Yes"));
    }

    @Test
    void recommendationsAndExplanationsAreNotDecisions() {
        assertTrue(decisions("Description of Decision:\nCabinet is recommended to:\n(i) note the progress made; and\n(ii) approve the grant allocation.").isEmpty());
        assertTrue(decisions("The Director explained that:\n\n(a) caseloads had fallen; and\n\n(b) agency use had halved.").isEmpty());
        assertTrue(decisions("The Chair noted that:\n\n- the report was late.").isEmpty());
    }

    // people

    @Test
    void attendanceAndApologiesListsNameTheirPeople() {
        List<PersonMention> p = people("PRESENT\n\nCouncillor D Harwood (Chair)\nCouncillor K Fenner (Vice-Chair)\n\nCouncillors L Amos, R Bailey and J Ellison\n\n"
                + "OFFICERS IN ATTENDANCE\n\nAmelia Drury, Executive Director of Children’s Services\nJoanne Petts, Head of Legal Services\n\n"
                + "89 Apologies for Absence\n\nApologies were received from Councillors H Tran and S Brooks.\n\n"
                + "92 Fostering Report\n\nThe Head of Fostering presented the report.");
        assertEquals(List.of("D Harwood", "K Fenner", "L Amos", "R Bailey", "J Ellison", "Amelia Drury", "Joanne Petts", "H Tran", "S Brooks"),
                p.stream().filter(x -> x.name() != null).map(PersonMention::name).toList(), p.toString());
        assertEquals("Chair", p.get(0).post());
        assertEquals("Vice-Chair", p.get(1).post());
        assertNull(p.get(2).post());
        assertEquals("Executive Director of Children’s Services", p.get(5).post());
        assertTrue(p.stream().anyMatch(x -> x.name() == null && "Head of Fostering".equals(x.post())));
        List<PersonMention> q = people("Councillors in Attendance: Cllr Otis Blake and Cllr Jonah Whitcombe\n\nApologies: Cllr Laura Pemberton\n\n"
                + "Also in attendance: Councillor Kevin Orrell");
        assertEquals(List.of("Otis Blake", "Jonah Whitcombe", "Laura Pemberton", "Kevin Orrell"), q.stream().map(PersonMention::name).toList());
    }

    @Test
    void theMinutesAfterAnAttendanceListAreReadAgain() {
        List<PersonMention> p = people("Present:\n\nCouncillor Ann Lee\n\nThe Director of Children's Services welcomed the new members to the panel.");
        assertEquals(Arrays.asList(null, "Director of Children's Services"), p.stream().map(PersonMention::post).toList(), p.toString());
        assertEquals("Ann Lee", p.get(0).name());
        List<PersonMention> q = people("Apologies: Cllr Laura Pemberton\n\nCouncillor Ann Lee, Cabinet Member for Children's Services\n\nThe Chair thanked her.");
        assertEquals(List.of("Laura Pemberton", "Ann Lee"), q.stream().map(PersonMention::name).toList(), q.toString());
        assertEquals("Cabinet Member for Children's Services", q.get(1).post());
    }

    @Test
    void readsSurnamesOfAnAttendanceListWithTheChair() {
        List<PersonMention> p = people("Present:\nCouncillor Hartley (in the Chair)\nCouncillors Abney, Corran, Fell and Ormsby.\n\n"
                + "Co-opted Member: Reverend Tom Aske\n\nOfficers in attendance:\n• Nina Vale (Head of Service Early Help and Prevention)\n"
                + "• Omar Reid (Partnership Lead – Team around the Family)\n• Ruth Pyle (Assistant Director Law and Governance, Monitoring Officer)\n"
                + "Others in attendance:\n• Councillor Quist (Portfolio Holder for Children and Education)\n\nThere were no members of the press in attendance.");
        assertEquals(List.of("Hartley", "Abney", "Corran", "Fell", "Ormsby", "Tom Aske", "Nina Vale", "Omar Reid", "Ruth Pyle", "Quist"),
                p.stream().map(PersonMention::name).toList(), p.toString());
        assertEquals(Arrays.asList("Chair", null, null, null, null, "Co-opted Member", "Head of Service Early Help and Prevention",
                "Partnership Lead – Team around the Family", "Assistant Director Law and Governance, Monitoring Officer",
                "Portfolio Holder for Children and Education"), p.stream().map(PersonMention::post).toList());
    }

    @Test
    void readsSurnamesInCapitalsAfterTheCouncillorsTitle() {
        List<PersonMention> p = people("Present: Councillors R HOLLAND (Chairman), K Brown and L Green");
        assertEquals(List.of("R HOLLAND", "K Brown", "L Green"), p.stream().map(PersonMention::name).toList(), p.toString());
        assertEquals("Chairman", p.get(0).post());
        assertTrue(people("Foster Carer Recruitment – Service Manager\n\nAnnual Report – Director of Children’s Services").stream().allMatch(x -> x.name() == null));
    }

    @Test
    void aListWrappedAcrossLinesIsReadAsOne() {
        List<PersonMention> p = people("Present:\nCouncillors Astle, Birch,\nCorran and Dace (Chair)\n\nOfficers in attendance:\n"
                + "Jane Roe – Head of Looked after Children and\nCorporate Parenting\nAnn Lee MBE (Independent Chair)\nRob Tay\tFinance Manager\n\n1. Minutes");
        assertEquals(List.of("Astle", "Birch", "Corran", "Dace", "Jane Roe", "Ann Lee", "Rob Tay"), p.stream().map(PersonMention::name).toList(), p.toString());
        assertEquals(Arrays.asList(null, null, null, "Chair", "Head of Looked after Children and Corporate Parenting", "Independent Chair", "Finance Manager"),
                p.stream().map(PersonMention::post).toList());
    }

    @Test
    void aFrontSheetLabelThatNamesAPartInTheReportIsNoPost() {
        List<PersonMention> p = people("Responsible Cabinet Member: Councillor Ann Lee\nCabinet Member: Councillor Bo Tan\nPresenting Officer: Raj Patel, Head of Inclusion");
        assertEquals(List.of("Ann Lee", "Bo Tan", "Raj Patel"), p.stream().map(PersonMention::name).toList(), p.toString());
        assertEquals(Arrays.asList(null, "Cabinet Member", "Head of Inclusion"), p.stream().map(PersonMention::post).toList());
    }

    @Test
    void readsNamesWithTheirPostsAfterADash() {
        List<PersonMention> p = people("Councillors Alan Brook, Mary Stile (Chair), Jo Venn and Sam Okoro\n\n"
                + "Lena Frost – Head of Virtual School\n\nOwen Marsh – Strategic Lead, Disability Care Services\n\n"
                + "Ivy Pratt – Registered Homes Manager, Elm Lodge\n\n5. Minutes of the last meeting");
        assertEquals(List.of("Alan Brook", "Mary Stile", "Jo Venn", "Sam Okoro", "Lena Frost", "Owen Marsh", "Ivy Pratt"),
                p.stream().map(PersonMention::name).toList(), p.toString());
        assertEquals("Chair", p.get(1).post());
        assertEquals("Head of Virtual School", p.get(4).post());
        assertEquals("Strategic Lead, Disability Care Services", p.get(5).post());
        assertEquals("Registered Homes Manager, Elm Lodge", p.get(6).post());
    }

    @Test
    void readsWitnessesAndTheAuthorOfAReport() {
        List<PersonMention> p = people("Witnesses:\n\nKay Dunne, Director – Corporate Parenting\n\nLeo Hart, Director – Commissioning (CYP)\n\nReport author: Mina Cole");
        assertEquals(List.of("Kay Dunne", "Leo Hart", "Mina Cole"), p.stream().map(PersonMention::name).toList(), p.toString());
        assertEquals(Arrays.asList("Director – Corporate Parenting", "Director – Commissioning (CYP)", null), p.stream().map(PersonMention::post).toList());
    }

    @Test
    void aListLineWithOtherWordsIsRunningText() {
        assertTrue(people("Children Looked After, Care Leavers and Youth Justice").isEmpty());
        assertTrue(people("Present: the headteachers of three primary schools").isEmpty());
        List<PersonMention> p = people("Present: Councillor Jo Venn (Chair); Dr Ann Pike (City Integrated Care Board), two members of the Youth Council");
        assertEquals(List.of("Jo Venn", "Ann Pike"), p.stream().map(PersonMention::name).toList(), p.toString());
        assertNull(p.get(1).post());
    }

    @Test
    void apologiesNameEveryoneSent() {
        List<PersonMention> p = people("Apologies for absence were received from Cllr Ada Brook and Rhona Pell.\n\n"
                + "Apologies were received from Councillor Ian Toft with Councillor Mo Khan substituting.");
        assertEquals(java.util.Set.of("Ada Brook", "Rhona Pell", "Ian Toft", "Mo Khan"),
                p.stream().map(PersonMention::name).collect(java.util.stream.Collectors.toSet()), p.toString());
        assertTrue(people("Comments were received from Leeds City Council and the Department for Education.").isEmpty());
    }

    @Test
    void thoseInAttendanceForAnItemAreRead() {
        List<PersonMention> p = people("The following were in attendance for this item:\n\n·  Councillor Mrs Fiona Lathwell, Executive Member for Children and Families\n"
                + "·  Priya Mendoza, Head of Safeguarding, Reviewing and Quality Assurance\n\n·  Councillor Lathwell thanked the service.");
        assertEquals(List.of("Fiona Lathwell", "Priya Mendoza"), p.stream().map(PersonMention::name).toList());
        assertEquals(List.of("Executive Member for Children and Families", "Head of Safeguarding, Reviewing and Quality Assurance"),
                p.stream().map(PersonMention::post).toList());
    }

    @Test
    void dropsACourtesyTitleAndReadsTheDoctorsPost() {
        List<PersonMention> p = people("Responsible Cabinet Member: Cllr. Dr Helen Marsh, Cabinet Member for Children’s Services");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Helen Marsh", p.get(0).name());
        assertEquals("Cabinet Member for Children’s Services", p.get(0).post());
    }

    @Test
    void readsAPostNamedBeforeTheCouncillorWhoHoldsIt() {
        List<PersonMention> p = people("The programme is overseen by a board chaired by the Portfolio Holder for Children, Learning and Skills, Councillor Rhiannon Pryce.");
        assertEquals(1, p.size(), p.toString());
        assertEquals("Rhiannon Pryce", p.get(0).name());
        assertEquals("Portfolio Holder for Children, Learning and Skills", p.get(0).post());
    }

    @Test
    void readsAnOfficerNamedWithTheirPost() {
        List<PersonMention> p = people("Riya Bansal, Director of Children's Services, outlined the main strengths.");
        assertEquals("Riya Bansal", p.get(0).name());
        assertEquals("Director of Children's Services", p.get(0).post());
    }

    @Test
    void aPostThatBeginsTheNextClauseIsNotTheQuestionersPost() {
        List<PersonMention> p = people("In response to a question from Councillor Tariq, the Director of Children's Services confirmed the plan.");
        PersonMention tariq = p.stream().filter(x -> "Tariq".equals(x.name())).findFirst().orElseThrow();
        assertNull(tariq.post());
        assertTrue(p.stream().anyMatch(x -> x.name() == null && "Director of Children's Services".equals(x.post())));
    }

    @Test
    void aListedPortfolioNeedsItsClosingAnd() {
        assertEquals(List.of("Director of Children, Families and Education"),
                people("REPORT OF:\tDIRECTOR OF CHILDREN, FAMILIES AND EDUCATION").stream().map(PersonMention::post).toList());
        assertEquals(List.of("Head of Workforce Development"),
                people("Officer presenting report: Head of Workforce Development, Children’s Services").stream().map(PersonMention::post).toList());
    }

    @Test
    void aPostEndsWhereTheNextFieldOfAFrontSheetBegins() {
        assertEquals(List.of("Strategic Director: Children and Education"),
                people("Report of: Strategic Director: Children and Education\nTitle: Workforce Strategy Update").stream().map(PersonMention::post).toList());
    }

    @Test
    void aFieldLabelIsNotAPostsPortfolio() {
        assertTrue(people("Responsible Cabinet Member: Councillor Ann Lee").stream().noneMatch(p -> p.post() != null && p.post().contains("Councillor")));
    }

    // web pages copied to text

    private static List<AgendaItem> items(String text) {
        return Docs.run(text, AgendaItem.class, new AgendaItemExtractor());
    }

    private static List<String> itemLabels(String text) {
        return items(text).stream().map(i -> (i.number() == null ? "" : i.number() + " ") + i.title()).toList();
    }

    @Test
    void anItemPagesFirstLineIsItsTitle() {
        assertEquals(List.of("Fostering Service Annual Review"),
                itemLabels("Agenda item\n\nFostering Service Annual Review\n\nMinutes:\n\nThe Panel received the review.\n"));
        assertEquals(List.of("School Places Plan: Secondary Expansion"),
                itemLabels("Decision details\n\nSchool Places Plan: Secondary Expansion\n\nDecision Maker: Cabinet\n\nIs subject to call in?: Yes\n\nDecisions:\n"));
    }

    @Test
    void anIssuePageTakesTheNumberedHeadingOverItsOwnTitle() {
        assertEquals(List.of("12 Youth Justice Plan Report"),
                itemLabels("Issue - meetings\n\nYouth Justice Plan 2024\n\nMeeting: 02/05/2024 - Cabinet (Item 12)\n\n12 Youth Justice Plan Report pdf icon PDF 120 KB\n\nAdditional documents:\n"));
    }

    @Test
    void readsItemNumbersOnALineOfTheirOwnAndLinkedTitles() {
        String text = "Agenda and minutes\n\nHealth Scrutiny Panel - Monday, 3rd March, 2025 6.30 pm\n\nNo. Item\n\n1.\n\nApologies for absence\n\nMinutes:\n\nNone were received.\n\n"
                + "2.\n\nNotes of the last meeting pdf icon PDF 80 KB\n\nMinutes:\n\nRESOLVED: That the notes be agreed.\n\n3.\n\nTo note any urgent business\n\n4.\n\nDental Access Update pdf icon PDF 200 KB\n\nSupporting documents:\n\nDental Access Update, item 4 PDF 200 KB\n";
        assertEquals(List.of("1 Apologies for absence", "2 Notes of the last meeting", "3 To note any urgent business", "4 Dental Access Update"), itemLabels(text));
        Meeting m = meeting(text);
        assertEquals("Health Scrutiny Panel", m.committee());
        assertEquals(LocalDate.of(2025, 3, 3), m.date());
    }

    @Test
    void theFirstTitleUnderATableHeadingAndLinkedTitlesWithoutNumbers() {
        assertEquals(List.of("Welcome and Introductions", "Terms of Reference"),
                itemLabels("No. Item\n\n\nWelcome and Introductions\n\nThe Chair welcomed members.\n\nTerms of Reference pdf icon PDF 90 KB\n\nReport of the Director of Education\n\nAdditional documents:\n"));
    }

    @Test
    void numberedParagraphsInsideAnItemAreNotItems() {
        assertEquals(List.of("21 Public Questions"),
                itemLabels("21 Public Questions pdf icon PDF 50 KB\n\nNotes:\n\n1. The deadline for questions is noon on Friday.\n\n2. The deadline for petitions is a week before the meeting\n\nAdditional documents:\n"));
    }

    @Test
    void aMinuteWhoseParagraphsCarryItsNumberIsAnItem() {
        assertEquals(List.of("8 Apologies for absence", "9 Urgent items"),
                itemLabels("MINUTES of a meeting of the Schools Forum held at the Town Hall on 4 June 2024.\n\n8.   Apologies for absence\n\n8.1  Apologies were received from Mr Smith.\n\n9.   Urgent items\n\n9.1  There were none.\n"));
        assertEquals(LocalDate.of(2024, 6, 4), meeting("MINUTES of a meeting of the Schools Forum held at the Town Hall on 4 June 2024.").date());
    }

    @Test
    void aReportsNumberedSectionsAreNotItems() {
        assertTrue(items("Report to Cabinet\n\n1. Purpose of the Report\n\n1.1 To set out the plan.\n\n2. Background\n\n2.1 The plan was agreed last year.\n").isEmpty());
    }

    @Test
    void aCommitteeWithoutAUsableDate() {
        Meeting m = meeting("Minutes for Early Years Scrutiny Panel 12th March\n\n10:00 am, Monday, 3rd June 2024 - 2 months ago\n");
        assertEquals("Early Years Scrutiny Panel", m.committee());
        assertNull(m.date());
        Meeting d = meeting("Decision details\n\nHome to School Transport Policy\n\nDecision Maker: Cabinet\n\nDecision status: Approved\n");
        assertEquals("Cabinet", d.committee());
        assertNull(d.date());
    }

    // decisions of web pages and decision records

    @Test
    void resolutionsAfterAParagraphNumber() {
        assertEquals(List.of("to approve as a correct record the minutes of the meeting held on 2 May 2024"),
                decisionTexts("4.1     RESOLVED to approve as a correct record the minutes of the meeting held on 2 May 2024.\n"));
        assertEquals(List.of("the revised protocol be endorsed"),
                decisionTexts("6.3     Resolved – That the revised protocol be endorsed.\n"));
    }

    @Test
    void aLetteredListAfterASubjectLeadWithColonAndDash() {
        assertEquals(List.of("notes the findings of the review", "agrees to publish the action plan"),
                decisionTexts("RESOLVED: That the Cabinet:-\n\n(a)      notes the findings of the review;\n\n(b)      agrees to publish the action plan; and\n\n(c)      asks officers to report back on the"));
    }

    @Test
    void decimalAndRomanParagraphsAfterTheBodysDecision() {
        assertEquals(List.of("Approve the refurbishment of the family centre", "Delegate authority to the Director of Children's Services to award the contract"),
                decisionTexts("The Mayor and Cabinet RESOLVED to;\n3.1 Approve the refurbishment of the family centre.\n3.2 Delegate authority to the Director of Children's Services to award the contract.\nReport author: A Clerk\n"));
        assertEquals(List.of("Approve the new short breaks offer", "Note the consultation results"),
                decisionTexts("DECISION:  The Cabinet agreed to:\n\n\nI.  Approve the new short breaks offer.\n\n\nII.  Note the consultation results.\n\n\nIII.  Delegate authority"));
    }

    @Test
    void aDecisionLabelOverLetteredThatItemsWithSubBullets() {
        assertEquals(List.of("That the funding formula be approved",
                        "That officers be asked to review the options including:- the cost of each option; the effect on schools",
                        "That the trust fund be closed"),
                decisionTexts("Decision:\n\nDecision\n\n (a)      That the funding formula be approved;\n\n(b)       That officers be asked to review the options including:-\n"
                        + "·         the cost of each option;\n·         the effect on schools\nAs set out in Section 3 of the report;\n\n(c)       That the trust fund be closed.\n\nReason for the Decision\n"));
    }

    /** A decision notice lists what its body did under "The … Committee:", each item opening with a past-tense verb. */
    @Test
    void aBodysPastTenseResolutionsListedUnderADecisionLabel() {
        List<Decision> ds = decisions("Decision\nThe Schools Forum Committee:\n"
                + "1. Approved the revised funding formula for early years providers, from April 2026.\n"
                + "2. Agreed that officers consult head teachers on the high needs block.\n"
                + "3. Noted the report on the central schools services budget.\n\nReasons for the decision\nThe formula was out of date.\n");
        assertEquals(List.of("Approved the revised funding formula for early years providers, from April 2026",
                "Agreed that officers consult head teachers on the high needs block",
                "Noted the report on the central schools services budget"), ds.stream().map(Decision::text).toList());
        assertEquals(List.of(DecisionType.RESOLVED, DecisionType.AGREED, DecisionType.NOTED), ds.stream().map(Decision::type).toList());
    }

    @Test
    void pastTenseItemsWithoutTheBodyOverThemAreNotResolutions() {
        assertTrue(decisions("Decision\nBackground:\n1. Approved schemes were listed in the last report.\n2. Noted concerns were raised by parents.\n").isEmpty());
    }

    @Test
    void aNumberedListOfPassiveResolutions() {
        assertEquals(List.of("That the annual report of the fostering service be noted",
                        "That the Panel receive a further update in the spring"),
                decisionTexts("1.  That the annual report of the fostering service be noted.\n\n\n2.  Members made the following comments:\n\n·  The Panel welcomed the report.\n\n\n3.  That the Panel receive a further update in the spring.\n"));
        assertEquals(List.of("The progress made on the sufficiency plan was noted"),
                decisionTexts("  1. The progress made on the sufficiency plan was noted.\n"));
    }

    @Test
    void numberedRecommendationsAreNotDecisions() {
        assertTrue(decisions("Recommendations\n\n1. That the annual report be noted.\n\n2. That the plan be approved.\n").isEmpty());
    }

    @Test
    void aBodyNotingInformationIsNotADecision() {
        assertTrue(decisions("The Committee noted that 40% of the children were under five.").isEmpty());
    }

    @Test
    void theDecisionsOfAPostDecidingAlone() {
        assertEquals(List.of("Approve the revised charging policy for short breaks", "Delegate authority to the Head of Commissioning to publish the policy"),
                decisionTexts("The Cabinet Member for Children and Families agreed to:\n\n1. Approve the revised charging policy for short breaks;\n2. Delegate authority to the Head of Commissioning to publish the policy.\n"));
        assertEquals(List.of("The Executive Director of People agreed to approve the extension of the advocacy contract for one year"),
                decisionTexts("The Executive Director of People agreed to approve the extension of the advocacy contract for one year."));
        assertTrue(decisions("The Director agreed to circulate the figures after the meeting.").isEmpty());
    }

    @Test
    void aDecisionFieldOpeningWithItsVerb() {
        assertEquals(List.of("Approve the award of the school meals contract to the preferred bidder"),
                decisionTexts("Decision: Approve the award of the school meals contract to the preferred bidder.\n\nReasons for the decision:\n"));
        assertEquals(List.of("Agree the admission arrangements for 2026/27"),
                decisionTexts("Decision:\n\nAgree the admission arrangements for 2026/27.\n\nReasons:\n"));
        assertTrue(decisions("Decision: Approve the award of the").isEmpty());
    }

    @Test
    void anItemPageTakesItsNumberFromTheSubtitle() {
        assertEquals(List.of("17 Virtual School Annual Report"),
                itemLabels("Agenda item\n\nVirtual School Annual Report\n\nMeeting: 09/01/2025 - Schools Forum (Item 17)\n\nMinutes:\n\nThe Forum received the report.\n"));
    }

    @Test
    void attachmentsAndAPurposeAreNotItems() {
        assertTrue(items("Background papers:\n\nSchool Place Planning Report PDF 300 KB\n\nPurpose:\n\nTo seek approval of the revised plan\n\nDecision:\n").isEmpty());
    }

    @Test
    void sentenceCaseItemHeadingsInMinutes() {
        assertEquals(List.of("1 Apologies for absence", "2 Declarations of interest", "3 Short breaks review"),
                itemLabels("Minutes of the meeting of the Schools Forum held on 2 May 2024\n\n1. Apologies for absence\n\nApologies were received from two members.\n\n"
                        + "2. Declarations of interest\n\nNone were declared.\n\n3. Short breaks review\n\nThe Forum considered a report.\n\n"
                        + "4. That the report be noted\n\n5. Members discussed the budget at length\n\nNo further business.\n"));
    }

    @Test
    void resolutionsEnumeratedInOneParagraph() {
        assertEquals(List.of("the annual report be received", "officers circulate the audit findings to all members"),
                decisionTexts("RESOLVED: (1) That the annual report be received. (2) That officers circulate the audit findings to all members.\n\n8. Any other business\n"));
        assertEquals(List.of("under section 100A(4) of the Act the press and public be excluded"),
                decisionTexts("RESOLVED: That under section 100A(4) of the Act the press and public be excluded.\n"));
    }

    @Test
    void theBodyResolvingOrNotingInCapitalsOrWithThat() {
        assertEquals(List.of("The Forum NOTED the draft timetable"), decisionTexts("The Forum NOTED the draft timetable.\n"));
        assertEquals(List.of("The Board resolved that the annual plan be approved"), decisionTexts("The Board resolved that the annual plan be approved.\n"));
        assertTrue(decisions("The Board noted that attendance had improved.\n").isEmpty());
    }

    @Test
    void aDecisionFieldOpeningWithToAndItsVerb() {
        assertEquals(List.of("To approve the revised home to school transport policy"),
                decisionTexts("Decision:\nTo approve the revised home to school transport policy.\n\nReasons for decision: The policy is out of date.\n"));
    }

    @Test
    void minutesOfACommitteeHeldOnMarkTheirTitleLinesAsItems() {
        assertEquals(List.of("4 Questions from Members"),
                itemLabels("Minutes of the Adoption Panel held on 3 June 2024\n\n4. Questions from Members\n\nThere were none.\n"));
    }

    @Test
    void officersWithDashedPostsPartedBySemicolons() {
        List<PersonMention> p = people("Officers: Nia Ford – Head of Early Help; Ravi Dutt – Youth Justice Manager\n\n3. Youth Justice Plan\n");
        assertEquals(List.of("Nia Ford|Head of Early Help", "Ravi Dutt|Youth Justice Manager"),
                p.stream().filter(x -> x.name() != null).map(x -> x.name() + "|" + x.post()).toList());
    }

    @Test
    void aDecisionLabelThenTheBodyThenItsVerbsInLowerCase() {
        assertEquals(List.of("notes the demand pressures in the service", "agrees the revised savings plan"),
                decisionTexts("Decision:\n\nThat the Executive:\n\n(a) notes the demand pressures in the service;\n\n(b) agrees the revised savings plan.\n"));
    }

    @Test
    void aCommitteeLineThenMinutesThenItsDateField() {
        Meeting m = meeting("YOUTH JUSTICE BOARD\n\nMINUTES\n\nDate: Monday, 9 September 2024\nVenue: Room 4\n\n1 Introductions and apologies\n\nThe Chair opened the meeting.\n");
        assertEquals("Youth Justice Board", m.committee());
        assertEquals(java.time.LocalDate.of(2024, 9, 9), m.date());
        assertEquals(List.of("1 Introductions and apologies"),
                itemLabels("YOUTH JUSTICE BOARD\n\nMINUTES\n\nDate: Monday, 9 September 2024\nVenue: Room 4\n\n1 Introductions and apologies\n\nThe Chair opened the meeting.\n"));
    }

    @Test
    void aMotionMovedSecondedAndResolvedInOneSentence() {
        assertEquals(List.of("the school holiday activities programme be extended"),
                decisionTexts("It was proposed by Cllr Ada Vine, seconded by Cllr Leo Marr, and RESOLVED that the school holiday activities programme be extended.\n"));
        assertTrue(decisions("It was proposed by Cllr Ada Vine, seconded by Cllr Leo Marr, and RESOLVED that the school holiday").isEmpty());
    }
}
