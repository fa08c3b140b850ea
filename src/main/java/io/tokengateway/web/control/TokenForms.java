package io.tokengateway.web.control;

import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.contract.entity.TokenKind;
import io.tokengateway.tokens.entity.PublishToken;
import io.tokengateway.tokens.entity.StreamSpec;
import io.tokengateway.web.entity.TokenForm;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the settings form into the body the API takes (create, or a v2 update of what changed), with the problems
 * only a form has (text that is no number, a date in the past, a label of spaces), each under the form field it
 * belongs to; and names the form field of each problem the API's rules find, by its JSON path. Everything else is
 * judged by the API's own rules, not here.
 */
public final class TokenForms {

    /** The longest a form's text may be before it is refused (never cut): the API's longest, for restream URLs. */
    private static final int LONGEST_LINE = 2048;

    private static final Map<String, String> FIELD_OF_MEMBER = Map.ofEntries(
            Map.entry("label", "label"), Map.entry("streams", "streams"), Map.entry("addTokenStreams", "addStream"),
            Map.entry("expires", "expiresIn"), Map.entry("allowedOrigins", "origins"),
            Map.entry("allowedIpAddresses", "ips"), Map.entry("bindIpsOnUsage", "bindIps"),
            Map.entry("allowedCountries", "allowedCountries"), Map.entry("deniedCountries", "deniedCountries"),
            Map.entry("originCluster", "cluster"), Map.entry("record", "clip"), Map.entry("clip", "clip"), Map.entry("drm", "clip"),
            Map.entry("priority", "priority"), Map.entry("geoCascade", "cascadeClusters"),
            Map.entry("restream", "restream"), Map.entry("tracking", "trackingId"));

    /** A form read: the body to send, and the problems by form field (empty when there are none). */
    public record Read(JsonObject body, Map<String, List<String>> problems) {

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private TokenForms() {
    }

    /** The create body of a form, as of {@code now} (an expiry date becomes seconds from now). */
    public static Read create(TokenKind kind, TokenForm form, Instant now) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        JsonObjectBuilder body = JsonFactories.objectBuilder();
        body.add("label", label(form.getLabel(), problems));
        body.add("streams", streams(form, problems));
        expires(form, now, problems).ifPresent(seconds -> body.add("expires", seconds));
        settings(kind, form, true, problems).forEach(body::add);
        if (kind == TokenKind.SUBSCRIBE && present(form.getTrackingId())) {
            body.add("tracking", JsonFactories.objectBuilder().add("trackingId", form.getTrackingId().strip()));
        }
        if (kind == TokenKind.PUBLISH) {
            JsonValue targets = restream(form.getRestream(), problems).build();
            if (!targets.asJsonArray().isEmpty()) {
                body.add("restream", targets);
            }
        }
        return new Read(body.build(), problems);
    }

    /** The v2 update body: only what the form changes compared with the token as it is. */
    public static Read update(TokenKind kind, TokenForm form, PublishToken current) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        JsonObjectBuilder body = JsonFactories.objectBuilder();
        String label = label(form.getLabel(), problems);
        if (!label.equals(current.label())) {
            body.add("label", label);
        }
        Map<String, JsonValue> wanted = settings(kind, form, false, problems);
        Map<String, JsonValue> now = settings(kind, filled(current), false, new LinkedHashMap<>());
        wanted.forEach((name, value) -> {
            if (!Objects.equals(value, now.get(name))) {
                body.add(name, value);
            }
        });
        // restream keys are secrets of other services: the form never shows them, it replaces the list when asked
        if (kind == TokenKind.PUBLISH && form.isReplaceRestream()) {
            body.add("restream", restream(form.getRestream(), problems));
        }
        return new Read(body.build(), problems);
    }

    /** A form showing the token's settings as they are, for its edit form. */
    public static TokenForm filled(PublishToken token) {
        TokenForm form = new TokenForm();
        form.setLabel(token.label());
        form.setOrigins(lines(token.allowedOrigins()));
        form.setIps(lines(token.allowedIpAddresses()));
        form.setBindIps(token.bindIpsOnUsage() == null || token.bindIpsOnUsage() == 0 ? ""
                : token.bindIpsOnUsage().toString());
        form.setAllowedCountries(countryCodes(token.allowedCountries()));
        form.setDeniedCountries(countryCodes(token.deniedCountries()));
        form.setCluster(token.originCluster() == null ? "" : token.originCluster());
        form.setSubscribeRequiresAuth(Boolean.TRUE.equals(token.subscribeRequiresAuth()));
        form.setRecord(Boolean.TRUE.equals(token.record()));
        form.setClip(Boolean.TRUE.equals(token.clip()));
        form.setMultisource(!Boolean.FALSE.equals(token.multisource()));
        form.setThumbnails(Boolean.TRUE.equals(token.enableThumbnails()));
        form.setLowLatencyRtmp(!Boolean.FALSE.equals(token.lowLatencyRtmp()));
        form.setDisplaySrtPassphrase(Boolean.TRUE.equals(token.displaySrtPassphrase()));
        form.setDrm(Boolean.TRUE.equals(token.drm()));
        form.setGeoCascade(token.geoCascade() != null && Boolean.TRUE.equals(token.geoCascade().isEnabled()));
        form.setCascadeClusters(new ArrayList<>(token.geoCascade() == null ? List.of()
                : orEmpty(token.geoCascade().clusters()).stream().filter(c -> !"all".equals(c)).toList()));
        form.setPriority(token.priority() == null ? "" : token.priority().toString());
        return form;
    }

    /**
     * The form field a problem the API's rules found belongs to, by its JSON path ({@code allowedOrigins[1]} is
     * {@code origins}); {@code null} for one that belongs to no field.
     */
    public static String fieldOf(String jsonPath) {
        String member = jsonPath.replaceFirst("^\\$\\.", "").split("[\\[.]", 2)[0];
        return FIELD_OF_MEMBER.get(member);
    }

    /** The settings both create and update take, under their v2 names; a create leaves out what is not set. */
    private static Map<String, JsonValue> settings(TokenKind kind, TokenForm form, boolean create,
            Map<String, List<String>> problems) {
        Map<String, JsonValue> settings = new LinkedHashMap<>();
        list(settings, "allowedOrigins", lines(form.getOrigins(), "origins", problems), create);
        list(settings, "allowedIpAddresses", lines(form.getIps(), "ips", problems), create);
        Long bind = number(form.getBindIps(), "bindIps", problems);
        if (bind != null || !create) {
            settings.put("bindIpsOnUsage", JsonFactories.value(bind == null ? 0 : bind));
        }
        list(settings, "allowedCountries", orEmpty(form.getAllowedCountries()), create);
        list(settings, "deniedCountries", orEmpty(form.getDeniedCountries()), create);
        if (present(form.getCluster()) || !create) {
            settings.put("originCluster", JsonFactories.value(form.getCluster() == null ? "" : form.getCluster().strip()));
        }
        if (kind == TokenKind.PUBLISH) {
            settings.put("subscribeRequiresAuth", bool(form.isSubscribeRequiresAuth()));
            settings.put("record", bool(form.isRecord()));
            settings.put("clip", bool(form.isClip()));
            settings.put("multisource", bool(form.isMultisource()));
            settings.put("enableThumbnails", bool(form.isThumbnails()));
            settings.put("lowLatencyRtmp", bool(form.isLowLatencyRtmp()));
            settings.put("displaySrtPassphrase", bool(form.isDisplaySrtPassphrase()));
            settings.put("drm", bool(form.isDrm()));
            Long priority = number(form.getPriority(), "priority", problems);
            if (priority != null) {
                settings.put("priority", JsonFactories.value(priority));
            } else if (!create) {
                settings.put("priority", JsonValue.NULL);
            }
            if (form.isGeoCascade() || !orEmpty(form.getCascadeClusters()).isEmpty()) {
                JsonArrayBuilder clusters = JsonFactories.arrayBuilder();
                orEmpty(form.getCascadeClusters()).forEach(clusters::add);
                settings.put("geoCascade", JsonFactories.objectBuilder().add("isEnabled", form.isGeoCascade())
                        .add("clusters", clusters).build());
            } else if (!create) {
                settings.put("geoCascade", JsonFactories.objectBuilder().add("isEnabled", false)
                        .add("clusters", JsonFactories.arrayBuilder()).build());
            }
        }
        return settings;
    }

    private static String label(String typed, Map<String, List<String>> problems) {
        String label = typed == null ? "" : typed;
        if (!label.isEmpty() && label.isBlank()) {
            problem(problems, "label", "A label of only spaces cannot be told apart in a list: type a name.");
        }
        return label;
    }

    private static JsonArrayBuilder streams(TokenForm form, Map<String, List<String>> problems) {
        JsonArrayBuilder streams = JsonFactories.arrayBuilder();
        if (form.isAnyStream()) {
            return streams.add(JsonFactories.objectBuilder().add("streamName", ".*").add("isRegex", true));
        }
        List<String> names = lines(form.getStreams(), "streams", problems);
        if (names.isEmpty()) {
            problem(problems, "streams", "Name at least one stream, or choose any stream.");
        }
        for (String name : names) {
            JsonObjectBuilder stream = JsonFactories.objectBuilder().add("streamName", name);
            if (form.isStreamsAreRegex()) {
                stream.add("isRegex", true);
            }
            streams.add(stream);
        }
        return streams;
    }

    private static java.util.Optional<Long> expires(TokenForm form, Instant now, Map<String, List<String>> problems) {
        boolean byDuration = present(form.getExpiresIn());
        boolean byDate = present(form.getExpiresAt());
        if (byDuration && byDate) {
            problem(problems, "expiresIn", "Give the expiry as a duration or as a date, not both.");
            return java.util.Optional.empty();
        }
        if (byDuration) {
            Long count = number(form.getExpiresIn(), "expiresIn", problems);
            if (count == null) {
                return java.util.Optional.empty();
            }
            long unit = switch (String.valueOf(form.getExpiresUnit())) {
                case "minutes" -> 60;
                case "days" -> 86_400;
                default -> 3_600;
            };
            return java.util.Optional.of(BigInteger.valueOf(count).multiply(BigInteger.valueOf(unit))
                    .min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
        }
        if (byDate) {
            try {
                Instant at = LocalDateTime.parse(form.getExpiresAt().strip()).toInstant(ZoneOffset.UTC);
                long seconds = Duration.between(now, at).toSeconds();
                if (seconds <= 0) {
                    problem(problems, "expiresAt", "The expiry date has passed: choose one in the future.");
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(seconds);
            } catch (DateTimeParseException e) {
                problem(problems, "expiresAt", "Write the date as 2026-12-31T18:00 (UTC).");
            }
        }
        return java.util.Optional.empty();
    }

    private static JsonArrayBuilder restream(String typed, Map<String, List<String>> problems) {
        JsonArrayBuilder targets = JsonFactories.arrayBuilder();
        for (String line : lines(typed, "restream", problems)) {
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 2) {
                problem(problems, "restream", "Each restream line needs a URL and a stream key: " + parts[0]);
                continue;
            }
            JsonObjectBuilder target = JsonFactories.objectBuilder().add("url", parts[0]).add("key", parts[1])
                    .add("enabled", true);
            if (parts.length == 3) {
                target.add("label", parts[2]);
            }
            targets.add(target);
        }
        return targets;
    }

    private static void list(Map<String, JsonValue> settings, String name, List<String> items, boolean create) {
        if (!items.isEmpty() || !create) {
            JsonArrayBuilder array = JsonFactories.arrayBuilder();
            items.forEach(array::add);
            settings.put(name, array.build());
        }
    }

    /** The lines of a text area without blank ones; a line longer than any the API takes is refused, not cut. */
    private static List<String> lines(String typed, String field, Map<String, List<String>> problems) {
        if (typed == null) {
            return List.of();
        }
        List<String> lines = Arrays.stream(typed.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        lines.stream().filter(l -> l.length() > LONGEST_LINE).findFirst().ifPresent(l -> problem(problems, field,
                "A line is " + l.length() + " characters long; at most " + LONGEST_LINE + " are taken."));
        return lines;
    }

    private static Long number(String typed, String field, Map<String, List<String>> problems) {
        if (!present(typed)) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            problem(problems, field, "'" + typed.strip() + "' is not a whole number.");
            return null;
        }
    }

    /** The picker offers upper-case codes; the API takes either case, so a token's are shown (and kept) upper case. */
    private static List<String> countryCodes(List<String> codes) {
        return new ArrayList<>(orEmpty(codes).stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList());
    }

    private static String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }

    private static JsonValue bool(boolean value) {
        return value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static void problem(Map<String, List<String>> problems, String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** The streams a person may remove: all of them when there are several (a token keeps at least one). */
    public static List<StreamSpec> removable(PublishToken token) {
        return token.streamList().size() > 1 ? token.streamList() : List.of();
    }
}
