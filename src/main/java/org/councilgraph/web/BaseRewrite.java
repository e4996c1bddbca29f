package org.councilgraph.web;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

import java.util.Iterator;
import java.util.List;

/**
 * Publishes a store loaded under one base ({@code stored}) at another ({@code published}), as
 * {@code serve --base-uri} asks: queries naming the published base are asked of the store with the
 * stored one, and every IRI (and every string) in an answer that starts with the stored base is
 * answered with the published one. Applied to the page lookups, the SPARQL endpoint and the dump,
 * so every answer speaks of one base. {@link #NONE} changes nothing.
 */
public final class BaseRewrite {
    public static final BaseRewrite NONE = new BaseRewrite(null, null);

    private final String stored;
    private final String published;

    private BaseRewrite(String stored, String published) {
        this.stored = stored;
        this.published = published;
    }

    /** A rewrite from {@code stored} to {@code published}; {@link #NONE} when they are the same. */
    public static BaseRewrite of(String stored, String published) {
        return stored == null || published == null || stored.equals(published) ? NONE : new BaseRewrite(stored, published);
    }

    public boolean active() { return stored != null; }

    /** The query as the store must be asked it: the published base replaced by the stored one, in IRIs and strings alike. */
    public Query toStore(Query q) {
        if (!active()) return q;
        String text = q.serialize();
        if (!text.contains(published)) return q;
        return QueryFactory.create(text.replace(published, stored), Syntax.syntaxARQ);
    }

    /** A node as it is published. */
    public Node toPublic(Node n) {
        if (!active() || n == null) return n;
        if (n.isURI() && n.getURI().startsWith(stored)) return NodeFactory.createURI(published + n.getURI().substring(stored.length()));
        if (n.isLiteral() && n.getLiteralLexicalForm().contains(stored)) {
            String lex = n.getLiteralLexicalForm().replace(stored, published);
            String lang = n.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeFactory.createLiteralDT(lex, n.getLiteralDatatype()) : NodeFactory.createLiteralLang(lex, lang);
        }
        return n;
    }

    public Triple toPublic(Triple t) {
        return active() ? Triple.create(toPublic(t.getSubject()), toPublic(t.getPredicate()), toPublic(t.getObject())) : t;
    }

    public Quad toPublic(Quad q) {
        return active() ? Quad.create(toPublic(q.getGraph()), toPublic(q.getSubject()), toPublic(q.getPredicate()), toPublic(q.getObject())) : q;
    }

    public Binding toPublic(Binding b) {
        if (!active()) return b;
        BindingBuilder out = Binding.builder();
        b.vars().forEachRemaining(v -> out.add(v, toPublic(b.get(v))));
        return out.build();
    }

    public Graph toPublic(Graph g) {
        if (!active()) return g;
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        g.find().forEachRemaining(t -> out.add(toPublic(t)));
        return out;
    }

    /** An execution whose answers are published: every result passes through {@link #toPublic}. */
    public QueryExec toPublic(QueryExec qe) {
        return active() ? new PublishedExec(qe) : qe;
    }

    private final class PublishedExec implements QueryExec {
        private final QueryExec qe;

        PublishedExec(QueryExec qe) { this.qe = qe; }

        @Override public DatasetGraph getDataset() { return qe.getDataset(); }
        @Override public Context getContext() { return qe.getContext(); }
        @Override public Query getQuery() { return qe.getQuery(); }
        @Override public String getQueryString() { return qe.getQueryString(); }

        @Override public RowSet select() {
            RowSet rs = qe.select();
            List<Var> vars = rs.getResultVars();
            Iterator<Binding> rows = new Iterator<>() {
                @Override public boolean hasNext() { return rs.hasNext(); }
                @Override public Binding next() { return toPublic(rs.next()); }
            };
            return RowSetStream.create(vars, rows);
        }

        @Override public Graph construct(Graph graph) { copy(qe.construct(), graph); return graph; }
        @Override public Iterator<Triple> constructTriples() { return map(qe.constructTriples()); }
        @Override public Iterator<Quad> constructQuads() {
            Iterator<Quad> it = qe.constructQuads();
            return new Iterator<>() {
                @Override public boolean hasNext() { return it.hasNext(); }
                @Override public Quad next() { return toPublic(it.next()); }
            };
        }
        @Override public DatasetGraph constructDataset(DatasetGraph dataset) {
            DatasetGraph raw = qe.constructDataset(DatasetGraphFactory.create());
            raw.find().forEachRemaining(q -> dataset.add(toPublic(q)));
            dataset.prefixes().putAll(raw.prefixes());
            return dataset;
        }
        @Override public Graph describe(Graph graph) { copy(qe.describe(), graph); return graph; }
        @Override public Iterator<Triple> describeTriples() { return map(qe.describeTriples()); }
        @Override public boolean ask() { return qe.ask(); }
        @Override public JsonArray execJson() { return qe.execJson(); }
        @Override public Iterator<JsonObject> execJsonItems() { return qe.execJsonItems(); }
        @Override public void abort() { qe.abort(); }
        @Override public void close() { qe.close(); }
        @Override public boolean isClosed() { return qe.isClosed(); }

        private void copy(Graph from, Graph to) {
            to.getPrefixMapping().setNsPrefixes(from.getPrefixMapping());
            from.find().forEachRemaining(t -> to.add(toPublic(t)));
        }

        private Iterator<Triple> map(Iterator<Triple> it) {
            return new Iterator<>() {
                @Override public boolean hasNext() { return it.hasNext(); }
                @Override public Triple next() { return toPublic(it.next()); }
            };
        }
    }
}
