package io.tokengateway.security.control;

import io.tokengateway.platform.control.InitialPasswordFile;
import io.tokengateway.platform.control.SchemaReady;
import io.tokengateway.platform.control.StartupReport;
import io.tokengateway.security.entity.NewUser;
import io.tokengateway.security.entity.PasswordChanged;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, with nobody in the database, creates the person {@code admin}: with the password from
 * {@code GATEWAY_ADMIN_PASSWORD}, or a generated one that is written to the log this once and kept in the data
 * folder's {@link InitialPasswordFile} (owner-only) until it is changed. The startup banner and the login page say
 * where to look while that file is there. A configured password
 * that breaks the rule every password follows creates nobody: the operator meant to choose it, so neither a weak
 * admin nor a surprise generated password is what they expect; the next start with a valid one creates the admin.
 */
@ApplicationScoped
public class FirstAdmin {

    public static final String NAME = "admin";

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "gateway.admin.password")
    Optional<String> configuredPassword;

    @Inject
    Validator validator;

    @Inject
    Logger logger;

    @Inject
    InitialPasswordFile passwordFile;

    @Inject
    StartupReport report;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!users.isEmpty()) {
            // a later start before the generated password was changed: the banner says where it still is
            pendingPasswordFile().ifPresent(file -> report.firstLogin(NAME, "the password in " + file));
            return;
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        if (configured.isPresent()) {
            createWithConfiguredPassword(configured.get());
            return;
        }
        String password = generatePassword();
        users.add(NAME, Role.ADMIN, password);
        users.requirePasswordChange(NAME); // a password that went through the log is changed at the first login
        String kept = keep(password);
        logger.log(Level.WARNING, "Created the first administrator ''{0}''. Its generated password, shown this "
                + "once and never again, is: {1}  The console asks for a new one at the first login; or set "
                + "GATEWAY_ADMIN_PASSWORD before the first start. {2}", new Object[] {NAME, password, kept});
        report.firstLogin(NAME, passwordFile.exists() ? "the password in " + passwordFile.location()
                : "the password in this log, above");
    }

    /** Keeps the generated password in its file; the sentence the log line ends with. */
    private String keep(String password) {
        try {
            passwordFile.write(password);
            return "Until it is changed it is also in " + passwordFile.location() + " (readable by this user only).";
        } catch (IOException | RuntimeException e) {
            return "It could not be kept in " + passwordFile.location() + " (" + e.getClass().getSimpleName() + ").";
        }
    }

    /** The file with the generated first password, while it has not been changed. */
    public Optional<Path> pendingPasswordFile() {
        return passwordFile.exists() ? Optional.of(passwordFile.location()) : Optional.empty();
    }

    /** A changed first password no longer needs its file (whoever changed it, and however). */
    void onPasswordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged changed) {
        if (!NAME.equals(changed.name())) {
            return;
        }
        try {
            if (passwordFile.remove()) {
                logger.log(Level.INFO, "The first password of ''{0}'' was changed: removed {1}",
                        new Object[] {NAME, passwordFile.location()});
            }
        } catch (IOException e) {
            logger.log(Level.WARNING, "The first password of ''{0}'' was changed, but {1} could not be removed: {2}",
                    new Object[] {NAME, passwordFile.location(), e.toString()});
        }
    }

    private void createWithConfiguredPassword(String password) {
        // the same rule as every other password (NewUser's), so that it is said once
        Set<ConstraintViolation<NewUser>> broken = validator.validateValue(NewUser.class, "password", password);
        if (!broken.isEmpty()) {
            logger.log(Level.SEVERE, "GATEWAY_ADMIN_PASSWORD breaks the password rule ({0}), so no administrator "
                    + "was created and nobody can log in. Set a valid GATEWAY_ADMIN_PASSWORD and restart, or unset it "
                    + "to have one generated.", broken.iterator().next().getMessage());
            return;
        }
        users.add(NAME, Role.ADMIN, password);
        logger.log(Level.INFO, "Created the first administrator ''{0}'' with the password from GATEWAY_ADMIN_PASSWORD", NAME);
        report.firstLogin(NAME, "the password from GATEWAY_ADMIN_PASSWORD");
    }

    private static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
