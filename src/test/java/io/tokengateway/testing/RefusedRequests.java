package io.tokengateway.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code contract/refused-requests.json}: every request the Millicast token API refuses, with the answer
 * written down from API.md and Dolby's spec (never computed by the code under test).
 */
public final class RefusedRequests {

    private static final String TABLE = "/contract/refused-requests.json";
    private static final List<Refused> ALL = load();

    /**
     * One row of the table. {@code target} is the path with its query as sent; {@code body} the JSON text sent,
     * or {@code null} for no body; {@code answer} the whole expected JSON body.
     */
    public record Refused(String method, String target, String body, int status, JsonObject answer,
            String wording, String ref) {

        /** The path without the query. */
        public String path() {
            int question = target.indexOf('?');
            return question < 0 ? target : target.substring(0, question);
        }

        /** The query parameters, percent-decoded, in the order given. */
        public Map<String, String> query() {
            Map<String, String> parameters = new LinkedHashMap<>();
            int question = target.indexOf('?');
            if (question < 0) {
                return parameters;
            }
            Arrays.stream(target.substring(question + 1).split("&")).filter(pair -> !pair.isEmpty()).forEach(pair -> {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.put(decode(name), decode(value));
            });
            return parameters;
        }

        /** The body as a JSON value, {@code null} for no body. */
        public JsonValue json() {
            return body == null ? null : JsonText.parse(body);
        }

        /** The expected answer as text, members in the table's order. */
        public String expected() {
            return status + " " + answer;
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
            return method + " " + target + shown + " -> " + status;
        }
    }

    private RefusedRequests() {
    }

    /** Every row, in the table's order. */
    public static List<Refused> all() {
        return ALL;
    }

    private static List<Refused> load() {
        JsonObject table = JsonText.object(read());
        return table.getJsonArray("cases").stream().map(JsonValue::asJsonObject).map(RefusedRequests::row).toList();
    }

    private static Refused row(JsonObject row) {
        String request = row.getString("request");
        int space = request.indexOf(' ');
        String body = row.containsKey("body") ? row.get("body").toString() : null;
        return new Refused(request.substring(0, space), request.substring(space + 1), body, row.getInt("status"),
                row.getJsonObject("answer"), row.getString("wording"), row.getString("ref"));
    }

    private static String read() {
        try (InputStream in = RefusedRequests.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
