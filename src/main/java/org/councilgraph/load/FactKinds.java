package org.councilgraph.load;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.rdf.CG;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Facts per kind in a document's graph: instances of the ontology's classes, by local name. */
final class FactKinds {
    /** Classes whose instances are not facts read from a document. */
    private static final Set<String> NOT_FACTS = Set.of("SourceDocument", "Evidence", "Council", "Committee", "IndicatorStructure");

    private FactKinds() {}

    static Map<String, Integer> of(Model graph) {
        Map<String, Integer> kinds = new TreeMap<>();
        graph.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            if (!st.getObject().isURIResource()) return;
            String uri = st.getObject().asResource().getURI();
            if (!uri.startsWith(CG.NS)) return;
            String kind = uri.substring(CG.NS.length());
            if (!NOT_FACTS.contains(kind)) kinds.merge(kind, 1, Integer::sum);
        });
        return kinds;
    }
}
