package io.tokengateway.contract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OperationTest {

    @Test
    void everyChangeNamesItsAuditActionAndNoReadDoes() {
        Map<Operation, String> expected = Map.of(
                Operation.PUBLISH_CREATE, "token.create",
                Operation.PUBLISH_UPDATE_V1, "token.update",
                Operation.PUBLISH_UPDATE_V2, "token.update",
                Operation.PUBLISH_DELETE, "token.delete",
                Operation.PUBLISH_DISABLE, "token.disable",
                Operation.PUBLISH_RESTREAM_SYNC, "token.restream.sync",
                Operation.SUBSCRIBE_CREATE, "token.create",
                Operation.SUBSCRIBE_UPDATE_V1, "token.update",
                Operation.SUBSCRIBE_UPDATE_V2, "token.update",
                Operation.SUBSCRIBE_DELETE, "token.delete");

        Map<Operation, String> actions = Arrays.stream(Operation.values())
                .filter(operation -> operation.auditAction().isPresent())
                .collect(Collectors.toMap(operation -> operation, operation -> operation.auditAction().get(),
                        (a, b) -> a, TreeMap::new));

        assertEquals(new TreeMap<>(expected), actions);
        Arrays.stream(Operation.values()).forEach(operation ->
                assertEquals(expected.containsKey(operation), operation.isChange(), operation.name()));
    }

    @Test
    void aKindIsFoundByItsPathSegment() {
        assertEquals("publish_token", TokenKind.PUBLISH.pathSegment());
        assertEquals(TokenKind.SUBSCRIBE, TokenKind.ofPathSegment("subscribe_token"));
    }
}
