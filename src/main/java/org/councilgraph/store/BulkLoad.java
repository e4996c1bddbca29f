package org.councilgraph.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A new store built by Jena's parallel bulk loader (TDB2's fastest: parsing, the node table and each index
 * on threads of their own). That loader writes below TDB2's transactions, so a crash part way could leave
 * a broken store; it therefore builds in a staging folder beside the target, moved into place only when
 * complete. A killed or failed bulk load leaves no store at all, never part of one.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** Whether {@code dir} holds no store yet (absent, or an empty folder): the only case a bulk load is for. */
    public static boolean isNew(Path dir) {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Builds a new store in {@code dir} from what {@code source} sends to the loader's stream. On any failure
     * the staging folder is removed, {@code dir} is left as it was, and the failure is thrown.
     */
    public static void build(Path dir, Consumer<StreamRDF> source) {
        Path target = dir.toAbsolutePath().normalize();
        Path staging = target.resolveSibling("." + target.getFileName() + ".loading");
        deleteTree(staging); // left by a load killed part way
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(staging.toString());
        boolean built = false;
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> {});
            loader.startBulk();
            try {
                source.accept(loader.stream());
            } catch (RuntimeException | Error e) {
                // end the loader's threads before the staging folder goes; what they wrote goes with it
                try {
                    loader.finishBulk();
                } catch (RuntimeException | Error again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
            loader.finishBulk();
            built = true;
        } finally {
            TDBInternal.expel(dsg);
            if (!built) deleteTree(staging);
        }
        try {
            Files.deleteIfExists(target); // an empty folder made for the store
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTree(staging);
            throw new UncheckedIOException("cannot move the new store into " + target, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
