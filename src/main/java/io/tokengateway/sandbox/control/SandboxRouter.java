package io.tokengateway.sandbox.control;

import io.tokengateway.sandbox.control.ListQueryParser.Variant;
import io.tokengateway.sandbox.entity.BodyDialect;
import io.tokengateway.tokens.entity.UpstreamRequest;
import io.tokengateway.tokens.entity.UpstreamResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one place that knows the sandbox's paths (API.md P1–P12, S1–S7): picks the operation for a method and
 * path, parses the {@code {tokenId}} segment, and answers 404 for an unknown path, 405 for a wrong method.
 * A trailing slash is the same as none; literal segments win over {@code {id}} ({@code /list} is not an id).
 */
final class SandboxRouter {

    private static final String ID = "{id}";

    /** What a route runs; {@code tokenId} is 0 for routes without an id. */
    @FunctionalInterface
    interface Handler {
        UpstreamResponse handle(UpstreamRequest request, int tokenId);
    }

    private record Route(String method, List<String> pattern, Handler handler) {

        boolean matches(List<String> segments) {
            if (segments.size() != pattern.size()) {
                return false;
            }
            for (int i = 0; i < pattern.size(); i++) {
                if (!pattern.get(i).equals(ID) && !pattern.get(i).equalsIgnoreCase(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }

        long literals() {
            return pattern.stream().filter(segment -> !segment.equals(ID)).count();
        }

        UpstreamResponse dispatch(UpstreamRequest request, List<String> segments) {
            int position = pattern.indexOf(ID);
            if (position < 0) {
                return handler.handle(request, 0);
            }
            String segment = segments.get(position);
            try {
                return handler.handle(request, Integer.parseInt(segment));
            } catch (NumberFormatException e) {
                return SandboxReplies.invalid("tokenId", "The value '" + segment + "' is not valid.");
            }
        }
    }

    private final List<Route> routes = new ArrayList<>();

    SandboxRouter(TokenOperations publish, TokenOperations subscribe, PublishTokenOperations publishOnly) {
        tokenRoutes("publish_token", publish);
        tokenRoutes("subscribe_token", subscribe);
        add("GET", "/api/publish_token/list_by_cluster", (r, id) -> publish.list(r, Variant.BY_CLUSTER));
        add("GET", "/api/publish_token/active", (r, id) -> publishOnly.active(r));
        add("GET", "/api/publish_token/active/all", (r, id) -> publishOnly.activeAll());
        add("PATCH", "/api/publish_token/disable", (r, id) -> publishOnly.disable(r));
        add("POST", "/api/publish_token/{id}/restream/sync", (r, id) -> publishOnly.syncRestream(id));
    }

    private void tokenRoutes(String resource, TokenOperations operations) {
        String base = "/api/" + resource;
        add("POST", base, (r, id) -> operations.create(r));
        add("GET", base + "/list", (r, id) -> operations.list(r, Variant.PLAIN));
        add("GET", base + "/list_by_name", (r, id) -> operations.list(r, Variant.BY_NAME));
        add("GET", base + "/{id}", (r, id) -> operations.read(id));
        add("PUT", base + "/{id}", (r, id) -> operations.update(r, id, BodyDialect.UPDATE_V1));
        add("DELETE", base + "/{id}", (r, id) -> operations.delete(id));
        add("PUT", "/api/v2/" + resource + "/{id}", (r, id) -> operations.update(r, id, BodyDialect.UPDATE_V2));
    }

    private void add(String method, String path, Handler handler) {
        routes.add(new Route(method, segments(path), handler));
    }

    UpstreamResponse route(UpstreamRequest request) {
        if (request == null || request.method() == null || request.path() == null) {
            return SandboxReplies.notFound();
        }
        List<String> segments = segments(request.path());
        List<Route> matching = routes.stream().filter(route -> route.matches(segments)).toList();
        long mostLiterals = matching.stream().mapToLong(Route::literals).max().orElse(-1);
        List<Route> best = matching.stream().filter(route -> route.literals() == mostLiterals).toList();
        if (best.isEmpty()) {
            return SandboxReplies.notFound();
        }
        return best.stream()
                .filter(route -> route.method().equalsIgnoreCase(request.method().trim()))
                .findFirst()
                .map(route -> route.dispatch(request, segments))
                .orElseGet(SandboxReplies::methodNotAllowed);
    }

    /** Path segments without empty ones, so {@code /api/publish_token/} equals {@code /api/publish_token}. */
    private static List<String> segments(String path) {
        int query = path.indexOf('?');
        String bare = query >= 0 ? path.substring(0, query) : path;
        return Arrays.stream(bare.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }
}
