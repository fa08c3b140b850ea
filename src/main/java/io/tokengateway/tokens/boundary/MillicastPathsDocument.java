package io.tokengateway.tokens.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Writes the OpenAPI document's token paths as Millicast's own: one template route serves publish and subscribe
 * tokens, and the document lists {@code /api/publish_token/…} and {@code /api/subscribe_token/…} separately,
 * without the publish-only routes for subscribe tokens. Path parameters lose their JAX-RS regular expressions
 * ({@code {id: [0-9]+}} reads {@code {id}}).
 */
public class MillicastPathsDocument implements OASFilter {

    private static final String TEMPLATE = "{kind: publish_token|subscribe_token}";
    private static final Pattern REGEX = Pattern.compile("\\{(\\w+):[^/]*\\}");
    private static final Set<String> PUBLISH_ONLY = Set.of("/active", "/active/all", "/disable", "/list_by_cluster",
            "/{id}/restream/sync");

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
            String rest = path.substring(path.indexOf(TEMPLATE) + TEMPLATE.length());
            for (String kind : List.of("publish_token", "subscribe_token")) {
                if (kind.equals("subscribe_token") && PUBLISH_ONLY.contains(rest)) {
                    continue;
                }
                paths.addPathItem(path.replace(TEMPLATE, kind), item);
            }
        });
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
