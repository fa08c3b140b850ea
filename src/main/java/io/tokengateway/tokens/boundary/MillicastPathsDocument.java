package io.tokengateway.tokens.boundary;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.contract.entity.TokenKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Writes the OpenAPI document's token paths as Millicast's own: one template route serves publish and subscribe
 * tokens, and the document lists {@code /api/publish_token/…} and {@code /api/subscribe_token/…} separately,
 * without the routes the table ({@link Operation}) has for the other kind only (publish-only routes for subscribe
 * tokens). The gateway's extensions, in no row of the table, are listed for both. Path parameters lose their
 * JAX-RS regular expressions ({@code {id: [0-9]+}} reads {@code {id}}).
 */
public class MillicastPathsDocument implements OASFilter {

    private static final String TEMPLATE = TokenPathsResource.KINDS;
    private static final Pattern REGEX = Pattern.compile("\\{(\\w+):[^/]*\\}");
    private static final Set<String> TABLE = Arrays.stream(Operation.values()).map(Operation::path)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Paths paths = document.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
        items.forEach((path, item) -> {
            if (!path.contains(TEMPLATE)) {
                String plain = REGEX.matcher(path).replaceAll("{$1}");
                if (!plain.equals(path)) {
                    paths.removePathItem(path);
                    paths.addPathItem(plain, item);
                }
                return;
            }
            paths.removePathItem(path);
            withoutKindParameter(item);
            for (TokenKind kind : TokenKind.values()) {
                if (!onlyOtherKindsHave(path, kind)) {
                    paths.addPathItem(path.replace(TEMPLATE, kind.pathSegment()), item);
                }
            }
        });
    }

    /** Whether the table has this route for another kind of token but not for this one. */
    private static boolean onlyOtherKindsHave(String template, TokenKind kind) {
        return !TABLE.contains(template.replace(TEMPLATE, kind.pathSegment()))
                && Arrays.stream(TokenKind.values())
                        .anyMatch(other -> TABLE.contains(template.replace(TEMPLATE, other.pathSegment())));
    }

    private static void withoutKindParameter(PathItem item) {
        item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.setParameters(operation.getParameters().stream()
                        .filter(p -> !"kind".equals(p.getName())).toList());
            }
        });
    }
}
