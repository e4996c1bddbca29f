package org.councilgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class StartCharsTest {
    @Test
    void takesTheFirstCharacterOfEachEntryAndBothApostrophes() {
        StartChars s = StartChars.of(List.of("Director", "Head of", "'Lead'"));
        assertTrue(s.starts('D'));
        assertTrue(s.starts('H'));
        assertTrue(s.starts('\''));
        assertTrue(s.starts('’'));
        assertFalse(s.starts('d'));
        assertThrows(IllegalArgumentException.class, () -> StartChars.of(List.of("")));
    }

    @Test
    void findGivesWhatFindGivesWithLookbehindsAndBoundariesSeeingTheTextBefore() {
        Pattern p = Pattern.compile("(?<=\\b[Tt]he\\s|,\\s)(?:[A-Z][a-z]+\\s+){1,2}(?:Manager|Officer)\\b");
        StartChars capitals = StartChars.capitals();
        for (String s : List.of("We thank the Leaving Care Manager, the Data Officer and the Team Manager.",
                "Sam Lee, Performance Officer, spoke.", "the manager and the officer", "TheLeaving Care Manager", "")) {
            assertEquals(plain(p.matcher(s)), started(capitals, p.matcher(s), s), s);
        }
    }

    @Test
    void anAnchorStillMeansTheStartOfTheText() {
        Pattern p = Pattern.compile("^[A-Z]\\w+");
        Matcher m = p.matcher("Alpha Beta");
        assertTrue(StartChars.capitals().find(m, "Alpha Beta", 0));
        assertFalse(StartChars.capitals().find(p.matcher("Alpha Beta"), "Alpha Beta", 1));
    }

    private static List<String> plain(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> started(StartChars chars, Matcher m, String s) {
        List<String> out = new ArrayList<>();
        for (int from = 0; chars.find(m, s, from); from = m.end()) out.add(m.start() + ":" + m.group());
        return out;
    }
}
