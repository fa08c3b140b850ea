package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.platform.control.InitialPasswordFile;
import io.tokengateway.platform.control.SchemaReady;
import io.tokengateway.platform.control.StartupReport;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.PasswordChanged;
import io.tokengateway.security.entity.Role;
import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstAdminTest {

    @TempDir
    Path dataDir;
    private final List<String> banner = new ArrayList<>();
    private final RecordingDirectory users = new RecordingDirectory();
    private final List<LogRecord> log = new ArrayList<>();
    private final Logger logger = Logger.getLogger("FirstAdminTest");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void detachTheLogHandler() {
        logger.removeHandler(handler);
    }

    @Test
    void aConfiguredPasswordShorterThanTenCharactersCreatesNoAdminAndSaysWhichRuleItBreaks() {
        start(Optional.of("admin1234"));

        assertEquals(List.of(), users.added);
        assertEquals(1, log.size());
        assertEquals(Level.SEVERE, log.get(0).getLevel());
        String line = formatted(log.get(0));
        assertEquals("GATEWAY_ADMIN_PASSWORD breaks the password rule (password must be 10 to 256 characters), so no "
                + "administrator was created and nobody can log in. Set a valid GATEWAY_ADMIN_PASSWORD and restart, or "
                + "unset it to have one generated.", line);
        assertFalse(line.contains("admin1234"));
    }

    @Test
    void aConfiguredPasswordLongerThan256CharactersCreatesNoAdmin() {
        String tooLong = "p".repeat(257);

        start(Optional.of(tooLong));

        assertEquals(List.of(), users.added);
        assertEquals(Level.SEVERE, log.get(0).getLevel());
        assertFalse(formatted(log.get(0)).contains(tooLong));
    }

    @Test
    void aConfiguredPasswordOfTenCharactersCreatesTheAdminWithIt() {
        start(Optional.of("0123456789"));

        assertEquals(List.of("admin ADMIN 0123456789"), users.added);
        assertEquals(Level.INFO, log.get(0).getLevel());
        assertFalse(formatted(log.get(0)).contains("0123456789"));
    }

    @Test
    void aConfiguredPasswordOf256CharactersCreatesTheAdminWithIt() {
        String longest = "q".repeat(256);

        start(Optional.of(longest));

        assertEquals(List.of("admin ADMIN " + longest), users.added);
        assertEquals(List.of(), users.mustChange, "a password the operator chose needs no change");
    }

    @Test
    void noConfiguredPasswordCreatesTheAdminWithAGeneratedOneShownOnce() {
        start(Optional.empty());

        assertEquals(1, users.added.size());
        String password = users.added.get(0).substring("admin ADMIN ".length());
        assertEquals(20, password.length());
        assertEquals(Level.WARNING, log.get(0).getLevel());
        assertTrue(formatted(log.get(0)).contains("is: " + password + "  The console asks for a new one"));
        assertEquals(List.of("admin"), users.mustChange, "a generated password must be changed at the first login");
    }

    @Test
    void nothingHappensWhenSomebodyExistsAlready() {
        users.empty = false;

        start(Optional.of("short"));

        assertEquals(List.of(), users.added);
        assertEquals(List.of(), log);
    }

    @Test
    void theGeneratedPasswordIsKeptInAnOwnerOnlyFileAndTheBannerSaysWhere() throws IOException {
        start(Optional.empty());

        String password = users.added.get(0).substring("admin ADMIN ".length());
        Path file = dataDir.resolve("data/initial-admin-password");
        assertEquals(password + "\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertTrue(formatted(log.get(0)).endsWith("Until it is changed it is also in " + file + " (readable by this user only)."),
                formatted(log.get(0)));
        assertEquals(List.of("admin, with the password in " + file), banner);
    }

    @Test
    void aConfiguredPasswordIsInNoFileAndTheBannerNamesTheSetting() {
        start(Optional.of("0123456789"));

        assertFalse(Files.exists(dataDir.resolve("data/initial-admin-password")));
        assertEquals(List.of("admin, with the password from GATEWAY_ADMIN_PASSWORD"), banner);
    }

    @Test
    void aLaterStartBeforeThePasswordWasChangedStillSaysWhereTheFileIs() throws IOException {
        Path file = dataDir.resolve("data/initial-admin-password");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "earlier\n");
        users.empty = false;

        start(Optional.empty());

        assertEquals(List.of(), users.added);
        assertEquals(List.of("admin, with the password in " + file), banner);
    }

    @Test
    void theFileIsRemovedWhenTheAdminsPasswordChangesAndOnlyThen() throws IOException {
        FirstAdmin firstAdmin = start(Optional.empty());
        Path file = dataDir.resolve("data/initial-admin-password");

        firstAdmin.onPasswordChanged(new PasswordChanged("bob"));
        assertTrue(Files.exists(file), "another person's change removed the admin's file");

        firstAdmin.onPasswordChanged(new PasswordChanged("admin"));
        assertFalse(Files.exists(file));
        assertEquals(Optional.empty(), firstAdmin.pendingPasswordFile());
    }

    private FirstAdmin start(Optional<String> configured) {
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        FirstAdmin firstAdmin = new FirstAdmin();
        firstAdmin.passwordFile = new InitialPasswordFile() {
            @Override
            public Path location() {
                return dataDir.resolve("data/initial-admin-password");
            }
        };
        firstAdmin.report = new StartupReport() {
            @Override
            public void firstLogin(String name, String wherePassword) {
                banner.add(name + ", with " + wherePassword);
            }
        };
        firstAdmin.users = users;
        firstAdmin.configuredPassword = configured;
        firstAdmin.validator = Validation.buildDefaultValidatorFactory().getValidator();
        firstAdmin.logger = logger;
        firstAdmin.onSchemaReady(new SchemaReady("1"));
        return firstAdmin;
    }

    private static String formatted(LogRecord record) {
        return new java.util.logging.SimpleFormatter().formatMessage(record);
    }

    /** Remembers who would have been added, instead of a database. */
    private static final class RecordingDirectory extends UserDirectory {
        boolean empty = true;
        final List<String> added = new ArrayList<>();
        final List<String> mustChange = new ArrayList<>();

        @Override
        public void requirePasswordChange(String name) {
            mustChange.add(name);
        }

        @Override
        public boolean isEmpty() {
            return empty;
        }

        @Override
        public GatewayUser add(String name, Role role, String password) {
            added.add(name + " " + role + " " + password);
            return null;
        }
    }
}
