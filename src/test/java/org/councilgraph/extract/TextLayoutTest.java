package org.councilgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TextLayoutTest {
    private static List<String> blocks(String text) {
        TextLayout l = new TextLayout(text);
        return l.blocks().stream().map(l::content).map(String::strip).toList();
    }

    @Test
    void joinsLinesThatAnExportWrappedMidSentence() {
        assertEquals(List.of("The Committee received the annual report of the Virtual School."),
                blocks("The Committee\nreceived the annual report of the\nVirtual School."));
    }

    @Test
    void joinsAWrapBeforeACapitalisedWordWhenTheLineEndsMidPhrase() {
        assertEquals(List.of("The new Ofsted framework had been launched."), blocks("The new\nOfsted framework had been launched."));
    }

    @Test
    void keepsHeadingsAndParagraphsApart() {
        assertEquals(List.of("Minutes:", "Jane Doe presented the report."), blocks("Minutes:\nJane Doe presented the report."));
        assertEquals(List.of("Primary", "% schools good: 90%"), blocks("Primary\n\n% schools good: 90%"));
    }

    @Test
    void aLabelOrADownloadLinkIsNotJoinedToTheLineAbove() {
        assertEquals(List.of("7 Members’ question", "PDF 120 KB", "Minutes:", "A question was put."),
                blocks("7 Members’ question\nPDF 120 KB\nMinutes:\nA question was put."));
    }

    @Test
    void aWrappedLeadInEndingInAColonStaysOneBlock() {
        assertEquals(List.of("c. Inspectors identified a number of areas of specific focus:", "i. Quality of plans"),
                blocks("- c. Inspectors identified a number of areas of\nspecific focus:\n - i. Quality of plans"));
    }

    @Test
    void readsEveryCommonListMarker() {
        String text = "Areas:\n• one\no two\n· three\n- four\na. five\nii. six\n3) seven\n(d) eight\n";
        TextLayout l = new TextLayout(text);
        List<TextLayout.Block> items = l.blocks().stream().filter(TextLayout.Block::isListItem).toList();
        assertEquals(8, items.size());
        assertEquals(List.of("one", "two", "three", "four", "five", "six", "seven", "eight"),
                items.stream().map(l::content).map(String::strip).toList());
    }

    /** Word's Symbol and Wingdings bullets come out of a text export as "Ø", "§" or private-use characters. */
    @Test
    void readsBulletsOfSymbolFontsAsListMarkers() {
        String text = "Placements:\nØ  more foster carers recruited\n§  fewer moves\n\uF0B7 stable schools\n";
        TextLayout l = new TextLayout(text);
        assertEquals(List.of("more foster carers recruited", "fewer moves", "stable schools"),
                l.blocks().stream().filter(TextLayout.Block::isListItem).map(l::content).map(String::strip).toList());
    }

    @Test
    void aSectionNumberIsNotAListMarker() {
        TextLayout l = new TextLayout("2.0 CHILDREN'S SAFEGUARDING\n\nThe number of children remains stable.");
        assertFalse(l.blocks().get(0).isListItem());
    }

    @Test
    void splitsSentencesButNotAtAbbreviations() {
        TextLayout l = new TextLayout("Cllr. Smith asked a question. The Director, Mr. Jones, replied. It was 5 p.m. Done.");
        List<String> s = l.sentences().stream().map(l::text).toList();
        assertEquals("Cllr. Smith asked a question.", s.get(0));
        assertEquals("The Director, Mr. Jones, replied.", s.get(1));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Heading\n\n  • First item\n    continues here.\n";
        TextLayout l = new TextLayout(text);
        for (TextLayout.Block b : l.blocks()) {
            assertEquals(text.substring(b.contentStart(), b.end()).replace('\n', ' '), l.content(b));
        }
    }
}
