package io.tokengateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The schema versions the build ships (Flyway's {@code V<n>__*.sql} files), so that tests need no edit per migration. */
public final class Migrations {

    private static final Path FOLDER = Path.of("src", "main", "resources", "db", "migration");

    private Migrations() {
    }

    /** Every version, oldest first: {@code ["1", "2", …]}. */
    public static List<String> versions() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest version, e.g. {@code "5"}. */
    public static String latest() {
        List<String> all = versions();
        return all.get(all.size() - 1);
    }
}
