package io.tokengateway.security.entity;

import java.security.Principal;

/** A program authenticated by an API key; its name is the key's label. */
public record ApiKeyPrincipal(long keyId, String label) implements Principal {

    @Override
    public String getName() {
        return label;
    }
}
