package org.councilgraph.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the reader for a file by its extension, then checks the bytes agree (a ".doc" that is
 * really a .docx, an ".html" that is really a PDF) so that a misnamed file is read as what it is,
 * and refuses files over the size limit before reading them, and texts over {@link #MAX_TEXT_CHARS} after.
 */
public final class DocumentReaders {
    /** Default largest file read: council agenda packs with scans reach tens of MB; larger ones are rarely text. */
    public static final long DEFAULT_MAX_BYTES = 40L * 1024 * 1024;

    /** Most characters of text a document may have once extracted, whatever its file size. */
    public static final int MAX_TEXT_CHARS = 20_000_000;

    /** A document as read and what the reader had to say about it. */
    public record Read(SourceDocument document, List<String> warnings) {}

    private static final DocumentReader TEXT = new TextDocumentReader();
    private static final DocumentReader PDF = new PdfDocumentReader();
    private static final DocumentReader DOCX = new DocxDocumentReader();
    private static final DocumentReader DOC = new DocDocumentReader();
    private static final DocumentReader HTML = new HtmlDocumentReader();
    private static final Map<String, DocumentReader> BY_EXTENSION = Map.of(
            "txt", TEXT, "text", TEXT, "pdf", PDF, "docx", DOCX, "doc", DOC, "html", HTML, "htm", HTML, "aspx", HTML);

    private final long maxBytes;

    public DocumentReaders(long maxBytes) { this.maxBytes = maxBytes; }

    public DocumentReaders() { this(DEFAULT_MAX_BYTES); }

    public static boolean isSupported(Path p) { return BY_EXTENSION.containsKey(extension(p)); }

    /** Extensions read, for messages. */
    public static String extensions() {
        return String.join(", ", BY_EXTENSION.keySet().stream().sorted().map(e -> "." + e).toList());
    }

    /** Reads the file's bytes, checking the size limit first. */
    public byte[] bytes(Path file) throws DocumentException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DocumentException(file, "file too large (" + megabytes(size) + "; the limit is " + megabytes(maxBytes)
                        + ", raise it with --max-file-size)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read file: " + e.getMessage());
        }
    }

    public Read read(Path file, Sidecar sidecar) throws DocumentException {
        return read(file, bytes(file), sidecar);
    }

    public Read read(Path file, byte[] bytes, Sidecar sidecar) throws DocumentException {
        DocumentReader reader = readerFor(file, bytes);
        DocumentReader.Extracted x = reader.extract(file, bytes);
        if (x.text().length() > MAX_TEXT_CHARS) {
            throw new DocumentException(file, "too much text (" + x.text().length() + " characters after extraction; the limit is "
                    + MAX_TEXT_CHARS + ", thousands of pages)");
        }
        SourceDocument doc = new SourceDocument(file, x.text(), TextDocumentReader.sha256(bytes), reader.mediaType(), sidecar);
        return new Read(doc, x.warnings());
    }

    static DocumentReader readerFor(Path file, byte[] bytes) throws DocumentException {
        DocumentReader byName = BY_EXTENSION.get(extension(file));
        if (byName == null) throw new DocumentException(file, "unsupported file type (expected " + extensions() + ")");
        if (bytes.length == 0) throw new DocumentException(file, "empty file");
        if (startsWith(bytes, "%PDF")) return PDF;
        if (startsWith(bytes, "PK\u0003\u0004")) {
            if (byName == DOCX || byName == DOC) return DOCX;
            throw new DocumentException(file, "a ZIP archive, not " + describe(byName) + " (only .docx among ZIP-based formats is read)");
        }
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0) {
            return DOC;
        }
        if (byName == PDF) throw new DocumentException(file, "not a PDF (no %PDF header): damaged or misnamed");
        if (byName == DOCX) throw new DocumentException(file, "not a .docx (not a ZIP package): damaged or misnamed");
        if (byName == DOC) {
            if (startsWith(bytes, "{\\rtf")) throw new DocumentException(file, "an RTF file named .doc; RTF is not read");
            if (looksLikeHtml(bytes)) return HTML;
            throw new DocumentException(file, "not a Word 97-2003 document (no OLE2 header): damaged or misnamed");
        }
        return byName;
    }

    private static String describe(DocumentReader r) { return r.mediaType(); }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= m.length && Arrays.equals(Arrays.copyOf(bytes, m.length), m);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Parses a size such as "40MB", "500k", "1g" or a plain number of bytes. */
    public static long parseSize(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (t.endsWith("b")) t = t.substring(0, t.length() - 1);
        if (t.endsWith("k")) unit = 1024;
        else if (t.endsWith("m")) unit = 1024L * 1024;
        else if (t.endsWith("g")) unit = 1024L * 1024 * 1024;
        if (unit > 1) t = t.substring(0, t.length() - 1);
        try {
            return (long) (Double.parseDouble(t) * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad size '" + s + "' (expected e.g. 40MB, 500KB or a number of bytes)");
        }
    }

    static Optional<DocumentReader> byExtension(Path p) { return Optional.ofNullable(BY_EXTENSION.get(extension(p))); }
}
