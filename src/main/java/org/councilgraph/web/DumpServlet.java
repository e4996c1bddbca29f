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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

/** {@code /dump.nq.gz}: every published quad as gzip N-Quads, streamed; the private register graph is left out. */
final class DumpServlet extends HttpServlet {
    private final WebContext web;

    DumpServlet(WebContext web) { this.web = web; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/n-quads");
        resp.setHeader("Content-Encoding", "gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"councilgraph.nq.gz\"");
        resp.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(web.data().lastModified().atOffset(ZoneOffset.UTC)));
        DatasetGraph dsg = web.data().datasetGraph();
        try (GZIPOutputStream gz = new GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
            web.data().read(() -> {
                StreamRDF out = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                out.start();
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                    Quad q = it.next();
                    if (!q.getGraph().equals(DocumentStore.REGISTER)) out.quad(q);
                }
                out.finish();
                return null;
            });
        }
    }
}
