package org.councilgraph.extract;

import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.document.Sidecar;
import org.councilgraph.model.Observation;
import org.councilgraph.model.Unit;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorExtractorTest {
    private static final CouncilRegistry REGISTRY = CouncilRegistry.standard();
    private static final Council DERBY = REGISTRY.byName("Derby").orElseThrow();

    private static List<Observation> read(String text) { return read(text, DERBY, null); }

    private static List<Observation> read(String text, Council council, LocalDate meetingDate) {
        Sidecar sidecar = meetingDate == null ? Sidecar.EMPTY : new Sidecar(null, null, null, meetingDate, null, null, null);
        SourceDocument doc = Docs.doc(text, sidecar);
        ExtractionContext ctx = new ExtractionContext(doc, REGISTRY, council);
        new MeetingExtractor().extract(ctx);
        new IndicatorExtractor().extract(ctx);
        List<Observation> obs = ctx.found(Observation.class);
        for (Observation o : obs) {
            var e = o.evidence().get(0);
            assertEquals(text.substring(e.start(), e.end()), e.quote());
        }
        return obs;
    }

    /** The observations of code-list indicators. */
    private static List<Observation> codeList(List<Observation> obs) {
        return obs.stream().filter(o -> !o.reported()).toList();
    }

    private static Observation only(List<Observation> obs) {
        assertEquals(1, obs.size(), () -> "expected one observation, got " + obs);
        return obs.get(0);
    }

    private static void assertValue(String expected, Observation o) {
        assertEquals(0, new BigDecimal(expected).compareTo(o.value()), () -> "value " + o.value());
    }

    @Test
    void aCountBeforeTheIndicatorPhraseIsRead() {
        Observation o = only(read("At the end of the quarter there were 412 looked after children, a small rise."));
        assertEquals("children-in-care", o.indicator());
        assertValue("412", o);
        assertEquals(Unit.COUNT, o.unit());
        assertEquals(DERBY.gss(), o.areaCode());
    }

    @Test
    void aCountAfterTheIndicatorPhraseWithLinkingWordsIsRead() {
        Observation o = only(read("The number of children in our care stood at 1,204 in March 2023 and continues to be monitored."));
        assertEquals("children-in-care", o.indicator());
        assertValue("1204", o);
        assertEquals("2023-03", o.period().toString());
    }

    /** "in 2022/23" is a financial or academic year: the figure is for it, written as its first year, as precise as the text. */
    @ParameterizedTest
    @ValueSource(strings = {
            "School attendance was 94.2% in 2022/23.",
            "Attendance across our schools stood at 94.2% during 2022-23, in line with similar areas.",
    })
    void aFigureInAFinancialOrAcademicYearIsForThatYear(String sentence) {
        Observation o = only(read(sentence));
        assertEquals("attendance-pct", o.indicator());
        assertEquals("2022", o.period().toString());
    }

    @Test
    void aQuarterOfAFinancialYearKeepsItsQuarter() {
        Observation o = only(read("At the end of Q3 2023/24 there were 410 looked after children."));
        assertEquals("2023-12", o.period().toString());
    }

    @Test
    void twoYearsThatAreNotOneFinancialYearGiveNoPeriod() {
        assertNull(only(read("School attendance was 94.2% in 2022/24.")).period());
    }

    @Test
    void childProtectionPlansFallingFromOneFigureToAnotherGiveTwoObservations() {
        List<Observation> obs = read("Children subject to a child protection plan have fallen since April 2022, from 512 to 455 as at 31 March 2023.");
        assertEquals(2, obs.size(), obs::toString);
        assertEquals("child-protection-plans", obs.get(0).indicator());
        assertValue("512", obs.get(0));
        assertEquals("2022-04", obs.get(0).period().toString());
        assertValue("455", obs.get(1));
        assertEquals("2023-03-31", obs.get(1).period().toString());
    }

    @Test
    void eachFigureOfAChangeTakesTheDateWrittenAfterIt() {
        List<Observation> obs = read("The number of children in care had fallen from 412 at 31 March 2023 to 398 at the end of December 2023.");
        assertEquals(2, obs.size(), obs::toString);
        assertValue("412", obs.get(0));
        assertEquals("2023-03-31", obs.get(0).period().toString());
        assertValue("398", obs.get(1));
        assertEquals("2023-12", obs.get(1).period().toString());
    }

    @Test
    void aSectionNumberOrADayIsNotAFigure() {
        assertTrue(read("4 Children in Care\n\nThe service continued to improve.").isEmpty());
        assertTrue(read("The inspection of services for children in need and care leavers took place between 5 and 29 June 2017.").isEmpty());
    }

    @Test
    void aDateOpeningTheSentenceDatesEveryFigureInIt() {
        List<Observation> obs = read("As at 31 July 2024 there were 1,045 children in need and 312 children subject to a child protection plan.");
        assertEquals(2, obs.size(), obs::toString);
        assertEquals("2024-07-31", obs.get(0).period().toString());
        assertEquals("2024-07-31", obs.get(1).period().toString());
    }

    @Test
    void aFigureFollowedByTheChangeItCameFromIsRead() {
        List<Observation> obs = read("The number of children looked after at 31 March 2025 was 564, down from 581 at 31 March 2024.");
        assertEquals(2, obs.size(), obs::toString);
        assertValue("564", obs.get(0));
        assertEquals("2025-03-31", obs.get(0).period().toString());
        assertValue("581", obs.get(1));
        assertEquals("2024-03-31", obs.get(1).period().toString());
    }

    @Test
    void theEarlierFigureOfAChangeWithNoKnownTimeIsLeftOut() {
        Observation o = only(read("Children on child protection plans rose from 210 to 236 in December 2024."));
        assertValue("236", o);
        assertEquals("2024-12", o.period().toString());
    }

    @Test
    void aMonthWithoutAYearIsPlacedBeforeTheMeeting() {
        Observation o = only(read("The number of care leavers was 188 at the end of November.", DERBY, LocalDate.of(2024, 1, 18)));
        assertEquals("care-leavers", o.indicator());
        assertEquals("2023-11", o.period().toString());
    }

    @Test
    void aMonthWithoutAYearAndNoMeetingDateHasNoPeriod() {
        Observation o = only(read("The number of care leavers was 188 at the end of November."));
        assertNull(o.period());
    }

    @Test
    void theTimeOfTheMeetingIsTheMeetingYear() {
        Observation o = only(read("There were 96 children in need at the time of the meeting.", DERBY, LocalDate.of(2019, 6, 3)));
        assertEquals("children-in-need", o.indicator());
        assertEquals("2019", o.period().toString());
    }

    @Test
    void aQuarterlyReportGivesTheYearOfItsQuarter() {
        String text = "Performance Report (Q3 2023/24)\n\nLooked after children numbered 301 at the time of the meeting.";
        assertEquals("2023", only(read(text)).period().toString());
        String q4 = "Performance Report Quarter 4 2023-24\n\nLooked after children numbered 301 at the time of the meeting.";
        assertEquals("2024", only(read(q4)).period().toString());
    }

    @Test
    void aPresentTenseFigureWithoutATimeCueHasNoPeriod() {
        Observation o = only(read("Some 87% of schools in the city are judged good or outstanding."));
        assertEquals("schools-good-or-outstanding-pct", o.indicator());
        assertNull(o.period());
    }

    @Test
    void qualifiersAreKept() {
        Observation above = only(read("Primary school standings rose to above 88% for good or outstanding grades."));
        assertEquals("above", above.qualifier());
        assertEquals("primary", above.breakdown());
        Observation approx = only(read("Around 72% of eligible families are taking up the free offer for two year olds."));
        assertEquals("early-education-2yo-takeup-pct", approx.indicator());
        assertEquals("approximately", approx.qualifier());
        Observation atLeast = only(read("At least 12 schools expressed an interest in hosting a resource base."));
        assertEquals("schools-expressing-interest", atLeast.indicator());
        assertEquals("at least", atLeast.qualifier());
    }

    @Test
    void percentagesWithDecimalsAndPerCentAreRead() {
        Observation o = only(read("The proportion of young people who are NEET was 3.4 per cent in 2022."));
        assertEquals("neet-pct", o.indicator());
        assertValue("3.4", o);
        assertEquals(Unit.PERCENT, o.unit());
        assertEquals("2022", o.period().toString());
    }

    @Test
    void ehcpsIssuedWithinTwentyWeeksAreAPercentage() {
        Observation o = only(read("In 2023, 64% of new EHCPs were issued within 20 weeks, excluding exceptions."));
        assertEquals("ehcp-20-week-pct", o.indicator());
        assertValue("64", o);
    }

    @Test
    void aNumberOfAsylumSeekingChildrenIsRead() {
        Observation o = only(read("We now support 31 unaccompanied asylum-seeking children, most of them aged 16 or 17."));
        assertEquals("uasc", o.indicator());
        assertValue("31", o);
    }

    @Test
    void figuresUnderAPhaseHeadingTakeItsBreakdownAndTheLeadInPeriod() {
        String text = """
                The latest position on inspection outcomes as at end March:

                Secondary

                - % pupils attending a school judged Good or Outstanding: 81.5%
                - % schools judged Good or Outstanding: 78%

                Special

                - % schools judged Good or Outstanding: 100%
                """;
        List<Observation> obs = read(text, DERBY, LocalDate.of(2021, 5, 10));
        assertEquals(3, obs.size(), obs::toString);
        assertEquals("pupils-in-good-or-outstanding-schools-pct", obs.get(0).indicator());
        assertEquals("secondary", obs.get(0).breakdown());
        assertEquals("2021-03", obs.get(0).period().toString());
        assertEquals("schools-good-or-outstanding-pct", obs.get(1).indicator());
        assertEquals("secondary", obs.get(1).breakdown());
        assertEquals("special", obs.get(2).breakdown());
        assertValue("100", obs.get(2));
    }

    @Test
    void anEnumerationOfPhasesGivesBreakdowns() {
        List<Observation> obs = read("The borough has 52 academies, of which 40 primary, 10 secondary and 2 special.");
        assertEquals(4, obs.size(), obs::toString);
        assertTrue(obs.stream().allMatch(o -> o.indicator().equals("academies")));
        assertEquals("primary", obs.get(1).breakdown());
        assertEquals("special", obs.get(3).breakdown());
    }

    @Test
    void aTableOfAreasByGradeGivesOneObservationPerCell() {
        String text = "Early years providers compare well with others.\n\n"
                + "Area\t% rated Outstanding\t% rated Good\t% rated Requires Improvement\t% rated Inadequate\n"
                + "England\t17%\t79%\t3%\t1%\n"
                + "East Midlands\t15%\t80%\t4%\t1%\n"
                + "Derby\t18%\t78%\t3%\t1%\n";
        List<Observation> obs = read(text);
        assertEquals(12, obs.size(), obs::toString);
        assertTrue(obs.stream().allMatch(o -> o.indicator().equals("early-years-providers-pct")));
        Observation england = obs.get(0);
        assertEquals("E92000001", england.areaCode());
        assertEquals("outstanding", england.breakdown());
        assertValue("17", england);
        assertEquals("E12000004", obs.get(4).areaCode());
        assertEquals("requires-improvement", obs.get(10).breakdown());
        assertEquals(DERBY.gss(), obs.get(10).areaCode());
    }

    /** Schools good or outstanding by phase, England and Derby, with a third column headed {@code lastColumn}. */
    private static String schoolsByPhase(String lastColumn) {
        return "How our schools were judged at their latest inspection, percentage good or outstanding.\n\n"
                + "Area\tPrimary\tSecondary\t" + lastColumn + "\n"
                + "England\t90%\t83%\t89%\n"
                + "Derby\t87%\t71%\t84%\n";
    }

    @Test
    void aTotalColumnBesideTheBreakdownsIsTheIndicatorWithoutABreakdown() {
        List<Observation> obs = read(schoolsByPhase("All schools"));
        assertEquals(6, obs.size(), obs::toString);
        assertTrue(obs.stream().allMatch(o -> o.indicator().equals("schools-good-or-outstanding-pct")));
        Observation derbyAll = obs.stream().filter(o -> o.areaCode().equals(DERBY.gss()) && o.breakdown() == null).findFirst().orElseThrow();
        assertValue("84", derbyAll);
        assertEquals(2, obs.stream().filter(o -> o.breakdown() == null).count());
    }

    @Test
    void aColumnThatIsNeitherABreakdownNorATotalIsNotRead() {
        List<Observation> obs = read(schoolsByPhase("Last year"));
        assertTrue(obs.stream().noneMatch(o -> o.breakdown() == null), obs::toString);
    }

    @Test
    void aPipeTableIsReadToo() {
        String text = "Percentage of early years settings rated good or better\n"
                + "Area | Outstanding | Good\n"
                + "National | 14% | 82%\n"
                + "Derby | 20% | 76%\n";
        List<Observation> obs = read(text);
        assertEquals(4, obs.size(), obs::toString);
        assertEquals("good", obs.get(1).breakdown());
    }

    @Test
    void aTableWithOneCellPerLineIsRead() {
        String text = "Proportion of early years providers judged good or outstanding\n\n"
                + "Area\n% Outstanding\n% Good\nNational\n16%\n77%\nWest Midlands\n19%\n76%\nShropshire\n21%\n74%\n\nNext steps follow.\n";
        Council shropshire = REGISTRY.byName("Shropshire").orElseThrow();
        List<Observation> obs = read(text, shropshire, null);
        assertEquals(6, obs.size(), obs::toString);
        assertEquals("E92000001", obs.get(0).areaCode());
        assertEquals("outstanding", obs.get(0).breakdown());
        assertEquals("E12000005", obs.get(2).areaCode());
        assertEquals(shropshire.gss(), obs.get(5).areaCode());
        assertEquals("good", obs.get(5).breakdown());
        assertValue("74", obs.get(5));
    }

    @Test
    void aNationalFigureBesideTheCouncilsIsForEngland() {
        List<Observation> obs = read("Attendance was 93.1% compared with the national average of 92.4%.");
        assertEquals(2, obs.size(), obs::toString);
        assertEquals(DERBY.gss(), obs.get(0).areaCode());
        assertEquals("E92000001", obs.get(1).areaCode());
        assertEquals("attendance-pct", obs.get(1).indicator());
    }

    @Test
    void aStatisticalNeighbourFigureIsLeftOut() {
        Observation o = only(read("Attendance was 93.1% against 92.0% for statistical neighbours."));
        assertValue("93.1", o);
    }

    @Test
    void aPhraseThatOnlyQualifiesAnotherNounIsNotCounted() {
        assertTrue(codeList(read("We have two Looked after Children Ambassadors who support our work.")).isEmpty());
        assertTrue(codeList(read("There are 3 care leavers apprenticeships on offer this year.")).isEmpty());
    }

    @Test
    void aCountOfSomethingElseNearAnIndicatorIsNotRead() {
        List<Observation> os = read("The number of children with a child protection plan fell, and 24 families were supported by Early Help.");
        assertTrue(codeList(os).isEmpty());
        assertEquals("Families were supported by Early Help", only(os).label()); // a measure of its own
    }

    @Test
    void changesAreNotValues() {
        assertTrue(read("Attendance improved by 2.1% over the year.").isEmpty());
        assertTrue(read("Looked after children numbers saw an increase of 14 in the quarter.").isEmpty());
        assertTrue(read("The NEET rate was 4% lower than last year.").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The council was 1 of 30 local authorities to receive this judgement out of 151 that had undergone inspection.",
            "An action plan for children in care must be sent to Ofsted within 70 working days.",
            "Children in care aged 16 and 17 years old who present as homeless were discussed.",
            "Members asked about items 7 and 8 of the action plan for care leavers.",
            "The Children's Services Strategy 2017-20 sets out priorities for children in care.",
            "Q3 performance for looked after children was presented.",
            "2.0 CHILDREN IN CARE",
            "Children in Care Quarterly Report PDF 332 KB",
            "The offer for 2 year olds was launched alongside take-up work.",
            "Looked after children placements cost £45,000 on average.",
            "The children in care council met on 12 March 2024 and in 2023.",
            "Ofsted last inspected the service for children in care in November 2012.",
            "Child protection plans were reviewed for children aged 0-19 in 2023/24.",
            "There is pressure on school places in five areas where children in care live.",
            "The number of looked after children remains relatively stable.",
            "Care leavers were judged as 'outstanding' in 2024.",
            "Looked after children (24U) were supported.",
            "Care leavers accessing Key Stage 4 support totalled under 5s.",
    })
    void numbersThatAreNotFiguresGiveNothing(String sentence) {
        assertEquals(List.of(), read(sentence));
    }

    @Test
    void aCountBeforeAVerbPhraseOfCareIsRead() {
        Observation o = only(read("As at 31 March 2024, 356 children were in care, compared with 340 a year earlier."));
        assertEquals("children-in-care", o.indicator());
        assertValue("356", o);
        assertEquals("2024-03-31", o.period().toString());
    }

    @Test
    void aLabelAndValueLineIsRead() {
        Observation o = only(read("Children subject to child protection plans: 228"));
        assertEquals("child-protection-plans", o.indicator());
        assertValue("228", o);
    }

    @Test
    void aRatePer10000IsReadInItsOwnUnit() {
        Observation o = only(read("The rate of children in care was 75 per 10,000 children."));
        assertEquals("children-in-care", o.indicator());
        assertEquals(Unit.RATE, o.unit());
        assertValue("75", o);
        List<Observation> ps = read("There were 412 children on a child protection plan (38.4 per 10,000), below the figure last year.");
        assertEquals(2, ps.size());
        assertTrue(ps.stream().anyMatch(x -> x.unit() == Unit.COUNT && x.value().intValue() == 412));
        assertTrue(ps.stream().anyMatch(x -> x.unit() == Unit.RATE && x.value().compareTo(new BigDecimal("38.4")) == 0));
    }

    @Test
    void aRateInBracketsNamedAsARateFollowsTheCount() {
        List<Observation> ps = read("There are 427 looked after children (a rate of 61 per 10,000).");
        assertEquals(2, ps.size());
        assertTrue(ps.stream().anyMatch(x -> x.unit() == Unit.COUNT && x.value().intValue() == 427));
        assertTrue(ps.stream().anyMatch(x -> x.unit() == Unit.RATE && x.value().intValue() == 61 && "children-in-care".equals(x.indicator())));
    }

    @Test
    void aDashboardFlattenedOneCellPerLineGivesCodeListAndReportedIndicators() {
        String text = "Our dashboard\n\nStarting well\n\nRate of children in care per 10,000 children aged 0-17\n\n81.2\n\nImproving\n\n"
                + "Percentage of early help cases closed with needs met\n\n87.5%\n\nStable\n\n"
                + "Average number of days from entering care to moving in with an adoptive family\n\n402\n\nWorse\n\n"
                + "Number of foster carers approved in the year\n\n23\n\nImproving\n";
        List<Observation> os = read(text);
        assertEquals(4, os.size());
        assertEquals("children-in-care", os.get(0).indicator());
        assertEquals(Unit.RATE, os.get(0).unit());
        Observation pct = os.stream().filter(o -> o.unit() == Unit.PERCENT).findFirst().orElseThrow();
        assertTrue(pct.reported());
        assertEquals("Percentage of early help cases closed with needs met", pct.label());
        assertTrue(os.stream().anyMatch(o -> o.unit() == Unit.DAYS && o.value().intValue() == 402));
    }

    @Test
    void twoNumbersUnderAParagraphAreNoDashboard() {
        assertEquals(List.of(), read("The service continued to grow over the year.\n\n12\n\nSupport was extended to families.\n\n13\n"));
    }

    @Test
    void aHeadingsQuarterDatesTheFiguresUnderIt() {
        String text = "Performance Report 2023/24 for Quarter 2: July to September 2023\n\nThe report showed 312 children in care.";
        assertEquals("2023-09", only(read(text)).period().toString());
    }

    @Test
    void aCountOfSomethingOutsideTheCodeListIsReadWithItsOwnWords() {
        Observation o = only(read("In the year, 57 families completed the parenting programme."));
        assertTrue(o.reported());
        assertEquals("Families completed the parenting programme", o.label());
        assertValue("57", o);
    }

    /**
     * Children who started to be looked after in a period are a flow, not the number in care: never read as the
     * children-in-care count; after a clause break, read with the paper's own words.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Over the last twelve months 212 children entered care.",
            "During the quarter 64 children came into care, fewer than the quarter before.",
            "In the last quarter, 212 children entered care.",
    })
    void childrenEnteringCareAreNotTheNumberInCare(String sentence) {
        assertEquals(List.of(), codeList(read(sentence)));
        assertTrue(read(sentence).stream().allMatch(o -> o.reported() && o.label().startsWith("Children")));
    }

    @Test
    void aCountOfChildrenEnteringCareAfterAClauseBreakIsReadWithItsOwnWords() {
        Observation o = only(read("In the last quarter, 212 children entered care."));
        assertEquals("Children entered care", o.label());
        assertValue("212", o);
    }

    @Test
    void aLabelLineMayHoldATimescaleOrAnAgeBandButNotAYear() {
        Observation o = only(read("Reviews held within 15 working days: 74%"));
        assertTrue(o.reported());
        assertEquals("Reviews held within 15 working days", o.label());
        assertValue("74", o);
        assertEquals("Young people aged 16-17 in suitable housing", only(read("Young people aged 16-17 in suitable housing: 83%")).label());
        assertTrue(read("June 2023: 418").isEmpty());
    }

    @Test
    void aScorecardRowOutsideTheCodeListIsReadWithItsLabelButNotItsTarget() {
        String text = "Quarterly scorecard\n\nMeasure\tTarget\tQ3 2023/24\tQ4 2023/24\n"
                + "Visits completed on time (%)\t90%\t86.5%\t91.2%\n"
                + "Number of family group conferences held\t40\t37\t44\n"
                + "Average caseload\t18\t21\t19\n";
        List<Observation> os = read(text);
        assertEquals(4, os.size(), () -> os.toString());
        assertTrue(os.stream().allMatch(Observation::reported));
        assertTrue(os.stream().anyMatch(o -> "Visits completed on time".equals(o.label()) && o.unit() == Unit.PERCENT
                && o.value().compareTo(new BigDecimal("91.2")) == 0 && "2024-03".equals(o.period().toString())));
        assertTrue(os.stream().anyMatch(o -> o.label().startsWith("Number of family") && o.unit() == Unit.COUNT && o.value().intValue() == 37));
        assertTrue(os.stream().noneMatch(o -> o.value().intValue() == 90 || o.value().intValue() == 40));
    }

    @Test
    void aShareNamedThenItsValueIsReadButNotItsTarget() {
        Observation o = only(read("The proportion of strategy meetings held within 3 working days was 79.5%, against a target of 85%."));
        assertTrue(o.reported());
        assertEquals("Strategy meetings held within 3 working days", o.label());
        assertValue("79.5", o);
        assertTrue(read("The percentage of pupils attending school in England was 93%.").stream().allMatch(x -> x.value().intValue() != 93
                || "E92000001".equals(x.areaCode())));
    }

    @Test
    void theCouncilLookingAfterChildrenIsAChildrenInCareCount() {
        Observation o = only(read("We now look after 533 children."));
        assertEquals("children-in-care", o.indicator());
        assertValue("533", o);
        assertTrue(codeList(read("Our foster carers look after 210 children.")).isEmpty());
        assertTrue(codeList(read("We look after 38 children with complex needs.")).isEmpty());
    }

    @Test
    void aShareInBracketsAfterACountIsTheShareOfTheSame() {
        List<Observation> os = read("Seventy-one young people (48.3%) stayed with their former foster carers.");
        assertEquals(2, os.size());
        assertTrue(os.stream().allMatch(o -> "Young people stayed with their former foster carers".equals(o.label())));
    }

    @Test
    void aPercentageOfAGroupAndAMeasureThatMovedAreRead() {
        Observation o = only(read("Only 31% of reviews were held on time."));
        assertEquals("Reviews were held on time", o.label());
        List<Observation> os = read("The average caseload had fallen to 16, compared to 21 in March 2023.", DERBY, LocalDate.of(2023, 11, 2));
        assertEquals(2, os.size());
        assertTrue(os.stream().allMatch(x -> "Average caseload".equals(x.label())));
        assertTrue(os.stream().anyMatch(x -> x.value().intValue() == 21 && "2023-03".equals(String.valueOf(x.period()))));
    }

    @Test
    void aLabelAndValueListLineUnderADatedLeadInIsRead() {
        String text = "At the end of May 2024 the service reported the following:\n\nReturn home interviews offered – 88%\n";
        Observation o = only(read(text));
        assertEquals("Return home interviews offered", o.label());
        assertEquals("2024-05", o.period().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Last year it increased by 11% which was more than expected.",
            "There had been a 4% increase from the previous year.",
            "The Panel noted 12 Children's Homes Update reports.",
            "There were 37 families in Eastfield waiting for support.",
            "The officer explained that timeliness had improved to 71%.",
    })
    void sentencesWithoutANamedMeasureGiveNoReportedFigure(String sentence) {
        assertEquals(List.of(), read(sentence));
    }

    @Test
    void aParagraphAboutAPartOfTheAreaGivesOnlyTheFiguresTiedToTheCouncil() {
        String text = "Members looked at trends in the Eastfield area. There were 95 children in care in Eastfield, "
                + "a rate of 88 per 10,000, higher than the Derby rate of 61.\n";
        List<Observation> os = read(text);
        assertTrue(os.stream().noneMatch(o -> o.value().intValue() == 95 || o.value().intValue() == 88), os.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 61 && o.unit() == Unit.RATE), os.toString());
    }

    @Test
    void aParagraphAboutADistrictOfACountyGivesTheDistrictItsFigures() {
        Council kent = REGISTRY.byName("Kent").orElseThrow();
        String text = "The committee looked at trends in the Dartford area. There were 210 children in care in Dartford, "
                + "a rate of 74 per 10,000, above the Kent rate of 52.\n";
        List<Observation> os = read(text, kent, null);
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 210 && "E07000107".equals(o.areaCode())), os.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 52 && kent.gss().equals(o.areaCode())), os.toString());
        assertTrue(os.stream().noneMatch(o -> o.value().intValue() == 52 && "E07000107".equals(o.areaCode())), os.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "There were 310 children in care, a rate of 64 per 10,000, lower than the England rate of 70.",
            "There were 310 children in care, a rate of 64 per 10,000, slightly above the England rate of 70.",
            "Children in care numbers rose to 310 – equivalent to 64 per 10,000 children.",
    })
    void aRateFollowedByAComparisonIsStillTheIndicatorsRate(String sentence) {
        List<Observation> os = read(sentence);
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 64 && o.unit() == Unit.RATE
                && "children-in-care".equals(o.indicator()) && DERBY.gss().equals(o.areaCode())), os.toString());
    }

    @Test
    void aDistrictOutsideTheCouncilsAreaGivesNoFigure() {
        String text = "The committee looked at trends in the Dartford area. There were 210 children in care in Dartford.\n";
        List<Observation> os = read(text);
        assertTrue(os.stream().noneMatch(o -> o.value().intValue() == 210), os.toString());
    }

    @Test
    void aDistrictFigureKeepsAnEnglandFigureEngland() {
        Council kent = REGISTRY.byName("Kent").orElseThrow();
        String text = "Members noted trends in the Ashford area, where 88 children were on a child protection plan, "
                + "against 42 per 10,000 nationally.\n";
        List<Observation> os = read(text, kent, null);
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 88 && "E07000105".equals(o.areaCode())), os.toString());
        assertTrue(os.stream().noneMatch(o -> o.value().intValue() == 42 && !"E92000001".equals(o.areaCode())), os.toString());
    }

    @Test
    void childrenOnAChildInNeedPlanAreChildrenInNeed() {
        Observation o = only(codeList(read("At the end of June there were 640 children on a child in need plan.")));
        assertEquals("children-in-need", o.indicator());
        assertValue("640", o);
    }

    private static List<Observation> byCategory(List<Observation> os) {
        return os.stream().filter(o -> o.breakdown() != null && "child-protection-plans".equals(o.indicator())).toList();
    }

    @Test
    void childProtectionPlansAreReadByCategoryOfAbuse() {
        String text = "Of the 310 children on a child protection plan, 140 were on a plan for neglect; 22 for physical abuse, "
                + "12 were subject to a plan because of sexual abuse and 95 under emotional abuse.\n";
        List<Observation> all = read(text);
        List<Observation> os = byCategory(all);
        assertEquals(4, os.size(), all.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 140 && o.breakdown().equals("neglect")), os.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 22 && o.breakdown().equals("physical-abuse")), os.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 12 && o.breakdown().equals("sexual-abuse")), os.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 95 && o.breakdown().equals("emotional-abuse")
                && DERBY.gss().equals(o.areaCode()) && o.unit() == Unit.COUNT), os.toString());
    }

    @Test
    void categoryOfAbuseLinesUnderALeadInAreRead() {
        String text = "Children on a child protection plan by category:\n\nNeglect – 140\n\nMultiple categories – 31\n";
        List<Observation> os = byCategory(read(text));
        assertEquals(2, os.size(), os.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 31 && o.breakdown().equals("multiple-categories")), os.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Child protection plans were reviewed; there were 150 referrals for neglect in the quarter.",
            "Plans for neglect rose by 3% under child protection plans this year.",
            "In the quarter 150 children were referred to the service because of neglect.",
            "Of the 266 children on a child protection plan, most were on a plan for neglect or emotional abuse.",
    })
    void noCategoryCountWithoutACountOfPlans(String sentence) {
        assertEquals(List.of(), byCategory(read(sentence)));
    }

    @Test
    void countsOfChildrenTheSentenceNamesOnceAreRead() {
        List<Observation> os = codeList(read("Around 2,000 children receive a social care service, 288 are the subject of a child protection plan "
                + "and 402 are looked after by the council."));
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 288 && o.indicator().equals("child-protection-plans")), os.toString());
        assertTrue(os.stream().anyMatch(o -> o.value().intValue() == 402 && o.indicator().equals("children-in-care")), os.toString());
    }

    @Test
    void aShareLookedAfterByTheCouncilIsNoCount() {
        List<Observation> os = codeList(read("Nationally 3% more children are looked after by the council than five years ago."));
        assertTrue(os.stream().noneMatch(o -> o.unit() == Unit.COUNT), os.toString());
    }

    @Test
    void aMonthWithoutAYearTakesTheYearThePaperGaveIt() {
        String text = "The report covered performance up to the end of March 2019.\n\nAt the end of March there were 402 children in care.\n";
        assertEquals("2019-03", only(read(text)).period().toString());
    }

    @Test
    void theMonthAReportCoversDatesItsUndatedFigures() {
        String text = "The officer presented the performance update for August 2022.\n\n"
                + "In the quarter, 64 families completed the parenting programme.\n\n"
                + "increase in kinship placements to 17.5%\n";
        List<Observation> os = read(text, null, null);
        assertEquals(2, os.size(), os.toString());
        assertTrue(os.stream().allMatch(o -> "2022-08".equals(String.valueOf(o.period()))), os.toString());
    }

    @Test
    void aLabelPointingBackAtAPlanNamesNoMeasure() {
        assertEquals(List.of(), read("In total, 12 children were on a plan because of neglect."));
    }

    @Test
    void compoundNumberWordsAreOneFigure() {
        Observation o = only(read("Thirty-two unaccompanied asylum-seeking children arrived in the quarter."));
        assertValue("32", o);
    }

    @Test
    void aRateNamedEarlierInTheSentenceDatesBothEnds() {
        List<Observation> os = read("The rate of looked after children per 10,000 fell from 98.2 in March 2023 to 91.7 in March 2024.");
        assertEquals(2, os.size());
        assertTrue(os.stream().allMatch(o -> o.unit() == Unit.RATE && o.indicator().equals("children-in-care")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Looked after children per 10,000: 75",
            "Children in care placements: 300",
            "Children in need referrals were 1,203 in the year.",
            "Care leavers' average age was 19.",
    })
    void figuresThatMeasureSomethingElseThanTheIndicatorGiveNothing(String sentence) {
        assertEquals(List.of(), codeList(read(sentence))); // at most a reported indicator of the paper's words
    }

    @Test
    void aDocumentWithoutACouncilHasNoAreaForItsFigures() {
        Observation o = only(read("There were 77 care leavers in touch with the service.", null, null));
        assertNull(o.areaCode());
    }

    @Test
    void evidenceCoversThePhraseAndTheFigure() {
        String text = "There were 412 looked after children.";
        Observation o = only(read(text));
        assertEquals("412 looked after children", o.evidence().get(0).quote());
        assertEquals("indicator", o.evidence().get(0).rule());
    }

    @Test
    void aScorecardWithQuarterColumnsGivesOneObservationPerQuarterAndTheEnglandColumn() {
        String text = "Performance scorecard, Quarter 2 2024/25\n\n"
                + "Indicator\tQ1\tQ2\tTarget\tEngland\n"
                + "Number of children looked after\t598\t611\t580\t\n"
                + "Rate of children looked after per 10,000\t88\t90\t80\t70\n"
                + "% of EHCPs issued within 20 weeks\t41%\t47%\t60%\t50.3%\n"
                + "Average days from referral to assessment\t38\t41\t45\t\n";
        List<Observation> obs = read(text);
        assertEquals(5, obs.size(), obs::toString);
        assertEquals("children-in-care", obs.get(0).indicator());
        assertValue("598", obs.get(0));
        assertEquals("2024-06", obs.get(0).period().toString());
        assertEquals("2024-09", obs.get(1).period().toString());
        assertTrue(obs.stream().noneMatch(o -> o.value().intValue() == 580 || o.value().intValue() == 88 || o.value().intValue() == 60));
        Observation england = obs.get(4);
        assertEquals("ehcp-20-week-pct", england.indicator());
        assertEquals("E92000001", england.areaCode());
        assertValue("50.3", england);
    }

    @Test
    void aScorecardOfFinancialYearsWithOneCellPerLineIsRead() {
        String text = "Measure\n2022/23\n2023/24\nEngland\nChildren in care\n702\n688\n–\n"
                + "Pupils in good or outstanding schools\n86.1%\n88.4%\n89.0%\n\nAbout this data\n";
        List<Observation> obs = read(text);
        assertEquals(5, obs.size(), obs::toString);
        assertEquals("children-in-care", obs.get(0).indicator());
        assertEquals("2023-03", obs.get(0).period().toString());
        assertEquals("2024-03", obs.get(1).period().toString());
        assertEquals("E92000001", obs.get(4).areaCode());
    }

    /**
     * A scorecard copied one cell per line with a direction-of-travel column of words: the words are skipped, the
     * area columns read, and the paper's "figures are at … unless stated" dates them.
     */
    @Test
    void aScorecardWithADirectionColumnOfWordsIsReadAndDatedByThePapersStandingDate() {
        String text = "All figures are as at 30 September 2024 unless stated.\n\n"
                + "Measure\nDerby\nEngland\nDirection\n"
                + "Children in care\n605\n–\nStable\n"
                + "Pupils in good or outstanding schools\n84%\n89%\nNot improving\n\nNext steps\n";
        List<Observation> obs = read(text);
        assertEquals(3, obs.size(), obs::toString);
        assertEquals(List.of("children-in-care", "pupils-in-good-or-outstanding-schools-pct", "pupils-in-good-or-outstanding-schools-pct"),
                obs.stream().map(Observation::indicator).toList());
        assertEquals(List.of(DERBY.gss(), DERBY.gss(), "E92000001"), obs.stream().map(Observation::areaCode).toList());
        assertValue("89", obs.get(2));
        assertTrue(obs.stream().allMatch(o -> "2024-09-30".equals(String.valueOf(o.period()))), obs::toString);
    }

    @Test
    void aRowWhoseWordCellStandsUnderAFigureColumnEndsTheScorecard() {
        String text = "Measure\nDerby\nEngland\nDirection\n"
                + "Children in care\n605\nStable\n"
                + "Pupils in good or outstanding schools\n84%\n89%\nImproving\n";
        assertTrue(read(text).stream().noneMatch(o -> "E92000001".equals(o.areaCode())), read(text)::toString);
    }

    @Test
    void aScorecardWhoseColumnsAreNeitherPeriodsNorAreasIsNotRead() {
        String text = "Indicator\tTarget\tRAG\nNumber of children looked after\t580\tAmber\nChildren in need\t2,000\tGreen\n";
        assertEquals(List.of(), read(text));
    }

    @Test
    void aQuarterInBracketsLabelsTheFigureAfterIt() {
        List<Observation> obs = read("Children's Services Performance Report – Quarter 2 2024/25\n\n"
                + "Children looked after (CLA) at the end of Q2: 412 (Q1: 398)\n");
        assertEquals(2, obs.size(), obs::toString);
        assertValue("412", obs.get(0));
        assertEquals("2024-09", obs.get(0).period().toString());
        assertValue("398", obs.get(1));
        assertEquals("2024-06", obs.get(1).period().toString());
    }

    @Test
    void aQuarterWithoutAKnownFinancialYearGivesNoPeriod() {
        Observation o = only(read("Children looked after at the end of Q2: 412"));
        assertNull(o.period());
    }

    @Test
    void aDateAfterTheFigureAChangeCameFromIsThatFiguresOnly() {
        List<Observation> obs = read("Children subject to a child protection plan: 287, down from 301 at the end of June", DERBY, LocalDate.of(2024, 11, 19));
        assertEquals(2, obs.size(), obs::toString);
        assertValue("287", obs.get(0));
        assertNull(obs.get(0).period());
        assertEquals("2024-06", obs.get(1).period().toString());
    }

    @Test
    void anEnglandFigureInBracketsIsEnglandsAndTheFigureBeforeItTheCouncils() {
        List<Observation> obs = read("NEET 16-17 year olds: 4.2% (England 5.4%).");
        assertEquals(2, obs.size(), obs::toString);
        assertValue("4.2", obs.get(0));
        assertEquals(DERBY.gss(), obs.get(0).areaCode());
        assertValue("5.4", obs.get(1));
        assertEquals("E92000001", obs.get(1).areaCode());
    }

    @Test
    void aComparisonWithAFigureNationallyIsRead() {
        List<Observation> obs = read("Overall attendance was 92.6% for the autumn term, compared with 93.1% nationally.");
        assertEquals(2, obs.size(), obs::toString);
        assertEquals("E92000001", obs.get(1).areaCode());
        assertValue("93.1", obs.get(1));
    }

    @Test
    void aPhaseLabelThenTheShareOfSchoolsJudgedGoodOrOutstandingIsRead() {
        Observation o = only(read("Secondary schools: 79% are judged good or outstanding."));
        assertEquals("schools-good-or-outstanding-pct", o.indicator());
        assertEquals("secondary", o.breakdown());
        assertValue("79", o);
    }

    @Test
    void pupilsWhoAttendAGoodOrOutstandingSchoolAreRead() {
        Observation o = only(read("91.5% of pupils attend a good or outstanding school."));
        assertEquals("pupils-in-good-or-outstanding-schools-pct", o.indicator());
    }

    @Test
    void twoValuesForTheSameIndicatorAreaAndPeriodKeepOnlyTheFirst() {
        List<Observation> obs = read("There were 412 looked after children at 31 March 2024. Children in care at 31 March 2024: 415.");
        assertEquals(1, obs.size(), obs::toString);
        assertValue("412", obs.get(0));
    }

    @Test
    void aDateOpeningASentenceDatesTheFiguresInTheRestOfItsParagraph() {
        List<Observation> obs = read("1.2 At 31 January 2025 the council looked after 1,912 children. It was also supporting 2,087 care leavers.");
        Observation leavers = obs.stream().filter(o -> o.indicator().equals("care-leavers")).findFirst().orElseThrow();
        assertEquals("2025-01-31", leavers.period().toString());
    }

    @Test
    void aDateOpeningAParagraphDoesNotDateTheNextParagraph() {
        List<Observation> obs = read("At 31 January 2025 there were 1,912 children in care.\n\nThe council supports 2,087 care leavers.");
        Observation leavers = obs.stream().filter(o -> o.indicator().equals("care-leavers")).findFirst().orElseThrow();
        assertNull(leavers.period());
    }

    @Test
    void aDateInTheMiddleOfASentenceDoesNotDateTheNextSentence() {
        List<Observation> obs = read("There were 1,912 children in care at 31 January 2025. The council supports 2,087 care leavers.");
        Observation leavers = obs.stream().filter(o -> o.indicator().equals("care-leavers")).findFirst().orElseThrow();
        assertNull(leavers.period());
    }

    @Test
    void aStandingDateForTheWholeDocumentDatesFiguresThatGiveNone() {
        List<Observation> obs = read("Figures are at 31 December 2024 unless stated.\n\nThe council supports 987 care leavers.");
        assertEquals("2024-12-31", only(obs).period().toString());
    }

    @Test
    void anAgeLimitAfterThePeopleItAppliesToIsNotACount() {
        assertTrue(read("Improve access to emotional health support for care leavers up to 25.").isEmpty());
        assertTrue(read("Free prescriptions for care leavers up to the age of 25.").isEmpty());
    }

    @Test
    void aCountOfPeopleAfterUpToIsStillRead() {
        assertValue("40", only(read("The hub will support up to 40 care leavers this year.")));
    }

    @Test
    void childrenWhoWereSubjectToAPlanAreCounted() {
        Observation o = only(read("286 children were subject to a child protection plan at the end of March 2024."));
        assertEquals("child-protection-plans", o.indicator());
        assertValue("286", o);
    }

    @Test
    void childrenWithAnEhcPlanInTheSingularAreCounted() {
        Observation o = only(read("There were 3,214 children and young people with an EHC plan in January 2024."));
        assertEquals("ehcp-count", o.indicator());
        assertValue("3214", o);
    }

    @Test
    void careLeaversInEducationEmploymentOrTrainingAreAPercentage() {
        Observation o = read("Of care leavers aged 19 to 21, 57% were in education, employment or training.").get(0);
        assertEquals("care-experienced-in-education-pct", o.indicator());
        assertValue("57", o);
    }

    @Test
    void aCountOfCareLeaversIsNotReadAsInEducation() {
        List<Observation> obs = read("We supported 402 care leavers, many in education.");
        assertTrue(obs.stream().noneMatch(o -> o.indicator().equals("care-experienced-in-education-pct")), obs.toString());
    }
}
