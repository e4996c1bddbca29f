package org.councilgraph.cli;

import org.councilgraph.convert.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code convert INPUT… -o OUT}: documents to one RDF file, validated against the shapes. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert council documents (.txt, .pdf, .docx, .doc, .html/.htm with optional NAME.meta.json "
                + "sidecars or a manifest.csv/manifest.json per folder; folders are walked) to RDF. The output's "
                + "extension picks the format: .nq and .trig keep one named graph per document; .ttl, .nt and "
                + ".jsonld hold the merged triples. Every document's graph is checked against the SHACL shapes; a "
                + "violation, like any bad input, stops the run and leaves no output file.")
final class ConvertCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Documents or folders of documents.")
    List<Path> inputs;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (.nq, .trig, .ttl, .jsonld, .nt); "
            + "required unless --explain is given.")
    Path output;
    @Option(names = "--explain", description = "Print every fact of every document with the rule that read it and its quote "
            + "(to standard output).")
    boolean explain;
    @Mixin BaseUriOption base;
    @Mixin SizeOption size;

    @Override
    public Integer call() throws Exception {
        if (output == null && !explain) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--output=OUT' (or --explain)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (RdfOutput rdf = output == null ? null : RdfOutput.open(output)) {
            int n = Conversion.convertEach(inputs, base.iris(), size.bytes(), spec.commandLine().getErr(), c -> {
                if (explain) Explanation.print(c.facts(), out);
                if (rdf != null) rdf.add(c);
            });
            if (rdf == null) return 0;
            rdf.commit();
            spec.commandLine().getErr().println("converted " + n + " document(s) to " + output);
        }
        return 0;
    }
}
