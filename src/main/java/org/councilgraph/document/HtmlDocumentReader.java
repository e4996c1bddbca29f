package org.councilgraph.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * HTML through jsoup (charset from the BOM or meta tag, else UTF-8). ModernGov pages get their own
 * layout ({@link ModernGovLayout}); any other page is walked in document order: headings and
 * paragraphs as blocks, list items as "• " lines, table rows as tab-separated cells, {@code <br>}
 * as a line break between blocks; scripts, styles, navigation, page headers and footers dropped.
 */
public final class HtmlDocumentReader implements DocumentReader {
    static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "header", "footer",
            "aside", "form", "button", "select", "iframe", "svg", "head", "object");
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "address", "dd", "dt", "dl", "figcaption", "caption", "center", "fieldset", "legend",
            "body", "html", "figure", "hr", "summary", "details");

    @Override public String mediaType() { return "text/html"; }

    @Override
    public Extracted extract(Path file, byte[] bytes) throws DocumentException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(file, "not readable HTML (" + Formats.oneLine(e) + ")");
        }
        String text;
        List<String> warnings = new ArrayList<>();
        if (ModernGovLayout.isModernGov(doc)) {
            text = new ModernGovLayout(doc).layOut(warnings);
        } else {
            Walker w = new Walker(new LaidOutText());
            w.block(doc.body() != null ? doc.body() : doc);
            text = w.finish();
        }
        if (text.isBlank()) throw new DocumentException(file, "HTML page has no text");
        return new Extracted(text, warnings);
    }

    /** Walks HTML into {@link LaidOutText}; ModernGovLayout reuses it for the bodies of sections. */
    static class Walker {
        /** A stack entry that ends a block: what was gathered inline becomes a paragraph. */
        private static final Object FLUSH = new Object();
        final LaidOutText out;
        /** Lists and tables inside one another deeper than this are read as plain text. */
        static final int MAX_NESTING = 64;
        private final StringBuilder inline = new StringBuilder();
        private int nesting;

        Walker(LaidOutText out) { this.out = out; }

        void flush() {
            out.paragraph(inline.toString());
            inline.setLength(0);
        }

        String finish() {
            flush();
            return out.build();
        }

        /** Walks the children of {@code e} as a container of blocks. */
        void block(Element e) {
            walk(e.childNodes(), true);
        }

        void node(Node n) {
            walk(List.of(n), false);
        }

        /**
         * Walks {@code nodes} in document order with a stack of its own, not the call stack, so that a page
         * nested thousands of elements deep is read like any other.
         */
        private void walk(List<Node> nodes, boolean flushAfter) {
            Deque<Object> todo = new ArrayDeque<>();
            if (flushAfter) todo.push(FLUSH);
            pushAll(todo, nodes);
            while (!todo.isEmpty()) {
                Object next = todo.pop();
                if (next == FLUSH) flush();
                else visit((Node) next, todo);
            }
        }

        private void visit(Node n, Deque<Object> todo) {
            if (n instanceof TextNode t) {
                inline.append(t.getWholeText());
                return;
            }
            if (!(n instanceof Element e)) return;
            String tag = e.normalName();
            if (DROPPED.contains(tag) || hidden(e)) return;
            if (special(e)) return;
            switch (tag) {
                case "br" -> flush();
                case "ul", "ol", "menu" -> {
                    flush();
                    list(e, tag.equals("ol"), 0);
                }
                case "table" -> {
                    flush();
                    table(e);
                }
                case "li" -> {
                    flush();
                    out.listItem(e.text());
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        flush();
                        todo.push(FLUSH);
                    }
                    pushAll(todo, e.childNodes());
                }
            }
        }

        private static void pushAll(Deque<Object> todo, List<Node> nodes) {
            for (int i = nodes.size() - 1; i >= 0; i--) todo.push(nodes.get(i));
        }

        /** A hook for layouts that treat some elements specially; true when it handled {@code e}. */
        boolean special(Element e) { return false; }

        void list(Element list, boolean numbered, int level) {
            if (tooDeep(list)) return;
            nesting++;
            try {
                items(list, numbered, level);
            } finally {
                nesting--;
            }
        }

        /**
         * Lists and tables nested past {@link #MAX_NESTING} (no real paper's are) are read as plain text: each
         * level costs a walk of all below it and a frame of the call stack.
         */
        private boolean tooDeep(Element e) {
            if (nesting < MAX_NESTING) return false;
            flush();
            out.paragraph(e.text());
            return true;
        }

        private void items(Element list, boolean numbered, int level) {
            int n = 0;
            for (Element li : list.children()) {
                if (li.normalName().equals("ul") || li.normalName().equals("ol")) {
                    // a list put straight inside a list (sloppy but common markup) is a nested list
                    list(li, li.normalName().equals("ol"), level + 1);
                    continue;
                }
                if (!li.normalName().equals("li")) {
                    node(li);
                    continue;
                }
                if (special(li)) continue;
                n++;
                List<Element> nested = li.select("> ul, > ol");
                Element copy = li.clone();
                copy.select("> ul, > ol").remove();
                String text = copy.text();
                out.listItem(level, numbered ? n + ". " : LaidOutText.BULLET, text);
                for (Element sub : nested) list(sub, sub.normalName().equals("ol"), level + 1);
            }
        }

        void table(Element table) {
            if (tooDeep(table)) return;
            nesting++;
            try {
                rows(table);
            } finally {
                nesting--;
            }
        }

        /** The rows of a table within the nesting limit; layouts may read them their own way. */
        void rows(Element table) {
            for (Element row : directRows(table)) {
                List<Element> cells = row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
                if (isLayoutRow(cells)) {
                    for (Element c : cells) block(c);
                } else {
                    out.row(cells.stream().map(Element::text).toList());
                }
            }
        }

        /** The table's own rows (in its head, bodies and foot), not those of tables inside its cells. */
        static List<Element> directRows(Element table) {
            List<Element> rows = new ArrayList<>();
            for (Element child : table.children()) {
                switch (child.normalName()) {
                    case "tr" -> rows.add(child);
                    case "thead", "tbody", "tfoot" -> child.children().stream().filter(r -> r.normalName().equals("tr")).forEach(rows::add);
                    default -> { }
                }
            }
            return rows;
        }

        /** A row used for page layout rather than data: its cells hold paragraphs, lists or tables. */
        static boolean isLayoutRow(List<Element> cells) {
            for (Element c : cells) {
                if (!c.select("table, ul, ol, h1, h2, h3, h4").isEmpty() || c.select("p, div").size() > 1) return true;
            }
            return false;
        }

        private static boolean hidden(Element e) {
            String style = e.attr("style").replace(" ", "").toLowerCase();
            return e.hasAttr("hidden") || style.contains("display:none") || "true".equals(e.attr("aria-hidden"));
        }
    }
}
