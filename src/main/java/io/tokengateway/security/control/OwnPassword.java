package io.tokengateway.security.control;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.security.entity.CallerIdentity;
import io.tokengateway.security.entity.CallerKind;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A person changes their own password, for the console and the admin API alike: the current password is checked
 * like a login (so a stolen session cannot guess it faster than the login page allows), then the new one is set.
 */
@ApplicationScoped
public class OwnPassword {

    @Inject
    PasswordLogin logins;

    @Inject
    UserDirectory users;

    /**
     * @return the person with the new password
     * @throws InvalidRequestException when the caller is no person, the current password is wrong or locked,
     *                                 or the new one is the same as the current one
     */
    public GatewayUser change(CallerIdentity who, String currentPassword, String newPassword) {
        if (who.kind() != CallerKind.PERSON) {
            throw InvalidRequestException.of("currentPassword", "Only a person who logged in has a password to change");
        }
        LoginOutcome check = logins.attempt(who.name(), currentPassword, who.clientAddress(), false);
        if (!check.succeeded()) {
            throw InvalidRequestException.of("currentPassword", check.lockedUntil().isPresent()
                    ? "Too many wrong passwords: try again later"
                    : "The current password is wrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw InvalidRequestException.of("newPassword", "The new password must differ from the current one");
        }
        return users.setOwnPassword(who.name(), newPassword);
    }
}
