package io.tokengateway.tokens.boundary;

import static io.tokengateway.contract.entity.Operation.PUBLISH_ACTIVE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_ACTIVE_ALL;
import static io.tokengateway.contract.entity.Operation.PUBLISH_CREATE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_DELETE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_DISABLE;
import static io.tokengateway.contract.entity.Operation.PUBLISH_LIST;
import static io.tokengateway.contract.entity.Operation.PUBLISH_LIST_BY_CLUSTER;
import static io.tokengateway.contract.entity.Operation.PUBLISH_LIST_BY_NAME;
import static io.tokengateway.contract.entity.Operation.PUBLISH_READ;
import static io.tokengateway.contract.entity.Operation.PUBLISH_RESTREAM_SYNC;
import static io.tokengateway.contract.entity.Operation.PUBLISH_UPDATE_V1;
import static io.tokengateway.contract.entity.Operation.PUBLISH_UPDATE_V2;
import static io.tokengateway.contract.entity.Operation.SUBSCRIBE_UPDATE_V2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tokengateway.contract.entity.Operation;
import io.tokengateway.security.boundary.Guarded;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every token resource method records, as its {@code @Guarded} change, the audit action the route table gives the
 * route it serves: the pairs of method and route are written down here, so a method whose annotation names
 * another action, or a new method nobody paired, fails.
 */
class TokenRouteActionsTest {

    /** The gateway's own bulk delete is in no row of the table: its action is written down as it is. */
    private static final String BULK_DELETE = "token.delete.bulk";
    /** The gateway's own "list everything" is a read. */
    private static final String READ = "";

    private static final Map<Class<?>, Map<String, String>> EXPECTED = Map.of(
            TokenPathsResource.class, Map.ofEntries(
                    served("create", PUBLISH_CREATE),
                    served("read", PUBLISH_READ),
                    served("updateV1", PUBLISH_UPDATE_V1),
                    served("delete", PUBLISH_DELETE),
                    served("list", PUBLISH_LIST),
                    served("listByName", PUBLISH_LIST_BY_NAME),
                    Map.entry("deleteMany", BULK_DELETE),
                    Map.entry("listAll", READ),
                    served("listByCluster", PUBLISH_LIST_BY_CLUSTER),
                    served("active", PUBLISH_ACTIVE),
                    served("allActive", PUBLISH_ACTIVE_ALL),
                    served("disable", PUBLISH_DISABLE),
                    served("syncRestream", PUBLISH_RESTREAM_SYNC)),
            TokensV2Resource.class, Map.ofEntries(
                    served("updatePublishToken", PUBLISH_UPDATE_V2),
                    served("updateSubscribeToken", SUBSCRIBE_UPDATE_V2)),
            TutorialResource.class, Map.ofEntries(
                    served("createToken", PUBLISH_CREATE),
                    served("getToken", PUBLISH_READ),
                    served("getTokenByQuery", PUBLISH_READ),
                    served("updateToken", PUBLISH_UPDATE_V2),
                    served("updateTokenByPost", PUBLISH_UPDATE_V2),
                    served("deleteToken", PUBLISH_DELETE),
                    served("deleteTokenByPost", PUBLISH_DELETE),
                    served("getList", PUBLISH_LIST),
                    served("getListByPost", PUBLISH_LIST)));

    private static Map.Entry<String, String> served(String method, Operation route) {
        return Map.entry(method, route.auditAction().orElse(READ));
    }

    @ParameterizedTest
    @ValueSource(classes = {TokenPathsResource.class, TokensV2Resource.class, TutorialResource.class})
    void everyRouteMethodRecordsTheAuditActionOfTheRouteItServes(Class<?> resource) {
        Map<String, String> recorded = Arrays.stream(resource.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Guarded.class))
                .collect(Collectors.toMap(Method::getName, method -> method.getAnnotation(Guarded.class).change(),
                        (a, b) -> a + " | " + b, TreeMap::new));

        assertEquals(new TreeMap<>(EXPECTED.get(resource)), recorded);
    }
}
