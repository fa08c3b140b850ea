package io.tokengateway.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the access log goes, from {@code gateway.access.log}: {@code server} (the server log, the default),
 * {@code off}, or an absolute file path (lines appended, readable by the server's user only, as the run scripts'
 * umask makes every file).
 */
@ApplicationScoped
public class AccessLogSink {

    static final String SERVER_LOG = "server";
    static final String OFF = "off";
    private static final Logger LOGGER = Logger.getLogger(AccessLogSink.class.getName());

    private Handler file;

    synchronized void sendTo(String destination) {
        Logger access = AccessLog.LOGGER;
        if (file != null) {
            access.removeHandler(file);
            file.close();
            file = null;
        }
        String where = destination == null ? SERVER_LOG : destination.strip();
        if (OFF.equalsIgnoreCase(where)) {
            access.setLevel(Level.OFF);
            return;
        }
        access.setLevel(Level.INFO);
        if (SERVER_LOG.equalsIgnoreCase(where)) {
            access.setUseParentHandlers(true);
            return;
        }
        try {
            FileHandler handler = new FileHandler(Path.of(where).toAbsolutePath().toString(), true);
            handler.setFormatter(new SimpleFormatter() {
                @Override
                public String format(java.util.logging.LogRecord record) {
                    return record.getInstant() + " " + record.getMessage() + System.lineSeparator();
                }
            });
            access.addHandler(handler);
            access.setUseParentHandlers(false);
            file = handler;
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "The access log cannot be written to {0} ({1}); it goes to the server log",
                    new Object[] {where, e.getMessage()});
            access.setUseParentHandlers(true);
        }
    }
}
