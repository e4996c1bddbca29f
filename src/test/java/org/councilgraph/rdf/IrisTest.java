package org.councilgraph.rdf;

import org.councilgraph.model.Grade;
import org.councilgraph.model.InspectionType;
import org.councilgraph.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class IrisTest {
    private final Iris iris = new Iris("http://localhost:3030/");

    @Test
    void followsTheIdPatternForThings() {
        assertEquals("http://localhost:3030/id/council/E06000004", iris.council("E06000004"));
        assertEquals("http://localhost:3030/id/council/E06000004/meeting/cabinet/2018-02-15",
                iris.meeting("E06000004", "doc", "Cabinet", LocalDate.of(2018, 2, 15)));
        assertEquals("http://localhost:3030/id/council/E06000004/inspection/ilacs/2019",
                iris.inspection("E06000004", "doc", InspectionType.ILACS, PartialDate.ofYear(2019), "x"));
    }

    @Test
    void scopesThingsToTheDocumentWhenTheCouncilIsUnknown() {
        String doc = iris.document("abc");
        assertTrue(iris.meeting(null, doc, "Cabinet", LocalDate.of(2018, 2, 15)).startsWith(doc + "/meeting"));
        assertTrue(iris.inspection(null, doc, InspectionType.ILACS, PartialDate.ofYear(2019), "x").startsWith(doc + "/inspection/ilacs/2019"));
    }

    @Test
    void mintsTheSameIriForTheSameInput() {
        assertEquals(iris.decision("d", "The report be noted"), iris.decision("d", "the  report be noted"));
        assertNotEquals(iris.decision("d", "The report be noted"), iris.decision("d", "The report be approved"));
    }

    @Test
    void slugsAreReadableAndSafeForAstralCharacters() {
        assertEquals("childrens-services-and-education", Iris.slug("Children’s Services & Education"));
        assertEquals("cafe-report", Iris.slug("Café \uD83D\uDE00 report"));
        assertTrue(Iris.slug("\uD83D\uDE00").startsWith("x-"));
        assertTrue(Iris.slug("\uD83D\uDE00").matches("[a-z0-9-]+"));
    }

    @Test
    void codesAndIntervalsUseTheirStandardIris() {
        assertEquals("https://w3id.org/councilgraph/def/grade/REQUIRES-IMPROVEMENT", Iris.concept(Grade.REQUIRES_IMPROVEMENT));
        assertEquals("http://reference.data.gov.uk/id/month/2017-12", Iris.interval(PartialDate.ofMonth(2017, 12)));
        assertEquals("http://reference.data.gov.uk/id/year/2019", Iris.interval(PartialDate.ofYear(2019)));
    }

    @Test
    void refusesABaseThatIsNotHttp() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("ftp://example.org/"));
        assertEquals("https://example.org/cg/", new Iris("https://example.org/cg").base());
    }
}
