package io.tokengateway.tokens.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.junit.jupiter.api.Test;

class MillicastPathsDocumentTest {

    private static final String KINDS = "/api/{kind: publish_token|subscribe_token}";

    @Test
    void eachKindListsTheRoutesTheTableHasForItAndTheExtensions() {
        Map<String, PathItem> items = new LinkedHashMap<>();
        for (String rest : List.of("", "/{id}", "/list", "/list_by_name", "/delete", "/list/all", "/list_by_cluster",
                "/active", "/active/all", "/disable", "/{id}/restream/sync")) {
            items.put(KINDS + rest, item());
        }
        items.put("/api/v2/publish_token/{id}", item());
        items.put("/admin/api-keys/{id: [0-9]{1,18}}", item());

        new MillicastPathsDocument().filterOpenAPI(document(items));

        assertEquals(List.of("/api/v2/publish_token/{id}",
                "/api/publish_token", "/api/subscribe_token",
                "/api/publish_token/{id}", "/api/subscribe_token/{id}",
                "/api/publish_token/list", "/api/subscribe_token/list",
                "/api/publish_token/list_by_name", "/api/subscribe_token/list_by_name",
                "/api/publish_token/delete", "/api/subscribe_token/delete",
                "/api/publish_token/list/all", "/api/subscribe_token/list/all",
                "/api/publish_token/list_by_cluster",
                "/api/publish_token/active",
                "/api/publish_token/active/all",
                "/api/publish_token/disable",
                "/api/publish_token/{id}/restream/sync",
                "/admin/api-keys/{id}"), List.copyOf(items.keySet()));
    }

    private static PathItem item() {
        return proxy(PathItem.class, Map.of("getOperations", Map.of()));
    }

    /** The document's paths, kept in {@code items}; paths removed and added go to the end, as a map's would. */
    private static OpenAPI document(Map<String, PathItem> items) {
        Paths paths = (Paths) Proxy.newProxyInstance(Paths.class.getClassLoader(), new Class<?>[] {Paths.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getPathItems" -> items;
                    case "removePathItem" -> {
                        items.remove((String) args[0]);
                        yield null;
                    }
                    case "addPathItem" -> {
                        items.put((String) args[0], (PathItem) args[1]);
                        yield self;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return proxy(OpenAPI.class, Map.of("getPaths", paths));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answers.get(method.getName());
        });
    }
}
