package org.councilgraph.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads UTF-8 plain-text documents strictly: an empty file, bytes that are not UTF-8 and binary
 * content are refused with a one-line reason rather than converted into nonsense facts.
 */
public final class TextDocumentReader implements DocumentReader {
    /** Share of control characters above which a file is taken for binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    public SourceDocument read(Path file, Sidecar sidecar) throws DocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot read file: " + e.getMessage());
        }
        String text = decode(file, bytes);
        return new SourceDocument(file, text, sha256(bytes), "text/plain", sidecar);
    }

    @Override public String mediaType() { return "text/plain"; }

    @Override
    public Extracted extract(Path file, byte[] bytes) throws DocumentException {
        return new Extracted(decode(file, bytes));
    }

    static String decode(Path file, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) throw new DocumentException(file, "empty file");
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            throw new DocumentException(file, "not valid UTF-8 text (bad byte sequence at byte offset " + in.position() + ")");
        }
        String text = out.flip().toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (text.indexOf('\0') >= 0 || controls > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new DocumentException(file, "binary content, not text (" + controls + " control characters)");
        }
        if (text.isBlank()) throw new DocumentException(file, "no text (only whitespace)");
        return text;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
