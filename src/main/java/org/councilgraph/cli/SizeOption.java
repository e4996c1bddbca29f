package org.councilgraph.cli;

import org.councilgraph.document.DocumentReaders;
import picocli.CommandLine.Option;

/** The {@code --max-file-size} option: files larger are refused with a one-line message. */
final class SizeOption {
    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "40MB",
            description = "Largest document read, e.g. 40MB, 500KB (default: ${DEFAULT-VALUE}); larger files are refused.")
    String maxFileSize;

    long bytes() { return DocumentReaders.parseSize(maxFileSize); }
}
