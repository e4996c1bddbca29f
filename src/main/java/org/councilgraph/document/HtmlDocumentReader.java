package org.councilgraph.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
        final LaidOutText out;
        private final StringBuilder inline = new StringBuilder();

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
            for (Node n : e.childNodes()) node(n);
            flush();
        }

        void node(Node n) {
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
                        block(e);
                    } else {
                        for (Node c : e.childNodes()) node(c);
                    }
                }
            }
        }

        /** A hook for layouts that treat some elements specially; true when it handled {@code e}. */
        boolean special(Element e) { return false; }

        void list(Element list, boolean numbered, int level) {
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
            for (Element row : table.select("tr")) {
                if (row.closest("table") != table) continue;
                List<Element> cells = row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
                if (isLayoutRow(cells)) {
                    for (Element c : cells) block(c);
                } else {
                    out.row(cells.stream().map(Element::text).toList());
                }
            }
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
