package io.tokengateway.contract.entity;

import io.tokengateway.contract.entity.ListQuery.Variant;
import java.util.Optional;

/**
 * The route table of the Millicast token API (API.md P1–P12, S1–S7): every operation with its method and path,
 * {@code {id}} standing for the token id segment.
 */
public enum Operation {
    PUBLISH_CREATE(TokenKind.PUBLISH, "POST", "/api/publish_token", true),
    PUBLISH_READ(TokenKind.PUBLISH, "GET", "/api/publish_token/{id}", false),
    PUBLISH_UPDATE_V1(TokenKind.PUBLISH, "PUT", "/api/publish_token/{id}", true),
    PUBLISH_UPDATE_V2(TokenKind.PUBLISH, "PUT", "/api/v2/publish_token/{id}", true),
    PUBLISH_DELETE(TokenKind.PUBLISH, "DELETE", "/api/publish_token/{id}", true),
    PUBLISH_LIST(TokenKind.PUBLISH, "GET", "/api/publish_token/list", false),
    PUBLISH_LIST_BY_NAME(TokenKind.PUBLISH, "GET", "/api/publish_token/list_by_name", false),
    PUBLISH_LIST_BY_CLUSTER(TokenKind.PUBLISH, "GET", "/api/publish_token/list_by_cluster", false),
    PUBLISH_ACTIVE(TokenKind.PUBLISH, "GET", "/api/publish_token/active", false),
    PUBLISH_ACTIVE_ALL(TokenKind.PUBLISH, "GET", "/api/publish_token/active/all", false),
    PUBLISH_DISABLE(TokenKind.PUBLISH, "PATCH", "/api/publish_token/disable", true),
    PUBLISH_RESTREAM_SYNC(TokenKind.PUBLISH, "POST", "/api/publish_token/{id}/restream/sync", true),
    SUBSCRIBE_CREATE(TokenKind.SUBSCRIBE, "POST", "/api/subscribe_token", true),
    SUBSCRIBE_READ(TokenKind.SUBSCRIBE, "GET", "/api/subscribe_token/{id}", false),
    SUBSCRIBE_UPDATE_V1(TokenKind.SUBSCRIBE, "PUT", "/api/subscribe_token/{id}", true),
    SUBSCRIBE_UPDATE_V2(TokenKind.SUBSCRIBE, "PUT", "/api/v2/subscribe_token/{id}", true),
    SUBSCRIBE_DELETE(TokenKind.SUBSCRIBE, "DELETE", "/api/subscribe_token/{id}", true),
    SUBSCRIBE_LIST(TokenKind.SUBSCRIBE, "GET", "/api/subscribe_token/list", false),
    SUBSCRIBE_LIST_BY_NAME(TokenKind.SUBSCRIBE, "GET", "/api/subscribe_token/list_by_name", false);

    /** The path segment that stands for the token id. */
    public static final String ID = "{id}";

    private final TokenKind kind;
    private final String method;
    private final String path;
    private final boolean change;

    Operation(TokenKind kind, String method, String path, boolean change) {
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.change = change;
    }

    public TokenKind kind() {
        return kind;
    }

    /** The HTTP method in upper case. */
    public String method() {
        return method;
    }

    /** The path template without a trailing slash, e.g. {@code /api/publish_token/{id}}. */
    public String path() {
        return path;
    }

    /** Whether the path has a {@code {id}} segment. */
    public boolean hasTokenId() {
        return path.contains(ID);
    }

    /** Whether the call changes something at Millicast: create, update, delete, disable, restream sync. */
    public boolean isChange() {
        return change;
    }

    /** The request model of the body, for create and update calls. */
    public Optional<BodyDialect> bodyDialect() {
        return switch (this) {
            case PUBLISH_CREATE, SUBSCRIBE_CREATE -> Optional.of(BodyDialect.CREATE);
            case PUBLISH_UPDATE_V1, SUBSCRIBE_UPDATE_V1 -> Optional.of(BodyDialect.UPDATE_V1);
            case PUBLISH_UPDATE_V2, SUBSCRIBE_UPDATE_V2 -> Optional.of(BodyDialect.UPDATE_V2);
            default -> Optional.empty();
        };
    }

    /** Which list call, for the list calls. */
    public Optional<Variant> listVariant() {
        return switch (this) {
            case PUBLISH_LIST, SUBSCRIBE_LIST -> Optional.of(Variant.PLAIN);
            case PUBLISH_LIST_BY_NAME, SUBSCRIBE_LIST_BY_NAME -> Optional.of(Variant.BY_NAME);
            case PUBLISH_LIST_BY_CLUSTER -> Optional.of(Variant.BY_CLUSTER);
            default -> Optional.empty();
        };
    }
}
