package org.councilgraph.extract;

/**
 * One family of extraction rules: a small stateless class with a stable id that reads the
 * document through the context and adds what it finds to it. Extractors run in the order the
 * {@link ExtractionPipeline} lists them; a later one may read what earlier ones found.
 */
public interface Extractor {
    /** Stable id, recorded as the rule of every fact's evidence (e.g. {@code decision}). */
    String id();

    void extract(ExtractionContext context);

    /**
     * Whether this extractor reads the facts earlier ones found ({@link ExtractionContext#found},
     * {@code replace}, {@code facts}). One that does not may run beside the others on a long document.
     */
    default boolean readsFacts() { return false; }
}
