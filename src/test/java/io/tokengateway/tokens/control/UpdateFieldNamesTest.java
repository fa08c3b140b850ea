package io.tokengateway.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class UpdateFieldNamesTest {

    @Test
    void v1NamesBecomeV2NamesAndOthersStay() {
        var v1 = Json.createObjectBuilder()
                .add("isActive", false)
                .add("updateAllowedOrigins", Json.createArrayBuilder().add("*.a.com"))
                .add("updateBindIpsOnUsage", 2)
                .add("updateGeoCascade", Json.createObjectBuilder().add("isEnabled", false))
                .add("futureField", "kept")
                .build();

        var v2 = UpdateFieldNames.toV2(v1);

        assertEquals(Json.createObjectBuilder()
                .add("isActive", false)
                .add("allowedOrigins", Json.createArrayBuilder().add("*.a.com"))
                .add("bindIpsOnUsage", 2)
                .add("geoCascade", Json.createObjectBuilder().add("isEnabled", false))
                .add("futureField", "kept")
                .build(), v2);
    }

    @Test
    void aV2NameSentAlongsideItsV1TwinWins() {
        var both = Json.createObjectBuilder()
                .add("updateOriginCluster", "fra-1")
                .add("originCluster", "iad-1")
                .build();

        assertEquals(Json.createObjectBuilder().add("originCluster", "iad-1").build(), UpdateFieldNames.toV2(both));
    }
}
