package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds the {@link Operation} for a method and path. A trailing slash is the same as none; segments and method
 * ignore case; literal segments win over {@code {id}} ({@code /list} is not an id). A path no operation has is
 * 404; a known path with another method is 405.
 */
final class Routes {

    /** What a method and path came to: an operation with its raw id segment, or the refusal status. */
    record Match(Operation operation, String idSegment, int refusalStatus) {

        static Match refused(int status) {
            return new Match(null, null, status);
        }

        boolean found() {
            return operation != null;
        }
    }

    private record Route(Operation operation, List<String> pattern) {

        boolean matches(List<String> segments) {
            if (segments.size() != pattern.size()) {
                return false;
            }
            for (int i = 0; i < pattern.size(); i++) {
                if (!pattern.get(i).equals(Operation.ID) && !pattern.get(i).equalsIgnoreCase(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }

        long literals() {
            return pattern.stream().filter(segment -> !segment.equals(Operation.ID)).count();
        }

        Match match(List<String> segments) {
            int position = pattern.indexOf(Operation.ID);
            return new Match(operation, position < 0 ? null : segments.get(position), 0);
        }
    }

    private static final List<Route> ROUTES = Arrays.stream(Operation.values())
            .map(operation -> new Route(operation, segments(operation.path())))
            .toList();

    private Routes() {
    }

    static Match match(String method, String path) {
        if (method == null || path == null) {
            return Match.refused(404);
        }
        List<String> segments = segments(path);
        List<Route> matching = ROUTES.stream().filter(route -> route.matches(segments)).toList();
        long mostLiterals = matching.stream().mapToLong(Route::literals).max().orElse(-1);
        List<Route> best = matching.stream().filter(route -> route.literals() == mostLiterals).toList();
        if (best.isEmpty()) {
            return Match.refused(404);
        }
        return best.stream()
                .filter(route -> route.operation().method().equalsIgnoreCase(method.trim()))
                .findFirst()
                .map(route -> route.match(segments))
                .orElseGet(() -> Match.refused(405));
    }

    /**
     * Path segments without empty ones, so {@code /api/publish_token/} equals {@code /api/publish_token}. The path
     * is the percent-encoded one a client sent: it is split on its own {@code /} first and each segment decoded
     * after, so {@code 7%2F..%2Flist} or {@code 7%3Fx=1} stays one segment (an id, and not a valid one).
     */
    private static List<String> segments(String path) {
        int query = path.indexOf('?');
        String bare = query >= 0 ? path.substring(0, query) : path;
        return Arrays.stream(bare.split("/")).filter(segment -> !segment.isEmpty()).map(Routes::decode).toList();
    }

    /** RFC 3986 percent-decoding of one segment as UTF-8; {@code +} stays {@code +}; a broken escape stays as it is. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int plain = 0;
        for (int i = 0; i + 2 < segment.length(); i++) {
            if (segment.charAt(i) == '%' && isHex(segment.charAt(i + 1)) && isHex(segment.charAt(i + 2))) {
                bytes.writeBytes(segment.substring(plain, i).getBytes(StandardCharsets.UTF_8));
                bytes.write(HexFormat.fromHexDigits(segment, i + 1, i + 3));
                i += 2;
                plain = i + 1;
            }
        }
        bytes.writeBytes(segment.substring(plain).getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
