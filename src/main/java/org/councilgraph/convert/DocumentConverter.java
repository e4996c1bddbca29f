package org.councilgraph.convert;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SidecarReader;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.DocumentReaders;
import org.councilgraph.extract.ExtractionPipeline;
import org.councilgraph.model.DocumentFacts;
import org.councilgraph.rdf.Iris;
import org.councilgraph.rdf.RdfMapper;
import org.councilgraph.rdf.ShapesValidator;
import org.councilgraph.refdata.CouncilRegistry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.List;

/**
 * From a document file to its validated graph: read the text and sidecar, extract the facts, map
 * them to RDF and check the result against the shapes. A graph that violates the shapes is a bug
 * in a rule, reported as an error rather than published.
 */
public final class DocumentConverter {
    /** One document's graph, named by the document's IRI. */
    public record Converted(Path file, String graphName, Model graph, DocumentFacts facts, List<String> warnings) {
        public Converted { warnings = List.copyOf(warnings); }
        public String sha256() { return facts.document().sha256(); }
    }

    private final ExtractionPipeline pipeline;
    private final RdfMapper mapper;
    private final ShapesValidator validator;
    private final DocumentReaders readers;

    public DocumentConverter(Iris iris) { this(iris, DocumentReaders.DEFAULT_MAX_BYTES); }

    /** A converter that refuses files larger than {@code maxBytes}. */
    public DocumentConverter(Iris iris, long maxBytes) { this(iris, maxBytes, true); }

    /**
     * A converter whose extractors run on every core for a long document ({@code parallelExtraction}),
     * or on the caller's thread alone (to measure the rules' own cost).
     */
    DocumentConverter(Iris iris, long maxBytes, boolean parallelExtraction) {
        this.readers = new DocumentReaders(maxBytes);
        CouncilRegistry registry = CouncilRegistry.standard();
        ExtractionPipeline standard = ExtractionPipeline.standard();
        this.pipeline = parallelExtraction ? standard : standard.serial();
        this.mapper = new RdfMapper(iris, registry);
        this.validator = new ShapesValidator();
    }

    public static boolean isDocument(Path p) {
        return DocumentReaders.isSupported(p);
    }

    public DocumentReaders readers() { return readers; }

    public Converted convert(Path file) throws DocumentException {
        Sidecar sidecar = SidecarReader.forDocument(file).orElse(Sidecar.EMPTY);
        return convert(file, readers.bytes(file), sidecar);
    }

    /** Converts a file whose bytes were already read (within the size limit) with the given sidecar. */
    public Converted convert(Path file, byte[] bytes, Sidecar sidecar) throws DocumentException {
        DocumentReaders.Read read = readers.read(file, bytes, sidecar);
        SourceDocument doc = read.document();
        DocumentFacts facts = pipeline.extract(doc);
        Model graph = mapper.map(facts);
        ValidationReport report = validator.validate(graph);
        if (!report.conforms()) {
            throw new ShapeViolation(file, report);
        }
        return new Converted(file, mapper.documentIri(doc), graph, facts, read.warnings());
    }

    /** A converted graph that does not conform to the shapes; carries the full report. */
    public static final class ShapeViolation extends DocumentException {
        private final transient ValidationReport report;

        ShapeViolation(Path file, ValidationReport report) {
            super(file, "converted graph violates the shapes (" + report.getEntries().size() + " violations)");
            this.report = report;
        }

        public String reportText() { return ShapesValidator.describe(report); }
    }

    static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
