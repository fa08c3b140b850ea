package io.tokengateway.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who may log in to the console: a name, a role, a PBKDF2 password hash, and whether they are disabled. */
@Entity
@Table(name = "gateway_user")
@NamedQuery(name = GatewayUser.BY_NAME, query = "SELECT u FROM GatewayUser u WHERE LOWER(u.name) = LOWER(:name)")
@NamedQuery(name = GatewayUser.ALL, query = "SELECT u FROM GatewayUser u ORDER BY u.name")
@NamedQuery(name = GatewayUser.COUNT, query = "SELECT COUNT(u) FROM GatewayUser u")
@NamedQuery(name = GatewayUser.ENABLED_ADMINS,
        query = "SELECT u FROM GatewayUser u WHERE u.role = :role AND u.disabled = false")
public class GatewayUser {

    public static final String BY_NAME = "GatewayUser.byName";
    public static final String ALL = "GatewayUser.all";
    public static final String COUNT = "GatewayUser.count";
    public static final String ENABLED_ADMINS = "GatewayUser.enabledAdmins";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised by every change of rights (password, role, disabled): a session opened before it is over. */
    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected GatewayUser() {
    }

    public GatewayUser(String name, String passwordHash, Role role, Instant createdAt) {
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getCredentialVersion() {
        return credentialVersion;
    }

    /** Ends every session this person opened so far. */
    public void endSessions() {
        credentialVersion++;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }
}
