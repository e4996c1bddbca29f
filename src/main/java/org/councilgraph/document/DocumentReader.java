package org.councilgraph.document;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns the bytes of one file format into plain text laid out for {@code extract.TextLayout}: blocks
 * separated by a blank line, list items as "• item" lines, table rows as tab-separated cells on one
 * line. The text returned is the document's text: evidence offsets point into it.
 * Implementations are stateless; {@link DocumentReaders} picks one by extension and content.
 */
public interface DocumentReader {
    /** What a reader made of a file: the laid-out text and anything worth telling the user. */
    record Extracted(String text, List<String> warnings) {
        public Extracted { warnings = List.copyOf(warnings); }
        public Extracted(String text) { this(text, List.of()); }
    }

    /** The media type recorded for documents this reader made, e.g. {@code application/pdf}. */
    String mediaType();

    Extracted extract(Path file, byte[] bytes) throws DocumentException;
}
