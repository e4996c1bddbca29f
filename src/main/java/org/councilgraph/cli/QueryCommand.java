package org.councilgraph.cli;

import org.councilgraph.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code query QUERY.rq --data FILE_OR_DB}: run SPARQL over an RDF file or a TDB2 store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over an RDF file or a TDB2 store. The default graph is the union of all "
                + "named graphs plus the ontology and code lists, as on the server.")
final class QueryCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "QUERY.rq", description = "A SPARQL query file (see queries/).")
    Path queryFile;
    @Option(names = "--data", required = true, paramLabel = "FILE_OR_DB", description = "An RDF file (.nq, .trig, .ttl, .nt, .jsonld) or a TDB2 folder.")
    Path data;
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Result format: csv, tsv, json, xml or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format f = QueryRunner.Format.valueOf(format.toUpperCase());
        if (!Files.exists(data)) throw new IllegalArgumentException(data + ": no such file or store");
        String text = Files.readString(queryFile, StandardCharsets.UTF_8);
        OutputStream out = new BufferedOutputStream(System.out);
        QueryRunner.run(QueryRunner.open(data), text, f, out);
        out.flush();
        return 0;
    }
}
