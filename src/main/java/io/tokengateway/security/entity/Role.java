package io.tokengateway.security.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a person or program may do; each role includes the ones before it. */
public enum Role {
    /** List and read tokens. */
    VIEWER,
    /** Viewer, plus create, update, renew, enable, disable and delete tokens. */
    EDITOR,
    /** Editor, plus manage people and API keys and read the audit trail. */
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** The name used in security groups, the database and JSON: {@code viewer}, {@code editor}, {@code admin}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role's group and the groups of every role it includes. */
    public Set<String> groups() {
        return Arrays.stream(values()).filter(this::includes).map(Role::id).collect(Collectors.toSet());
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
