package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.Operation;
import java.util.Arrays;
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

    /** Path segments without empty ones, so {@code /api/publish_token/} equals {@code /api/publish_token}. */
    private static List<String> segments(String path) {
        int query = path.indexOf('?');
        String bare = query >= 0 ? path.substring(0, query) : path;
        return Arrays.stream(bare.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }
}
