package org.councilgraph.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local listener that counts the connections made to it, for tests that prove the code under test
 * made no outbound request. It stops listening once nobody has called for {@code quietMillis}.
 */
public final class ConnectionCounter implements AutoCloseable {
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread watcher;

    public ConnectionCounter(int quietMillis) throws IOException {
        listener = new ServerSocket(0);
        listener.setSoTimeout(quietMillis);
        watcher = new Thread(this::accept);
        watcher.start();
    }

    private void accept() {
        try {
            while (true) { listener.accept().close(); connections.incrementAndGet(); }
        } catch (SocketTimeoutException e) {
            // nobody called for the quiet time
        } catch (IOException e) {
            // closed
        }
    }

    public int port() { return listener.getLocalPort(); }

    /** The connections made, once the listener has gone quiet (waiting at most five seconds). */
    public int connections() throws InterruptedException {
        watcher.join(5000);
        return connections.get();
    }

    @Override
    public void close() throws IOException { listener.close(); }
}
