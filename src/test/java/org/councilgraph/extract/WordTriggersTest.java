package org.councilgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class WordTriggersTest {
    private final WordTriggers numbers = new WordTriggers(List.of("four", "forty", "one"));

    @Test
    void findsWholeRunsOfLettersOnlyWhateverTheirCase() {
        String s = "Someone said Forty-four pupils, not fourteen; ONE more.";
        assertEquals(s.indexOf("Forty"), numbers.next(s, 0));
        assertEquals(s.indexOf("four pupils"), numbers.next(s, s.indexOf("Forty") + 1));
        assertEquals(s.indexOf("ONE"), numbers.next(s, s.indexOf("four pupils") + 1)); // "fourteen" and "Someone" are other words
        assertEquals(-1, numbers.next(s, s.indexOf("ONE") + 1));
    }

    @Test
    void aRunStartedBeforeTheOffsetIsSkipped() {
        assertEquals(-1, numbers.next("xfour", 1));
        assertEquals(-1, numbers.next("fourx", 0));
        assertEquals(5, numbers.next("four four", 1));
        assertTrue(numbers.startsAt("a four", 2));
        assertFalse(numbers.startsAt("afour", 1));
    }

    @Test
    void digitsAndAccentedLettersEndARun() {
        assertEquals(1, numbers.next("1four2", 0));
        assertEquals(1, numbers.next("éfouré", 0));
    }

    @Test
    void refusesWordsThatAreNotAsciiLetters() {
        assertThrows(IllegalArgumentException.class, () -> new WordTriggers(List.of("forty-four")));
        assertThrows(IllegalArgumentException.class, () -> new WordTriggers(List.of("")));
    }

    @Test
    void findGivesWhatFindFromTheStartGivesForAPatternStartingWithAWord() {
        Pattern p = Pattern.compile("(?i)\\b(?:four|forty|one)(?:[- ]four)?\\s+\\w+");
        for (String s : List.of("Forty-four children and one carer", "no number here at all", "fourteen, four teams, someone, one.",
                "ONE  big step, then Four steps", "four")) {
            assertEquals(plain(p.matcher(s)), triggered(p.matcher(s), s), s);
        }
    }

    private static List<String> plain(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    private List<String> triggered(Matcher m, String s) {
        List<String> out = new ArrayList<>();
        for (int from = 0; numbers.find(m, s, from); from = m.end()) out.add(m.start() + ":" + m.group());
        return out;
    }
}
