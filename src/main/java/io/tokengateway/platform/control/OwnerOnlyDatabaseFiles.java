package io.tokengateway.platform.control;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps an H2 file database readable by the server's own user only: makes its directory (and the data directory
 * above it) {@code rwx------} before H2 does, and takes group and other bits off the files already there, whatever
 * umask the server was started with (start-gateway.sh sets 077; another Payara may not).
 */
public final class OwnerOnlyDatabaseFiles {

    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyDatabaseFiles() {
    }

    /** The database's base path ({@code …/db/gateway}) if the URL is an H2 file database; memory, TCP or others: none. */
    static Optional<Path> h2FileBase(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(Path.of(name).toAbsolutePath());
    }

    /** Makes the database's directory owner-only (creating it, and missing parents, so) and its files too. */
    public static void secure(String jdbcUrl) throws IOException {
        Optional<Path> base = h2FileBase(jdbcUrl);
        if (base.isEmpty() || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path dir = base.get().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        }
        Files.setPosixFilePermissions(dir, OWNER_DIR);
        String prefix = base.get().getFileName() + ".";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && file.getFileName().toString().startsWith(prefix)) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        }
    }
}
