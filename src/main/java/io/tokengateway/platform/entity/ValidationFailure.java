package io.tokengateway.platform.entity;

import java.util.List;

/**
 * A CDI event: the current request broke validation rules in these fields (by parameter or member name) and is
 * answered 400. Fired by the mapper that answers it, for whoever keeps notes on the request (the audit trail).
 */
public record ValidationFailure(List<String> fields) {

    public ValidationFailure {
        fields = List.copyOf(fields);
    }
}
