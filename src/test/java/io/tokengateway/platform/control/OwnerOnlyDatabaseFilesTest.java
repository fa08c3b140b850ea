package io.tokengateway.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyDatabaseFilesTest {

    @TempDir
    Path temp;

    @Test
    void createsTheMissingDataAndDatabaseDirectoriesOwnerOnly() throws Exception {
        Path data = temp.resolve("data");

        OwnerOnlyDatabaseFiles.secure("jdbc:h2:file:" + data.resolve("db/gateway") + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE");

        assertEquals("rwx------", mode(data));
        assertEquals("rwx------", mode(data.resolve("db")));
    }

    @Test
    void takesGroupAndOtherBitsOffTheDirectoryAndTheDatabaseFilesButNoOtherFile() throws Exception {
        Path db = Files.createDirectories(temp.resolve("db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path store = Files.writeString(db.resolve("gateway.mv.db"), "");
        Path trace = Files.writeString(db.resolve("gateway.trace.db"), "");
        Path other = Files.writeString(db.resolve("notes.txt"), "");
        for (Path file : new Path[] {store, trace, other}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        OwnerOnlyDatabaseFiles.secure("jdbc:h2:" + db.resolve("gateway"));

        assertEquals("rwx------", mode(db));
        assertEquals("rw-------", mode(store));
        assertEquals("rw-------", mode(trace));
        assertEquals("rw-r--r--", mode(other));
    }

    @Test
    void findsTheFileBaseOnlyInH2FileUrls() {
        assertEquals(Optional.of(Path.of("/var/lib/gw/db/gateway")),
                OwnerOnlyDatabaseFiles.h2FileBase("jdbc:h2:file:/var/lib/gw/db/gateway;MODE=LEGACY"));
        assertEquals(Optional.of(Path.of("/var/lib/gw/db/gateway")),
                OwnerOnlyDatabaseFiles.h2FileBase("jdbc:h2:/var/lib/gw/db/gateway"));
        assertEquals(Optional.of(Path.of(System.getProperty("user.home"), "gw/db")),
                OwnerOnlyDatabaseFiles.h2FileBase("jdbc:h2:~/gw/db"));
        assertEquals(Optional.empty(), OwnerOnlyDatabaseFiles.h2FileBase("jdbc:h2:mem:test"));
        assertEquals(Optional.empty(), OwnerOnlyDatabaseFiles.h2FileBase("jdbc:h2:tcp://db:9092/gateway"));
        assertEquals(Optional.empty(), OwnerOnlyDatabaseFiles.h2FileBase("jdbc:postgresql://db:5432/gateway"));
        assertEquals(Optional.empty(), OwnerOnlyDatabaseFiles.h2FileBase(null));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
