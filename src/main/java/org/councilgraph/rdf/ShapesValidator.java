package org.councilgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Checks converted graphs against {@code ontology/shapes.ttl}, with the code lists in view. The
 * shapes are parsed once per validator. A graph is first checked without building a report (the
 * same constraint checks as Jena's validator, every target shape over every focus node); only a
 * graph with a report entry is validated again to build the full report.
 */
public final class ShapesValidator {
    private final Shapes shapes = Shapes.parse(VocabularyGraph.shapes());
    /** The report of every conforming graph: it carries no entries. */
    private final ValidationReport conforming = ShaclValidator.get().validate(shapes, GraphFactory.createDefaultGraph());

    public ValidationReport validate(Model documentGraph) {
        Graph g = ModelFactory.createUnion(documentGraph, VocabularyGraph.get()).getGraph();
        return conforms(g) ? conforming : ShaclValidator.get().validate(shapes, g);
    }

    /** Whether no constraint of any target shape reports anything on the graph. */
    private boolean conforms(Graph g) {
        ValidationContext context = ValidationContext.create(shapes, g);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(g, shape)) {
                VLib.validateShape(context, g, shape, focus);
            }
        }
        return !context.hasViolation();
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
