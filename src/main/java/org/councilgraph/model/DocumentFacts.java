package org.councilgraph.model;

import org.councilgraph.document.SourceDocument;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one document: the document, the council it is about (GSS code, or empty
 * when neither the sidecar nor the text says) and its facts.
 */
public record DocumentFacts(SourceDocument document, Optional<String> councilCode, List<Fact> facts) {
    public DocumentFacts { facts = List.copyOf(facts); }

    public <T extends Fact> List<T> all(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
