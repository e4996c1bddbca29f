package org.councilgraph.rdf;

import org.councilgraph.model.Codes;
import org.councilgraph.model.PartialDate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Mints every IRI councilgraph publishes, deterministically: the same input always gives the same
 * IRI, so re-conversion is idempotent and a thing named in two documents is one resource. Things live
 * under {@code {base}id/…} (the UK public-sector pattern), code-list concepts under the ontology's
 * namespace. Things that only one document can identify are scoped under that document's IRI.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) throw new IllegalArgumentException("base URI must be an http(s) URI: " + base);
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    public String council(String gss) { return base + "id/council/" + gss; }

    public String document(String contentId) { return base + "id/document/" + contentId; }

    public String evidence(String documentIri, int start, int end) { return documentIri + "/evidence/" + start + "-" + end; }

    /** Evidence that a fact came from the document's metadata (its sidecar) rather than its text. */
    public String metadataEvidence(String documentIri) { return documentIri + "/evidence/metadata"; }

    /** The scope of things identified within a council, or within one document when the council is unknown. */
    public String scope(String councilGss, String documentIri) {
        return councilGss != null ? council(councilGss) : documentIri;
    }

    public String committee(String scope, String name) { return scope + "/committee/" + slug(name); }

    /** {@code …/meeting/cabinet/2018-02-15}; a meeting known by neither committee nor date is the document's own. */
    public String meeting(String councilGss, String documentIri, String committee, LocalDate date) {
        if (committee == null || date == null || councilGss == null) {
            return documentIri + "/meeting" + (committee != null ? "/" + slug(committee) : "") + (date != null ? "/" + date : "");
        }
        return council(councilGss) + "/meeting/" + slug(committee) + "/" + date;
    }

    public String agendaItem(String meetingIri, String number, String title) {
        return meetingIri + "/item/" + (number != null ? slug(number) : "t-" + hash(title));
    }

    public String decision(String documentIri, String text) { return documentIri + "/decision/" + hash(text); }

    public String person(String scope, String name) { return scope + "/person/" + slug(name); }

    public String post(String scope, String post) { return scope + "/post/" + slug(post); }

    /**
     * {@code …/inspection/ilacs/2024-04-29} when council and start are known (one resource however many
     * documents mention it); otherwise scoped to the document, keyed by what the document said.
     */
    public String inspection(String councilGss, String documentIri, Codes type, PartialDate start, String discriminator) {
        String kind = type.notation().toLowerCase(Locale.ROOT);
        if (councilGss != null && start != null) return council(councilGss) + "/inspection/" + kind + "/" + start;
        return documentIri + "/inspection/" + kind + "/" + (start != null ? start.toString() : "undated-" + hash(discriminator));
    }

    public String judgement(String inspectionIri, String areaNotation) { return inspectionIri + "/judgement/" + slug(areaNotation); }

    public String improvementArea(String inspectionIri, String text) { return inspectionIri + "/improvement-area/" + hash(text); }

    /** One observation per dimension key (RDF Data Cube's integrity rule) when period and area are known. */
    public String observation(String documentIri, String indicator, String area, PartialDate period, String breakdown, String discriminator) {
        String tail = breakdown != null ? "/" + slug(breakdown) : "";
        if (period != null && area != null) return base + "id/observation/" + slug(indicator) + "/" + area + "/" + period + tail;
        return documentIri + "/observation/" + slug(indicator) + "/" + (area != null ? area : "unknown-area") + tail + "/" + hash(discriminator);
    }

    /**
     * A concept for a measure outside the indicator code list, minted from the paper's own label:
     * {@code {base}id/indicator/agency-social-workers}. The IRI is a stable slug of the label, not scoped to
     * the document, so papers naming a measure alike share one concept (and a query can join them); each
     * observation still cites its own document and quote. Its scheme is {@link #REPORTED_INDICATORS}.
     */
    public String reportedIndicator(String label) {
        String s = slug(label);
        return base + "id/indicator/" + s + (s.length() >= 72 ? "-" + hash(label) : ""); // a long label cut short keeps its own IRI
    }

    /** The scheme of indicator concepts minted from papers' labels (declared in the ontology's code lists). */
    public static final String REPORTED_INDICATORS = CG.CODES + "reported-indicator";

    public String priority(String documentIri, String text) { return documentIri + "/priority/" + hash(text); }

    public String question(String documentIri, String text) { return documentIri + "/question/" + hash(text); }

    public String answer(String questionIri) { return questionIri + "/answer"; }

    public String organisation(String name) { return base + "id/organisation/" + slug(name); }

    public String school(String urn) { return base + "id/school/" + urn; }

    public String indicatorDataset() { return base + "id/dataset/indicators"; }

    /** The dataset as a whole (VoID and DCAT description). */
    public String dataset() { return base + "id/dataset/councilgraph"; }

    /** Who publishes the dataset, its SPARQL service and its dump, for the dataset description. */
    public String publisher() { return base + "id/organisation/councilgraph"; }

    public String sparqlService() { return base + "id/service/sparql"; }

    public String dumpDistribution() { return base + "id/distribution/dump"; }

    /** The graph an RDF file of triples is loaded into, named after the file. */
    public String fileGraph(String fileName) { return base + "id/graph/" + slug(fileName); }

    /** A code-list concept: {@code https://w3id.org/councilgraph/def/grade/OUTSTANDING}. */
    public static String concept(Codes code) { return concept(code.scheme(), code.notation()); }

    public static String concept(String scheme, String notation) { return CG.CODES + scheme + "/" + notation; }

    public static String conceptScheme(String scheme) { return CG.CODES + scheme; }

    /** A reference.data.gov.uk interval for a date at its own precision. */
    public static String interval(PartialDate d) {
        String kind = switch (d.precision()) { case YEAR -> "year"; case MONTH -> "month"; case DAY -> "day"; };
        return Vocabularies.INTERVALS + kind + "/" + d;
    }

    public static String onsGeography(String gss) { return Vocabularies.ONS_GEOGRAPHY + gss; }

    /** A Wikidata item: {@code http://www.wikidata.org/entity/Q17022493}. */
    public static String wikidata(String qid) { return Vocabularies.WIKIDATA + qid; }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A readable path segment: accents folded, lower case, runs of anything but letters and digits
     * turned into one hyphen. Works on code points, so characters beyond U+FFFF are dropped, never split.
     */
    public static String slug(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("")
                .replace('’', '\'').replace("'", "").replace("&", " and ").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int cp : folded.codePoints().toArray()) {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
                hyphen = false;
            } else if (!hyphen && sb.length() > 0) {
                sb.append('-');
                hyphen = true;
            }
        }
        String out = TRAILING_HYPHENS.matcher(sb).replaceAll("");
        if (out.length() > 80) out = TRAILING_HYPHENS.matcher(out.substring(0, 80)).replaceAll("");
        return out.isEmpty() ? "x-" + hash(s) : out;
    }

    /** A short stable hash of normalised text: case, spacing and quote style do not change it. */
    public static String hash(String text) {
        String norm = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        norm = SPACES.matcher(norm).replaceAll(" ").strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- official statistics and records (the import command) ----

    /** The data set of one imported official file, also the name of its graph: {@code {base}id/dataset/official/cla-2025}. */
    public String officialDataset(String fileName) { return base + "id/dataset/official/" + slug(fileName.replaceFirst("\\.[^.]+$", "")); }

    /** A column of an official file that holds figures, scoped to its data set. */
    public String officialMeasure(String datasetIri, String column) { return datasetIri + "/measure/" + slug(column); }

    /** The dimension property of a filter column of an official file. */
    public String officialDimension(String datasetIri, String column) { return datasetIri + "/dimension/" + slug(column); }

    /** One value of a filter column: {@code …/filter/population-type/children-looked-after-on-31-march-each-year}. */
    public String officialFilterValue(String datasetIri, String column, String value) {
        return datasetIri + "/filter/" + slug(column) + "/" + slug(value);
    }

    /** A series: one measure under one combination of filter values, over areas and periods. */
    public String officialSeries(String datasetIri, String column, java.util.List<String> filterValues) {
        StringBuilder sb = new StringBuilder(datasetIri).append("/series/").append(slug(column));
        for (String v : filterValues) sb.append('/').append(slug(v));
        return sb.toString();
    }

    /** One official figure: {@code {series}/E06000004/2025-03-31}. */
    public String officialObservation(String seriesIri, String areaGss, String periodKey) { return seriesIri + "/" + areaGss + "/" + periodKey; }

    /** The graph of councils, regions and England with their codes and statistical neighbours. */
    public String referenceGraph() { return base + "id/graph/reference"; }

    /** A UK government (financial or reporting) year ending on 31 March of {@code endYear}: {@code …/government-year/2024-2025}. */
    public static String governmentYear(int endYear) { return Vocabularies.INTERVALS + "government-year/" + (endYear - 1) + "-" + endYear; }

    /** An academic year starting in September of {@code startYear}, as a reference.data.gov.uk Gregorian interval. */
    public static String academicYear(int startYear) { return Vocabularies.INTERVALS + "gregorian-interval/" + startYear + "-09-01T00:00:00/P1Y"; }
}
