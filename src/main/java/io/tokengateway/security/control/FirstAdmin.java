package io.tokengateway.security.control;

import io.tokengateway.platform.control.SchemaReady;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, with nobody in the database, creates the person {@code admin}: with the password from
 * {@code GATEWAY_ADMIN_PASSWORD}, or a generated one that is written to the log this once.
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
    Logger logger;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!users.isEmpty()) {
            return;
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(FirstAdmin::generatePassword);
        users.add(NAME, Role.ADMIN, password);
        if (configured.isEmpty()) {
            users.requirePasswordChange(NAME); // a password that went through the log is changed at the first login
        }
        if (configured.isPresent()) {
            logger.log(Level.INFO, "Created the first administrator ''{0}'' with the password from GATEWAY_ADMIN_PASSWORD", NAME);
        } else {
            logger.log(Level.WARNING, "Created the first administrator ''{0}''. Its generated password, shown this "
                    + "once and never again, is: {1}  The console asks for a new one at the first login. Or set GATEWAY_ADMIN_PASSWORD before the "
                    + "first start.", new Object[] {NAME, password});
        }
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
