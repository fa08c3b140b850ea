package io.tokengateway.platform.control;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Whether this machine's own port accepts connections: the run command opens it only once the WAR is deployed. */
final class PortProbe {

    private static final int CONNECT_MILLIS = 500;
    private static final long PAUSE_MILLIS = 250;

    private PortProbe() {
    }

    /** Tries to connect to {@code 127.0.0.1:port} until it works or {@code wait} has passed. */
    static boolean answersWithin(int port, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_MILLIS);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(PAUSE_MILLIS);
            }
        } while (System.nanoTime() < deadline);
        return false;
    }
}
