package io.tokengateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The log of the Payara Micro servers the tests started ({@code --logtofile}, rotated as server.log.N). */
public final class ServerLog {

    private ServerLog() {
    }

    /** Every line written so far by every test server of this build. */
    public static String read() throws IOException {
        try (Stream<Path> files = Files.list(TestTls.gatewayDir())) {
            String all = files.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .sorted()
                    .map(ServerLog::content)
                    .collect(Collectors.joining("\n"));
            if (all.isBlank()) {
                throw new IOException("No server log in " + TestTls.gatewayDir());
            }
            return all;
        }
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
