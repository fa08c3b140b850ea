package io.tokengateway.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The generated first password, kept in {@code initial-admin-password} in the data folder until it is changed (as
 * Jenkins keeps its initial admin password), so that an operator who missed the log line finds it: readable by
 * the server's own user only, in a folder that is too, whatever umask the server was started with.
 */
@ApplicationScoped
public class InitialPasswordFile {

    static final String NAME = "initial-admin-password";

    @Inject
    @ConfigProperty(name = "gateway.data.dir")
    String dataDir;

    public Path location() {
        return Path.of(dataDir).toAbsolutePath().resolve(NAME);
    }

    public boolean exists() {
        return Files.isRegularFile(location());
    }

    public void write(String password) throws IOException {
        write(location(), password);
    }

    /** Removes the file; whether there was one. */
    public boolean remove() throws IOException {
        return Files.deleteIfExists(location());
    }

    /** Writes the password and a line end, owner-only from the first byte on (never readable by others, not even briefly). */
    static void write(Path file, String password) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OwnerOnlyDatabaseFiles.OWNER_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(dir, OwnerOnlyDatabaseFiles.OWNER_DIR);
        }
        Path draft = Files.createTempFile(dir, NAME, ".new", posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OwnerOnlyDatabaseFiles.OWNER_FILE)}
                : new FileAttribute<?>[0]);
        try {
            Files.writeString(draft, password + "\n", StandardCharsets.UTF_8);
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
