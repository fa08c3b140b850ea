package io.tokengateway.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tokengateway.platform.control.SchemaReady;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.Role;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FirstAdminTest {

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

    private void start(Optional<String> configured) {
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        FirstAdmin firstAdmin = new FirstAdmin();
        firstAdmin.users = users;
        firstAdmin.configuredPassword = configured;
        firstAdmin.validator = Validation.buildDefaultValidatorFactory().getValidator();
        firstAdmin.logger = logger;
        firstAdmin.onSchemaReady(new SchemaReady("1"));
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
