package org.councilgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Checks converted graphs against {@code ontology/shapes.ttl}, with the code lists in view. */
public final class ShapesValidator {
    private final Shapes shapes = Shapes.parse(VocabularyGraph.shapes());

    public ValidationReport validate(Model documentGraph) {
        Model data = ModelFactory.createUnion(documentGraph, VocabularyGraph.get());
        Graph g = data.getGraph();
        return ShaclValidator.get().validate(shapes, g);
    }

    /** The report as readable text, one violation per entry. */
    public static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            ShLib.printReport(ps, report);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
