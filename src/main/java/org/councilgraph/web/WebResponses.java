package org.councilgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/** Writes a finished body with validators: a strong ETag over the bytes, Last-Modified of the store, 304 when they match. */
final class WebResponses {
    private WebResponses() {}

    static void send(HttpServletRequest req, HttpServletResponse resp, int status, String contentType, byte[] body,
                     Instant lastModified, boolean varyAccept) throws IOException {
        if (varyAccept) resp.addHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (status == 200) {
            String etag = "\"" + digest(contentType, body) + "\"";
            resp.setHeader("ETag", etag);
            resp.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
            resp.setHeader("Cache-Control", "public, max-age=60");
            if (notModified(req, etag, lastModified)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    static void html(HttpServletRequest req, HttpServletResponse resp, int status, String html, Instant lastModified, boolean varyAccept) throws IOException {
        send(req, resp, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), lastModified, varyAccept);
    }

    static void rdf(HttpServletRequest req, HttpServletResponse resp, Graph g, Representation r, Instant lastModified, boolean varyAccept) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, r.rdfFormat());
        send(req, resp, 200, r.contentType(), out.toByteArray(), lastModified, varyAccept);
    }

    /** 503 with {@code Retry-After} for a page that found no turn to be prepared in ({@link PageAdmission}). */
    static void busy(HttpServletRequest req, HttpServletResponse resp, PageAdmission admission) throws IOException {
        resp.setHeader("Retry-After", Long.toString(Math.max(1, admission.waitLimit().toSeconds())));
        text(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Many pages are being prepared; try again in a few seconds.\n");
    }

    static void text(HttpServletRequest req, HttpServletResponse resp, int status, String text) throws IOException {
        send(req, resp, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH, false);
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) t = t.substring(2);
                if (t.equals(etag) || t.equals("*")) return true;
            }
            return false;
        }
        String ims = req.getHeader("If-Modified-Since");
        if (ims != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims, Instant::from);
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String digest(String contentType, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(contentType.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
