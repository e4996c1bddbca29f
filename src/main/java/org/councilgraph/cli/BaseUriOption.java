package org.councilgraph.cli;

import org.councilgraph.rdf.Iris;
import picocli.CommandLine.Option;

/** The {@code --base-uri} option shared by the commands that mint IRIs. */
final class BaseUriOption {
    @Option(names = "--base-uri", paramLabel = "URI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of every IRI minted (default: ${DEFAULT-VALUE}).")
    String baseUri;

    Iris iris() { return new Iris(baseUri); }
}
