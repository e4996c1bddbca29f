package org.councilgraph.convert;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.councilgraph.document.DocumentException;
import org.councilgraph.document.Sidecar;
import org.councilgraph.document.SidecarReader;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.document.TextDocumentReader;
import org.councilgraph.extract.ExtractionPipeline;
import org.councilgraph.model.DocumentFacts;
import org.councilgraph.rdf.Iris;
import org.councilgraph.rdf.RdfMapper;
import org.councilgraph.rdf.ShapesValidator;
import org.councilgraph.refdata.CouncilRegistry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * From a document file to its validated graph: read the text and sidecar, extract the facts, map
 * them to RDF and check the result against the shapes. A graph that violates the shapes is a bug
 * in a rule, reported as an error rather than published.
 */
public final class DocumentConverter {
    /** One document's graph, named by the document's IRI. */
    public record Converted(Path file, String graphName, Model graph, DocumentFacts facts) {}

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");

    private final ExtractionPipeline pipeline;
    private final RdfMapper mapper;
    private final ShapesValidator validator;
    private final TextDocumentReader textReader = new TextDocumentReader();

    public DocumentConverter(Iris iris) {
        CouncilRegistry registry = CouncilRegistry.standard();
        this.pipeline = ExtractionPipeline.standard();
        this.mapper = new RdfMapper(iris, registry);
        this.validator = new ShapesValidator();
    }

    public static boolean isDocument(Path p) {
        return TEXT_EXTENSIONS.contains(extension(p));
    }

    public Converted convert(Path file) throws DocumentException {
        Sidecar sidecar = SidecarReader.forDocument(file).orElse(Sidecar.EMPTY);
        SourceDocument doc = textReader.read(file, sidecar);
        DocumentFacts facts = pipeline.extract(doc);
        Model graph = mapper.map(facts);
        ValidationReport report = validator.validate(graph);
        if (!report.conforms()) {
            throw new ShapeViolation(file, report);
        }
        return new Converted(file, mapper.documentIri(doc), graph, facts);
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
