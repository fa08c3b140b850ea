package io.tokengateway.viewers.control;

import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.viewers.entity.Master;
import io.tokengateway.viewers.entity.MasterStream;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the API's answer to {@code GET /api/subscribe_token/{id}} into a {@link CachedMaster}: the token string
 * becomes the signing key (and goes nowhere else), the rest the {@link Master}. An answer that is no success is
 * relayed as it came; a success without a usable token string is the gateway's 502.
 */
final class MasterReader {

    private MasterReader() {
    }

    static MasterLookup read(int id, UpstreamResponse response) {
        if (!response.isSuccess()) {
            return MasterLookup.failed(response.status(), response.body());
        }
        try {
            JsonObject data = response.json().asJsonObject().getJsonObject("data");
            String token = data.get("token") instanceof JsonString s ? s.getString() : "";
            if (token.isEmpty()) {
                return unusable(id, "has no token string");
            }
            Master master = new Master(id, !JsonValue.FALSE.equals(data.get("isActive")), instant(data.get("expiresOn")),
                    streams(data.get("streams")), trackingId(data.get("tracking")), text(data.get("originCluster")));
            return MasterLookup.found(new CachedMaster(master, new JwtSigner(token)));
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException
                | PatternSyntaxException e) {
            return unusable(id, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static MasterLookup unusable(int id, String why) {
        return MasterLookup.failed(502, MillicastEnvelope.error(502, "The Millicast API's answer for subscribe token "
                + id + " " + why + ".").toString());
    }

    private static List<MasterStream> streams(JsonValue value) {
        List<MasterStream> streams = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                JsonObject stream = item.asJsonObject();
                String name = text(stream.get("streamName"));
                if (name != null) {
                    streams.add(MasterStream.of(name, JsonValue.TRUE.equals(stream.get("isRegex"))));
                }
            }
        }
        return List.copyOf(streams);
    }

    private static String trackingId(JsonValue tracking) {
        return tracking instanceof JsonObject object ? text(object.get("trackingId")) : null;
    }

    private static Instant instant(JsonValue value) {
        String text = text(value);
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                ? text : text + "Z").toInstant();
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
