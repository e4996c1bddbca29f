package org.councilgraph.official;

import org.apache.jena.rdf.model.Model;

import java.util.List;

/**
 * One official file read into its graph: the data set IRI (also the graph's name), the rows that could not be read
 * (by line, in file order) and what was stored.
 * @param stored    facts stored: observations, or inspections and judgements
 * @param suppressed cells the publisher suppressed or marked not applicable ({@code c}, {@code x}, {@code z} …)
 * @param notes     one line each for rows left out on purpose (geographic levels the graph does not hold)
 */
public record ImportedFile(String datasetIri, OfficialFileKind kind, Model graph, List<RowProblem> problems,
                           int stored, int suppressed, List<String> notes) {
    /** A row that was not stored, and why. */
    public record RowProblem(int line, String problem) {}

    public ImportedFile {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
