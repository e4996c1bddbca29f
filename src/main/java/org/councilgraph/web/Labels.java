package org.councilgraph.web;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.councilgraph.rdf.Vocabularies;

import java.util.Locale;
import java.util.regex.Pattern;

/** Human labels for nodes that have none in the store: prefixed names, local names split into words. */
final class Labels {
    private static final PrefixMapping PREFIXES = Vocabularies.prefixes();
    /** Compiled once: a council page labels dozens of terms, and compiling per call was a twentieth of its time. */
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern CHARACTER_RANGE = Pattern.compile("\\d+-\\d+");

    private Labels() {}

    static String fallback(Node n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "(anonymous)";
        String iri = n.getURI();
        String local = localName(iri);
        if (local.isEmpty()) return iri;
        if (CHARACTER_RANGE.matcher(local).matches()) return "characters " + local.replace('-', '–');
        return words(local);
    }

    /** The part after the last {@code /} or {@code #}, found without a regular expression (IRIs can be long). */
    static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** {@code gssCode} → "gss code", {@code REQUIRES-IMPROVEMENT} → "requires improvement". */
    static String words(String local) {
        String s = CAMEL_HUMP.matcher(local).replaceAll("$1 $2").replace('-', ' ').replace('_', ' ');
        return s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 4 ? s.toLowerCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT).equals(s) ? s : s.substring(0, 1) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** {@code cg:gssCode} for an IRI in a known namespace, the IRI otherwise. */
    static String shortForm(String iri) {
        return PREFIXES.shortForm(iri);
    }

    /** A number as people write it: "282.0" becomes "282"; anything that is not a number is left as it is. */
    static String number(String lexical) {
        try {
            return new java.math.BigDecimal(lexical.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }
}
