package io.tokengateway.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.platform.control.Redactor;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AuditNotesTest {

    private final AuditNotes notes = new AuditNotes();

    AuditNotesTest() {
        notes.redactor = new Redactor();
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    @Test
    void summaryOfABodyMasksRestreamKeysWhateverTheirSpelling() {
        notes.summary("create", json("{\"label\":\"cam\",\"restream\":[{\"url\":\"rtmp://a\",\"k\\u0065y\":\"k1\"},"
                + "{\"url\":\"rtmp://b\",\"Key\":\"k2\"}]}"));

        assertEquals("create {\"label\":\"cam\",\"restream\":[{\"url\":\"rtmp://a\",\"key\":\"***\"},"
                + "{\"url\":\"rtmp://b\",\"Key\":\"***\"}]}", notes.summary());
    }

    @Test
    void summaryWithoutABodyIsTheVerb() {
        notes.summary("create", null);

        assertEquals("create", notes.summary());
    }
}
