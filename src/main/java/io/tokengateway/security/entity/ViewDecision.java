package io.tokengateway.security.entity;

/** What the console does with a request for a view. */
public enum ViewDecision {
    /** Render it. */
    SHOW,
    /** Nobody signed in: go to the login page. */
    LOG_IN,
    /** Signed in with a password that must be changed first: go to the change-password page. */
    CHANGE_PASSWORD,
    /** Signed in, but the role is too low: 403. */
    FORBIDDEN,
    /** No such view in the table: 404 to everybody. */
    NOT_FOUND
}
