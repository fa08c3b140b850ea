package io.tokengateway.platform.control;

/** Fired once at startup when the database schema is up to date: what needs the database may start now. */
public record SchemaReady(String version) {
}
