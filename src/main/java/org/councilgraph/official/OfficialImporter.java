package org.councilgraph.official;

import org.apache.jena.shacl.ValidationReport;
import org.councilgraph.rdf.Iris;
import org.councilgraph.rdf.ShapesValidator;
import org.councilgraph.refdata.CouncilRegistry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads one official file (an EES tidy CSV or Ofsted's inspection outcomes) into its validated graph. */
public final class OfficialImporter {
    /** Changes when the importer writes a file's graph differently, so that an upgrade re-imports unchanged files. */
    static final String VERSION = "official-1";

    private final Iris iris;
    private final CouncilRegistry registry;
    private final ShapesValidator shapes = new ShapesValidator();

    public OfficialImporter(Iris iris, CouncilRegistry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    public static boolean isOfficialFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".csv") && !n.endsWith(".meta.csv");
    }

    /** What decides "unchanged": the file's bytes, its descriptions beside it, the base of its IRIs and the importer. */
    public String fingerprint(Path file) throws OfficialFileException {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        StringBuilder sb = new StringBuilder(sha256(bytes(file)));
        for (Path side : new Path[]{file.resolveSibling(stem + ".meta.json"), file.resolveSibling(stem + ".meta.csv")}) {
            if (Files.exists(side)) sb.append(';').append(sha256(bytes(side)));
        }
        return "sha256:" + sha256((sb + "\n" + iris.base() + "\n" + VERSION).getBytes(StandardCharsets.UTF_8));
    }

    public ImportedFile read(Path file) throws OfficialFileException {
        byte[] bytes = bytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new OfficialFileException(file, "not UTF-8 text (save the CSV as UTF-8)");
        }
        CsvTable table = CsvTable.parse(text);
        if (table.header().isEmpty()) throw new OfficialFileException(file, "empty: no header row");
        OfficialFileKind kind = OfficialFileKind.of(table.header());
        if (kind == null) {
            throw new OfficialFileException(file, "neither an EES tidy file (time_period, geographic_level …) nor Ofsted inspection outcomes (inspection_start_date …)");
        }
        SourceDescription desc = SourceDescription.forFile(file, kind);
        String sha = sha256(bytes);
        ImportedFile result = kind == OfficialFileKind.EES_TIDY
                ? new EesImport(iris, registry).read(file, table, desc, sha)
                : new OfstedImport(iris, registry).read(file, table, desc, sha);
        ValidationReport report = shapes.validate(result.graph());
        if (!report.conforms()) throw new OfficialFileException(file, "its graph breaks the shapes:\n" + ShapesValidator.describe(report));
        return result;
    }

    private static byte[] bytes(Path file) throws OfficialFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OfficialFileException(file, "cannot be read: " + e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
