package io.tokengateway.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.audit.entity.Actor;
import org.junit.jupiter.api.Test;

/** How a caller is written down on the audit trail. */
class CallerIdentityTest {

    @Test
    void aPersonByLoginNameAndRole() {
        assertEquals(new Actor("person", "alice", "editor", "10.0.0.1"),
                CallerIdentity.person("alice", Role.EDITOR, "10.0.0.1").actor());
    }

    @Test
    void programsAreNamedByKeyLabelAndId() {
        assertEquals(new Actor("api_key", "ci-bot (key 12)", "admin", "10.0.0.2"),
                CallerIdentity.apiKey(12, "ci-bot", Role.ADMIN, "10.0.0.2").actor());
    }

    @Test
    void anonymousCallersHaveNoRole() {
        assertEquals(new Actor("anonymous", "anonymous", null, "192.0.2.9"), CallerIdentity.anonymous("192.0.2.9").actor());
        assertEquals(Actor.anonymous("192.0.2.9", "mallory"), CallerIdentity.anonymous("192.0.2.9").named("mallory").actor());
    }
}
