package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.contract.entity.UpstreamResponse;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class TokenAuditNotesTest {

    private final AuditNotes notes = new AuditNotes();
    private final TokenAuditNotes tokenNotes = new TokenAuditNotes();

    TokenAuditNotesTest() {
        tokenNotes.notes = notes;
    }

    @Test
    void aRefusedBodyNamesItsTokenIdAndLabel() {
        tokenNotes.noteFrom(Json.createObjectBuilder().add("tokenId", "41").add("label", "cam").build());

        assertEquals(41, notes.tokenId());
        assertEquals("cam", notes.tokenLabel());
    }

    @Test
    void anInvalidTokenIdInARefusedBodyNamesNoToken() {
        tokenNotes.noteFrom(Json.createObjectBuilder().add("tokenId", "0").add("label", 7).build());

        assertNull(notes.tokenId());
        assertNull(notes.tokenLabel());
    }

    @Test
    void aSuccessAnswerNamesTheTokenInItsData() {
        tokenNotes.noteFrom(new UpstreamResponse(200, "{\"status\":\"success\",\"data\":{\"id\":5,\"label\":\"studio\"}}"));

        assertEquals(5, notes.tokenId());
        assertEquals("studio", notes.tokenLabel());
    }

    @Test
    void aFailureOrAnAnswerWithoutATokenNamesNone() {
        tokenNotes.noteFrom(new UpstreamResponse(400, "{\"status\":\"fail\",\"data\":{\"id\":5,\"label\":\"x\"}}"));
        tokenNotes.noteFrom(new UpstreamResponse(200, "{\"status\":\"success\",\"data\":true}"));
        tokenNotes.noteFrom(new UpstreamResponse(200, "[1]"));

        assertNull(notes.tokenId());
        assertNull(notes.tokenLabel());
    }
}
