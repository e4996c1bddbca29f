package org.councilgraph.official;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvTableTest {
    @Test
    void rows_keep_their_line_their_text_and_its_position() {
        String text = "\uFEFFa,b\r\n1,\"x, y\"\r\n\r\n2,\"say \"\"hi\"\"\nthere\"\n3,z";
        CsvTable t = CsvTable.parse(text);
        assertEquals(List.of("a", "b"), t.header());
        assertEquals(3, t.rows().size());
        assertEquals(List.of("1", "x, y"), t.rows().get(0).cells());
        assertEquals(2, t.rows().get(0).line());
        assertEquals("1,\"x, y\"", t.rows().get(0).text());
        assertEquals(List.of("2", "say \"hi\"\nthere"), t.rows().get(1).cells());
        assertEquals(4, t.rows().get(1).line(), "the blank line 3 holds no row");
        assertEquals(6, t.rows().get(2).line(), "a line break inside quotes counts");
        String body = text.substring(1);
        CsvTable.Row last = t.rows().get(2);
        assertEquals("3,z", body.substring(last.start(), last.end()));
    }

    @Test
    void a_short_row_keeps_the_cells_it_has() {
        CsvTable t = CsvTable.parse("a,b,c\n1,2\n");
        assertEquals(List.of("1", "2"), t.rows().get(0).cells());
        assertEquals(1, t.column("B").orElseThrow());
    }
}
