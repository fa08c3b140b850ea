package io.tokengateway.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditSearchTest {

    @Test
    void escapesLikeWildcardsAndTheEscapeCharacter() {
        assertEquals("ci!_bot!%!!", AuditSearch.escaped("ci_bot%!"));
        assertEquals("alice", AuditSearch.escaped("alice"));
    }
}
