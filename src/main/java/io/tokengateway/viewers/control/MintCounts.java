package io.tokengateway.viewers.control;

import io.tokengateway.audit.entity.Actor;

/**
 * Counts minting for the audit trail instead of writing a row per token: per subscribe token, caller, outcome and
 * minute ("200 minted ×18204 for subscribe token 42 by paywall (key 12)").
 */
public interface MintCounts {

    /** The outcome of a mint, as the audit trail writes it. */
    String MINTED = "200 minted";

    /** One viewer token minted, or refused with {@code outcome} (e.g. {@code 400 validation: streamName}). */
    void count(int masterId, Actor caller, String outcome);
}
