package org.councilgraph.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code serve} and {@code demo} check before they touch anything: that the port is free and
 * that no other process holds the store (TDB2 lets one process hold it: its {@code tdb.lock} files
 * carry the holder's process id and an OS file lock). Each failure is one line, naming what to do.
 */
final class Preflight {
    private Preflight() {}

    static void portFree(String host, int port) {
        if (port == 0) return; // any free port
        try (ServerSocket s = new ServerSocket()) {
            s.bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + (host == null ? "" : " on " + host)
                    + " is in use (is councilgraph already serving there?): stop that server or give --port");
        }
    }

    static void storeFree(Path db) {
        for (Path lock : lockFiles(db)) {
            long pid = holder(lock);
            if (pid <= 0 || pid == ProcessHandle.current().pid()) continue; // this process may reopen its own store
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && lockedElsewhere(lock)) {
                throw new IllegalStateException("store " + db + " is held by process " + pid
                        + " (a running serve or demo?): stop it first, or use another folder");
            }
        }
    }

    private static List<Path> lockFiles(Path db) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(db)) return out;
        try (Stream<Path> files = Files.walk(db, 2)) {
            files.filter(p -> p.getFileName().toString().equals("tdb.lock")).forEach(out::add);
        } catch (IOException e) {
            // an unreadable folder is reported when the store is opened
        }
        return out;
    }

    private static long holder(Path lock) {
        try {
            return Long.parseLong(Files.readString(lock, StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** True when another process holds the OS lock (only asked about other processes: locks are per process). */
    private static boolean lockedElsewhere(Path lock) {
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
