package org.councilgraph.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.rdf.Vocabularies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
        RDFFormat format = output == null ? null : formatFor(output);
        List<DocumentConverter.Converted> converted = Conversion.convertAll(inputs, base.iris(), size.bytes(), p -> false, new ArrayList<>(),
                spec.commandLine().getErr());
        if (explain) converted.forEach(c -> Explanation.print(c.facts(), spec.commandLine().getOut()));
        if (output == null) return 0;
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.prefixes().putAll(Vocabularies.prefixes());
        // One write transaction for all the documents: outside one, every add is its own transaction.
        dsg.executeWrite(() -> {
            for (DocumentConverter.Converted c : converted) {
                var name = NodeFactory.createURI(c.graphName());
                c.graph().getGraph().find().forEachRemaining(t -> {
                    if (RDFLanguages.isQuads(format.getLang())) dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    else dsg.getDefaultGraph().add(t);
                });
            }
        });
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + output.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (RDFLanguages.isQuads(format.getLang())) RDFDataMgr.write(out, dsg, format);
                else RDFDataMgr.write(out, dsg.getDefaultGraph(), format);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        spec.commandLine().getErr().println("converted " + converted.size() + " document(s) to " + output);
        return 0;
    }

    static RDFFormat formatFor(Path out) {
        String n = out.getFileName().toString().toLowerCase();
        if (n.endsWith(".nq")) return RDFFormat.NQUADS;
        if (n.endsWith(".trig")) return RDFFormat.TRIG_BLOCKS;
        if (n.endsWith(".ttl")) return RDFFormat.TURTLE_BLOCKS;
        if (n.endsWith(".nt")) return RDFFormat.NTRIPLES;
        if (n.endsWith(".jsonld")) return RDFFormat.JSONLD11;
        throw new IllegalArgumentException(out + ": unknown output format (use .nq, .trig, .ttl, .jsonld or .nt)");
    }
}
