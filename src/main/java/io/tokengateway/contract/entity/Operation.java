package io.tokengateway.contract.entity;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.contract.entity.ListQuery.Variant;
import java.util.Optional;

/**
 * The route table of the Millicast token API (API.md P1–P12, S1–S7): every operation with its method, its path
 * ({@code {id}} standing for the token id segment) and, for a change, the action its audit row records. The
 * rules, the gateway's upstream calls, the resources and the OpenAPI document all read their routes from here.
 * Each route of both kinds of token stands beside its twin; the publish-only routes come last.
 */
public enum Operation {
    PUBLISH_CREATE(TokenKind.PUBLISH, "POST", "/api/publish_token", AuditActions.TOKEN_CREATE),
    SUBSCRIBE_CREATE(TokenKind.SUBSCRIBE, "POST", "/api/subscribe_token", AuditActions.TOKEN_CREATE),
    PUBLISH_READ(TokenKind.PUBLISH, "GET", "/api/publish_token/{id}"),
    SUBSCRIBE_READ(TokenKind.SUBSCRIBE, "GET", "/api/subscribe_token/{id}"),
    PUBLISH_UPDATE_V1(TokenKind.PUBLISH, "PUT", "/api/publish_token/{id}", AuditActions.TOKEN_UPDATE),
    SUBSCRIBE_UPDATE_V1(TokenKind.SUBSCRIBE, "PUT", "/api/subscribe_token/{id}", AuditActions.TOKEN_UPDATE),
    PUBLISH_UPDATE_V2(TokenKind.PUBLISH, "PUT", "/api/v2/publish_token/{id}", AuditActions.TOKEN_UPDATE),
    SUBSCRIBE_UPDATE_V2(TokenKind.SUBSCRIBE, "PUT", "/api/v2/subscribe_token/{id}", AuditActions.TOKEN_UPDATE),
    PUBLISH_DELETE(TokenKind.PUBLISH, "DELETE", "/api/publish_token/{id}", AuditActions.TOKEN_DELETE),
    SUBSCRIBE_DELETE(TokenKind.SUBSCRIBE, "DELETE", "/api/subscribe_token/{id}", AuditActions.TOKEN_DELETE),
    PUBLISH_LIST(TokenKind.PUBLISH, "GET", "/api/publish_token/list"),
    SUBSCRIBE_LIST(TokenKind.SUBSCRIBE, "GET", "/api/subscribe_token/list"),
    PUBLISH_LIST_BY_NAME(TokenKind.PUBLISH, "GET", "/api/publish_token/list_by_name"),
    SUBSCRIBE_LIST_BY_NAME(TokenKind.SUBSCRIBE, "GET", "/api/subscribe_token/list_by_name"),
    PUBLISH_LIST_BY_CLUSTER(TokenKind.PUBLISH, "GET", "/api/publish_token/list_by_cluster"),
    PUBLISH_ACTIVE(TokenKind.PUBLISH, "GET", "/api/publish_token/active"),
    PUBLISH_ACTIVE_ALL(TokenKind.PUBLISH, "GET", "/api/publish_token/active/all"),
    PUBLISH_DISABLE(TokenKind.PUBLISH, "PATCH", "/api/publish_token/disable", AuditActions.TOKEN_DISABLE),
    PUBLISH_RESTREAM_SYNC(TokenKind.PUBLISH, "POST", "/api/publish_token/{id}/restream/sync", AuditActions.TOKEN_RESTREAM_SYNC);

    /** The path segment that stands for the token id. */
    public static final String ID = "{id}";

    private final TokenKind kind;
    private final String method;
    private final String path;
    private final String auditAction;

    /** A read: the trail does not record it. */
    Operation(TokenKind kind, String method, String path) {
        this(kind, method, path, null);
    }

    /** A change, recorded in the trail as {@code auditAction}. */
    Operation(TokenKind kind, String method, String path, String auditAction) {
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.auditAction = auditAction;
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
        return auditAction != null;
    }

    /** The audit action a change records (one of {@link AuditActions}), e.g. {@code token.create}; empty for reads. */
    public Optional<String> auditAction() {
        return Optional.ofNullable(auditAction);
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
