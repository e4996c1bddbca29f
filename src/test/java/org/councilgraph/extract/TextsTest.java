package org.councilgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TextsTest {
    @Test
    void squashIsTheRegularExpressionItReplaces() {
        for (String s : List.of("", " ", "plain words", "  two\t\tgaps \n and a\r\nbreak ", "a\u000Bb\fc", "no-break\u00A0space stays",
                "\u2003em space at the ends\u2003", "tab\tonly", "x  ")) {
            assertEquals(s.replaceAll("\\s+", " ").strip(), Texts.squash(s), s);
        }
    }

    @Test
    void anAlreadySquashedTextIsReturnedAsItIs() {
        String s = "Children and Young People Committee";
        assertEquals(s, Texts.squash(s));
    }
}
