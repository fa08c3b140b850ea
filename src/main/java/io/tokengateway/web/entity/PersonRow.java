package io.tokengateway.web.entity;

import io.tokengateway.security.entity.UserView;

/**
 * A row of the people page: the person, and why their role, access and password cannot be changed from the page
 * ({@code null} when they can), e.g. because it is the person looking or the last enabled admin.
 */
public record PersonRow(UserView person, String protection) {

    public boolean isUnchangeable() {
        return protection != null;
    }
}
