package io.tokengateway.security.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a person or program may do. A role includes the roles it is written to include, not those declared before
 * it: {@code minter} mints viewer tokens and nothing else, a {@code viewer} reads but does not mint, an
 * {@code editor} reads, changes and mints, an {@code admin} does everything.
 */
public enum Role {
    /** Mint viewer tokens for subscribe tokens (an API key's role; possibly limited to named subscribe tokens). */
    MINTER,
    /** List and read tokens. */
    VIEWER,
    /** Viewer, plus create, update, renew, enable, disable and delete tokens, and mint viewer tokens. */
    EDITOR,
    /** Editor, plus manage people and API keys and read the audit trail. */
    ADMIN;

    /** The roles people may hold; {@link #MINTER} is for programs' keys only. */
    public static final List<Role> FOR_PEOPLE = List.of(VIEWER, EDITOR, ADMIN);

    /** Whether a caller in this role may do what {@code other} may. */
    public boolean includes(Role other) {
        return included().contains(other);
    }

    private Set<Role> included() {
        return switch (this) {
            case MINTER -> EnumSet.of(MINTER);
            case VIEWER -> EnumSet.of(VIEWER);
            case EDITOR -> EnumSet.of(MINTER, VIEWER, EDITOR);
            case ADMIN -> EnumSet.allOf(Role.class);
        };
    }

    /** The name used in the database and JSON: {@code minter}, {@code viewer}, {@code editor}, {@code admin}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }
}
