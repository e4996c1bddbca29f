package org.councilgraph.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Limits on what a ZIP-based document (.docx) expands to, measured by inflating it (the sizes a ZIP
 * declares can lie) before any parser builds it in memory: a few megabytes can expand to gigabytes.
 */
final class ExpandedSize {
    /** XML parts, which the parser holds in memory many times over: far beyond any real paper's. */
    static final long MAX_XML_BYTES = 24L * 1024 * 1024;
    /** Everything, images included. */
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private ExpandedSize() {}

    static void check(Path file, byte[] bytes) throws DocumentException {
        long xml = 0, total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                boolean isXml = isXml(e.getName());
                for (int n; (n = zip.read(buf)) > 0; ) {
                    total += n;
                    if (isXml) xml += n;
                    if (xml > MAX_XML_BYTES || total > MAX_TOTAL_BYTES) {
                        throw new DocumentException(file, "expands to more than " + DocumentReaders.megabytes(isXml ? MAX_XML_BYTES : MAX_TOTAL_BYTES)
                                + (isXml ? " of XML" : "") + " (a ZIP bomb, or far larger than any paper); not read");
                    }
                }
            }
        } catch (IOException e) {
            throw new DocumentException(file, "not a readable ZIP package (" + Formats.oneLine(e) + ")");
        }
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }
}
