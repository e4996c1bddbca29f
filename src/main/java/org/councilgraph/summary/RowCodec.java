package org.councilgraph.summary;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result rows of a page's queries, by query name, as one compact string (Base64 of a length-prefixed binary
 * form: every RDF term with its kind, lexical form, language and datatype), so that a page reads them back with one
 * lookup and no parsing of query results. Exact: a decoded row binds the same variables to equal terms.
 */
public final class RowCodec {
    private static final byte IRI = 'U', BLANK = 'B', PLAIN = 'S', LANG = 'L', TYPED = 'T';

    private RowCodec() {}

    public static String encode(Map<String, List<Binding>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(rows.size());
            for (Map.Entry<String, List<Binding>> e : rows.entrySet()) {
                writeString(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (Binding b : e.getValue()) writeBinding(out, b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    public static Map<String, List<Binding>> decode(String text) {
        Map<String, List<Binding>> rows = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            int queries = in.readInt();
            for (int q = 0; q < queries; q++) {
                String name = readString(in);
                int n = in.readInt();
                List<Binding> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(readBinding(in));
                rows.put(name, list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void writeBinding(DataOutputStream out, Binding b) throws IOException {
        List<Var> vars = new ArrayList<>();
        b.vars().forEachRemaining(vars::add);
        out.writeShort(vars.size());
        for (Var v : vars) {
            writeString(out, v.getVarName());
            writeNode(out, b.get(v));
        }
    }

    private static Binding readBinding(DataInputStream in) throws IOException {
        int n = in.readShort();
        BindingBuilder b = Binding.builder();
        for (int i = 0; i < n; i++) b.add(Var.alloc(readString(in)), readNode(in));
        return b.build();
    }

    private static void writeNode(DataOutputStream out, Node n) throws IOException {
        if (n.isURI()) {
            out.writeByte(IRI);
            writeString(out, n.getURI());
        } else if (n.isBlank()) {
            out.writeByte(BLANK);
            writeString(out, n.getBlankNodeLabel());
        } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                out.writeByte(LANG);
                writeString(out, n.getLiteralLexicalForm());
                writeString(out, lang);
            } else if (n.getLiteralDatatypeURI() == null || n.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
                out.writeByte(PLAIN);
                writeString(out, n.getLiteralLexicalForm());
            } else {
                out.writeByte(TYPED);
                writeString(out, n.getLiteralLexicalForm());
                writeString(out, n.getLiteralDatatypeURI());
            }
        } else {
            // a triple term or a variable has no place in a page's rows: the page is then not summarised
            throw new IllegalArgumentException("cannot keep " + n + " in a summary");
        }
    }

    private static Node readNode(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case IRI -> NodeFactory.createURI(readString(in));
            case BLANK -> NodeFactory.createBlankNode(readString(in));
            case PLAIN -> NodeFactory.createLiteralString(readString(in));
            case LANG -> NodeFactory.createLiteralLang(readString(in), readString(in));
            case TYPED -> NodeFactory.createLiteralDT(readString(in), TypeMapper.getInstance().getSafeTypeByName(readString(in)));
            default -> throw new IOException("not a summary: term kind " + kind);
        };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
