package org.councilgraph.web;

import org.councilgraph.rdf.CG;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that maps between a thing's IRI and the URLs of its page and data. Things are
 * {@code {base}id/…}, their pages {@code {base}doc/…} (data: {@code {base}doc/….ttl} etc.); the
 * ontology's code-list concepts {@code https://w3id.org/councilgraph/def/…} are paged at
 * {@code {base}def/…}; anything else in the store at {@code {base}doc?uri=…}. {@code base} is the
 * public base, so links stay right behind a proxy.
 */
public final class LinkedDataUrls {
    /** Path segments: unreserved characters and a few sub-delimiters; no dot segments, no percent escapes. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~:@!$'()*+,;=-]*(/[A-Za-z0-9][A-Za-z0-9._~:@!$'()*+,;=-]*)*");

    private final String iriBase;
    private final String base;

    /** Links and IRIs under one base. */
    public LinkedDataUrls(String base) { this(base, base); }

    /** Things named under {@code iriBase}, links under {@code linkBase} (an absolute base or {@code /}). */
    public LinkedDataUrls(String iriBase, String linkBase) {
        this.iriBase = slash(iriBase);
        this.base = slash(linkBase);
    }

    private static String slash(String s) { return s.endsWith("/") ? s : s + "/"; }

    /** Where links start: an absolute base, or {@code /} when pages link relative to the request. */
    public String base() { return base; }

    /** The base the things' IRIs start with. */
    public String iriBase() { return iriBase; }

    public boolean linksRelative() { return base.startsWith("/"); }

    /**
     * These URLs with an absolute link base: as they are when the base is absolute, otherwise under the
     * scheme, host and port the request came to (for sitemaps, VoID and service descriptions, which
     * need absolute URLs).
     */
    public LinkedDataUrls absolute(jakarta.servlet.http.HttpServletRequest req) {
        if (!linksRelative()) return this;
        String host = req.getHeader("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\[\\]:-]+")) host = req.getServerName() + ":" + req.getServerPort();
        return new LinkedDataUrls(iriBase, req.getScheme() + "://" + host + base);
    }

    public String idSpace() { return iriBase + "id/"; }

    public boolean isThing(String iri) { return iri.startsWith(idSpace()); }

    /** True for the ontology, its terms and its code lists: they have pages here too. */
    public static boolean isVocabulary(String iri) { return iri.equals(CG.ONTOLOGY) || iri.startsWith(CG.CODES) || iri.startsWith(CG.NS); }

    /** The HTML page that describes {@code iri}. */
    public String page(String iri) {
        if (isThing(iri) && iri.indexOf('#') < 0) return base + "doc/" + iri.substring(idSpace().length());
        if (iri.equals(CG.ONTOLOGY)) return base + "def";
        if (iri.startsWith(CG.CODES) && iri.indexOf('#') < 0 && SAFE_PATH.matcher(iri.substring(CG.CODES.length())).matches()) {
            return base + "def/" + iri.substring(CG.CODES.length());
        }
        return base + "doc?uri=" + encode(iri);
    }

    /** The URL of {@code iri}'s data in one representation. */
    public String data(String iri, Representation r) {
        String page = page(iri);
        if (page.contains("?")) return page + "&format=" + r.extension();
        return page + "." + r.extension();
    }

    /** A path under {@code /id/} or {@code /doc/} (without extension), or empty if the rest is not a safe path. */
    public Optional<String> thingForPath(String rest) {
        if (rest == null || !SAFE_PATH.matcher(rest).matches() || rest.contains("..")) return Optional.empty();
        return Optional.of(idSpace() + rest);
    }

    /** A path under {@code /def/}; the empty rest is the ontology itself. */
    public Optional<String> vocabularyForPath(String rest) {
        if (rest == null || rest.isEmpty()) return Optional.of(CG.ONTOLOGY);
        if (!SAFE_PATH.matcher(rest).matches() || rest.contains("..")) return Optional.empty();
        return Optional.of(CG.CODES + rest);
    }

    /** The page path of {@code iri}, the part after the base ({@code doc/council/E06000004}). */
    public String pathOf(String iri) { return page(iri).substring(base.length()); }

    public String sparqlEndpoint() { return base + "sparql"; }

    public String queryPage(String query) { return base + "query?query=" + encode(query); }

    public static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
