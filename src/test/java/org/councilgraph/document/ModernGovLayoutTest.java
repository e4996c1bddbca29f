package org.councilgraph.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** ModernGov pages (written here from the shape of the markup, not copied) laid out for the extractors. */
class ModernGovLayoutTest {
    private static String text(String html) throws DocumentException {
        return new HtmlDocumentReader().extract(Path.of("page.html"), html.getBytes(StandardCharsets.UTF_8)).text();
    }

    static final String AGENDA_ITEM = """
            <html><body><div id="modgov"><div class="mgContent">
            <h1 class="mgMainTitleTxt">Agenda item</h1>
            <p class="mgSubTitleTxt">Meeting: 21/11/2025 - Children, Young People and Families Policy and Performance Board (Item 25)</p>
            <p class="mgAiTitleTxt">Children’s Services Directorate Quarterly Monitoring Report (Q2 2025/26)</p>
            <ul class="mgActionList"><li><a href="documents/s1.pdf">Report <span>PDF 332 KB</span></a></li></ul>
            <h2 class="mgSectionTitle">Minutes:</h2>
            <div class="mgWordPara"><p>The Board received the performance management report.</p>
            <p>RESOLVED: That the report be noted.</p></div>
            </div></div></body></html>
            """;

    @Test
    void anAgendaItemPageGivesCommitteeDateItemHeadingAndMinutes() throws Exception {
        assertEquals("Committee: Children, Young People and Families Policy and Performance Board\n\nDate: 21 November 2025\n\n"
                + "Agenda item\n\n25 Children’s Services Directorate Quarterly Monitoring Report (Q2 2025/26)\n\nReport\n\nPDF 332 KB\n\n"
                + "Minutes:\n\nThe Board received the performance management report.\n\nRESOLVED: That the report be noted.\n", text(AGENDA_ITEM));
    }

    static final String MINUTES_PAGE = """
            <html><body><div id="modgov">
            <h1 class="mgMainTitleTxt">Minutes: Cabinet - Thursday, 15th February, 2018 4.30 pm</h1>
            <table class="mgItemTable">
            <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">25.</p></td>
                <td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=1">Children's Services Performance Update Q3</a></p>
                    <div class="mgWordPara"><p>Consideration was given to a report on performance.</p></div>
                    <p class="mgSubItemTitleTxt">Minutes:</p>
                    <div class="mgWordPara"><p>RESOLVED that the report be noted.</p></div></td></tr>
            <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">26.</p></td>
                <td><p class="mgAiTitleTxt">Fostering Service Annual Report</p>
                    <p class="mgSubItemTitleTxt">Decision:</p>
                    <div class="mgWordPara"><p>RESOLVED that the annual report be approved.</p></div></td></tr>
            </table></div></body></html>
            """;

    @Test
    void aMinutesPageKeepsEveryItemHeadingBeforeItsMinutes() throws Exception {
        String t = text(MINUTES_PAGE);
        assertTrue(t.startsWith("Committee: Cabinet\n\nDate: 15 February 2018\n\n"), t);
        int a = t.indexOf("25 Children's Services Performance Update Q3\n\nConsideration");
        int b = t.indexOf("26 Fostering Service Annual Report\n\nDecision:\n\nRESOLVED that the annual report be approved.");
        assertTrue(a > 0 && b > a, t);
        assertTrue(t.indexOf("Minutes:\n\nRESOLVED that the report be noted.") > a, t);
    }

    static final String DECISION_PAGE = """
            <html><body><div id="modgov">
            <h1 class="mgMainTitleTxt">Decision details</h1>
            <h2 class="mgSubTitleTxt">Children's Services Performance Update Q3</h2>
            <p><span class="mgLabel">Decision Maker:</span> Cabinet</p>
            <p>Decision status: Recommendations Approved</p>
            <h2 class="mgSectionTitle">Decision:</h2>
            <div class="mgWordPara"><p>RESOLVED that the report be noted.</p></div>
            <p>Date of decision: 15/02/2018</p>
            </div></body></html>
            """;

    @Test
    void aDecisionPageGivesItsDecisionMakerAndDate() throws Exception {
        String t = text(DECISION_PAGE);
        assertTrue(t.startsWith("Committee: Cabinet\n\nDate: 15 February 2018\n\n"), t);
        assertTrue(t.contains("Decision:\n\nRESOLVED that the report be noted."), t);
    }
}
