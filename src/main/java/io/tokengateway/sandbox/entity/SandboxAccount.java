package io.tokengateway.sandbox.entity;

import java.util.List;

/** The simulated account: its id and the defaults that fill a token's {@code effectiveSettings}. */
public final class SandboxAccount {

    /** The account id the sandbox pretends to be; {@code active?streamId=sandbox/<name>}. */
    public static final String ID = "sandbox";

    /** The account's default origin cluster, shown when a token names none. */
    public static final String ORIGIN_CLUSTER = "auto";

    /** Geo cascade is off for the account; a token's cluster list defaults to {@code ["all"]}. */
    public static final boolean GEO_CASCADE_ENABLED = false;

    public static final List<String> GEO_CASCADE_CLUSTERS = List.of("all");

    private SandboxAccount() {
    }
}
