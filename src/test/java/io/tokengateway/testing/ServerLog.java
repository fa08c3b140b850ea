package io.tokengateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The records written at or after {@code start}, by their timestamps (a record's continuation lines go with
     * it), from every file of the log in the order written.
     */
    public static String since(Instant start) throws IOException {
        StringBuilder kept = new StringBuilder();
        boolean keeping = false;
        for (String line : read().split("\n")) {
            Matcher stamp = STAMP.matcher(line);
            if (stamp.lookingAt()) {
                keeping = !OffsetDateTime.parse(stamp.group(1), STAMP_FORMAT).toInstant().isBefore(start);
            }
            if (keeping) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    /** A record's first line: {@code [2026-11-29T20:16:59.520+0000] …}. */
    private static final DateTimeFormatter STAMP_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Pattern STAMP = Pattern.compile("\\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]+)\\]");

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
