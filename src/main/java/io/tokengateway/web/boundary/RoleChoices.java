package io.tokengateway.web.boundary;

import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** The roles a person or an API key may be given, least first, for the pages' role menus. */
@Named
@ApplicationScoped
public class RoleChoices {

    private static final List<String> PEOPLE = Role.FOR_PEOPLE.stream().map(Role::id).toList();
    private static final List<String> KEYS = Arrays.stream(Role.values()).map(Role::id).toList();

    /** For people: no minter. */
    public List<String> getIds() {
        return PEOPLE;
    }

    /** For API keys: every role, minter too. */
    public List<String> getKeyIds() {
        return KEYS;
    }
}
