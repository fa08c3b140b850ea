package io.tokengateway.security.control;

import io.tokengateway.platform.control.SchemaReady;
import io.tokengateway.security.entity.NewUser;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, with nobody in the database, creates the person {@code admin}: with the password from
 * {@code GATEWAY_ADMIN_PASSWORD}, or a generated one that is written to the log this once. A configured password
 * that breaks the rule every password follows creates nobody: the operator meant to choose it, so neither a weak
 * admin nor a surprise generated password is what they expect; the next start with a valid one creates the admin.
 */
@ApplicationScoped
public class FirstAdmin {

    static final String NAME = "admin";

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "gateway.admin.password")
    Optional<String> configuredPassword;

    @Inject
    Validator validator;

    @Inject
    Logger logger;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!users.isEmpty()) {
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
        logger.log(Level.WARNING, "Created the first administrator ''{0}''. Its generated password, shown this "
                + "once and never again, is: {1}  The console asks for a new one at the first login; or set "
                + "GATEWAY_ADMIN_PASSWORD before the first start.", new Object[] {NAME, password});
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
