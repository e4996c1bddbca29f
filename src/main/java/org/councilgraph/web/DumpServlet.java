package org.councilgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.store.DocumentStore;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

/**
 * {@code /dump.nq.gz}: every published quad as N-Quads in a gzip file, streamed; the private register
 * graph is left out. The file is the resource ({@code application/gzip}, no {@code Content-Encoding}),
 * so a client saves what its name says. The served store cannot change, so its last write time is
 * the validator: {@code ETag} and {@code Last-Modified}, and 304 to a client that has it.
 */
final class DumpServlet extends HttpServlet {
    private final WebContext web;

    DumpServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Instant modified = web.data().lastModified();
        String etag = "\"dump-" + modified.getEpochSecond() + "-" + Integer.toHexString(web.urls().iriBase().hashCode()) + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (notModified(req, etag, modified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"councilgraph.nq.gz\"");
        if ("HEAD".equals(req.getMethod())) return;
        DatasetGraph dsg = web.data().datasetGraph();
        BaseRewrite rewrite = web.data().rewrite();
        try (GZIPOutputStream gz = new GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
            web.data().read(() -> {
                StreamRDF out = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                out.start();
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                    Quad q = it.next();
                    if (!q.getGraph().equals(DocumentStore.REGISTER)) out.quad(rewrite.toPublic(q));
                }
                out.finish();
                return null;
            });
        }
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant modified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) return inm.contains(etag) || inm.strip().equals("*");
        String ims = req.getHeader("If-Modified-Since");
        if (ims == null) return false;
        try {
            return !modified.isAfter(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims, Instant::from));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
