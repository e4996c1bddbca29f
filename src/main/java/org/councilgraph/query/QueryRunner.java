package org.councilgraph.query;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.councilgraph.rdf.VocabularyGraph;
import org.councilgraph.store.DocumentStore;
import org.councilgraph.store.ReadGuards;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a SPARQL query over an RDF file or a TDB2 store with the same view the server gives: the
 * default graph is the union of all named graphs (documents and vocabulary), so canned queries read
 * the same everywhere.
 */
public final class QueryRunner {
    public enum Format { CSV, TSV, JSON, TEXT, XML }

    private QueryRunner() {}

    /** Opens {@code data}: a TDB2 directory or an RDF file (triples or quads), with the vocabulary added. */
    public static DatasetGraph open(Path data) {
        if (Files.isDirectory(data)) {
            return DocumentStore.readView(data);
        }
        Lang lang = RDFLanguages.filenameToLang(data.toString());
        if (lang == null) throw new IllegalArgumentException(data + ": not an RDF file or a TDB2 folder");
        DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(loaded, data.toString(), lang);
        DatasetGraph view = DatasetGraphFactory.createTxnMem();
        ReadGuards.apply(view.getContext());
        Txn.executeWrite(view, () -> {
            loaded.find().forEachRemaining(q -> {
                if (q.getGraph().equals(DocumentStore.REGISTER)) return;
                view.add(q);
                view.getDefaultGraph().add(q.asTriple());
            });
            Node vocab = org.apache.jena.graph.NodeFactory.createURI(VocabularyGraph.GRAPH_NAME);
            VocabularyGraph.get().getGraph().find().forEachRemaining(t -> {
                view.add(vocab, t.getSubject(), t.getPredicate(), t.getObject());
                view.getDefaultGraph().add(t);
            });
        });
        return view;
    }

    public static void run(DatasetGraph dsg, String queryText, Format format, OutputStream out) {
        Query query = QueryFactory.create(queryText);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                        case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                        case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                        case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
                        case TEXT -> ResultSetFormatter.out(out, rs, query);
                    }
                } else if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    ResultSetFormatter.out(out, b);
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(out, qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
                } else {
                    throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run");
                }
            }
        });
    }
}
