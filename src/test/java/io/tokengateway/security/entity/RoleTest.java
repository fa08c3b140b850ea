package io.tokengateway.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which role includes which, written down: a minter only mints, a viewer does not mint (not the declaration order). */
class RoleTest {

    private static Set<Role> included(Role role) {
        return Arrays.stream(Role.values()).filter(role::includes).collect(Collectors.toSet());
    }

    @Test
    void eachRoleIncludesExactlyTheseRoles() {
        assertEquals(Map.of(
                Role.MINTER, Set.of(Role.MINTER),
                Role.VIEWER, Set.of(Role.VIEWER),
                Role.EDITOR, Set.of(Role.MINTER, Role.VIEWER, Role.EDITOR),
                Role.ADMIN, Set.of(Role.MINTER, Role.VIEWER, Role.EDITOR, Role.ADMIN)),
                Arrays.stream(Role.values()).collect(Collectors.toMap(r -> r, RoleTest::included)));
    }

    @Test
    void peopleAreNeverMinters() {
        assertEquals(java.util.List.of(Role.VIEWER, Role.EDITOR, Role.ADMIN), Role.FOR_PEOPLE);
    }
}
