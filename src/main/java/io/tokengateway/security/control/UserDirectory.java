package io.tokengateway.security.control;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.PasswordChanged;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The people who may log in: adds them, changes them, and checks their passwords. */
@ApplicationScoped
@Transactional
public class UserDirectory {

    @Inject
    CredentialChanges changes;

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Event<PasswordChanged> passwordChanged;

    public List<GatewayUser> all() {
        return em.createNamedQuery(GatewayUser.ALL, GatewayUser.class).getResultList();
    }

    public Optional<GatewayUser> find(String name) {
        return em.createNamedQuery(GatewayUser.BY_NAME, GatewayUser.class)
                .setParameter("name", name == null ? "" : name)
                .getResultStream().findFirst();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(GatewayUser.COUNT, Long.class).getSingleResult() == 0;
    }

    /** @throws InvalidRequestException when the name is taken */
    public GatewayUser add(String name, Role role, String password) {
        if (find(name).isPresent()) {
            throw InvalidRequestException.of("name", "A person named " + name + " exists already");
        }
        GatewayUser user = new GatewayUser(name, passwords.hash(password), role, Instant.now());
        em.persist(user);
        changes.changed(); // a person of a gone issuer's name brings that issuer's keys back
        return user;
    }

    /**
     * Changes a person's rights; any change ends the sessions they have open, so that it bites at once.
     *
     * @throws UnknownUserException when there is no such person
     * @throws LastAdminException when it would demote or disable the last enabled admin
     */
    public GatewayUser change(String name, UserChange change) {
        GatewayUser user = find(name).orElseThrow(() -> new UnknownUserException(name));
        Role role = change.role() == null ? user.getRole() : Role.of(change.role()).orElseThrow();
        boolean disabled = change.disabled() == null ? user.isDisabled() : change.disabled();
        if (isEnabledAdmin(user) && (role != Role.ADMIN || disabled) && lockEnabledAdmins().size() <= 1) {
            throw new LastAdminException(user.getName());
        }
        if (role != user.getRole() || disabled != user.isDisabled() || change.password() != null) {
            user.endSessions();
        }
        user.setRole(role);
        user.setDisabled(disabled);
        if (change.password() != null) {
            user.setPasswordHash(passwords.hash(change.password()));
            passwordChanged.fire(new PasswordChanged(user.getName()));
        }
        changes.changed(); // the person's keys may stop or start working
        return user;
    }

    /**
     * A person's own new password (after they proved the current one): no change is required any more, and their
     * other sessions end.
     */
    public GatewayUser setOwnPassword(String name, String newPassword) {
        GatewayUser user = find(name).orElseThrow(() -> new UnknownUserException(name));
        user.setPasswordHash(passwords.hash(newPassword));
        user.setMustChangePassword(false);
        user.endSessions();
        passwordChanged.fire(new PasswordChanged(user.getName()));
        return user;
    }

    /** The person must choose a new password at their next console login (a generated first password). */
    public void requirePasswordChange(String name) {
        find(name).ifPresent(user -> user.setMustChangePassword(true));
    }

    private static boolean isEnabledAdmin(GatewayUser user) {
        return user.getRole() == Role.ADMIN && !user.isDisabled();
    }

    /** The enabled admins, locked until the transaction ends so that two admins cannot demote each other at once. */
    private List<GatewayUser> lockEnabledAdmins() {
        return em.createNamedQuery(GatewayUser.ENABLED_ADMINS, GatewayUser.class)
                .setParameter("role", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The enabled person with that name and password; empty for a wrong password, an unknown or disabled person. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GatewayUser> verify(String name, String password) {
        return verify(find(name), password);
    }

    /** The same for a person already looked up (or not found), so a login reads the person once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GatewayUser> verify(Optional<GatewayUser> found, String password) {
        Optional<GatewayUser> user = found.filter(u -> !u.isDisabled());
        if (user.isEmpty()) {
            // same work as a real check, so that timing does not tell which names exist
            passwords.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        return user.filter(u -> passwords.matches(password, u.getPasswordHash()));
    }

    /** A PBKDF2 hash of a random string, in the format PasswordHashing writes. */
    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:100000:bm90LWEtcmVhbC1zYWx0LW5vdC1hLXJlYWwtc2FsdCE=:"
                    + "bm90LWEtcmVhbC1oYXNoLW5vdC1hLXJlYWwtaGFzaCE=";
}
