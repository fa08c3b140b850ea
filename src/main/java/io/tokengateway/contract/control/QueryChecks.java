package io.tokengateway.contract.control;

import io.tokengateway.contract.entity.ListQuery.Variant;
import io.tokengateway.contract.entity.UpstreamResponse;
import io.tokengateway.contract.entity.ValidationErrors;
import java.util.Map;
import java.util.Optional;

/** Judges the query parameters of the list calls (API.md P6–P8, S6–S7) and of {@code active} (P9). */
final class QueryChecks {

    private QueryChecks() {
    }

    /** list_by_cluster answers in the flat shape, the other lists in the validation shape. */
    static Optional<UpstreamResponse> list(Map<String, String> query, Variant variant) {
        ValidationErrors errors = new ValidationErrors();
        if (ListQueryParser.parse(query, variant, errors) != null) {
            return Optional.empty();
        }
        return Optional.of(variant == Variant.BY_CLUSTER ? Refusals.invalidFlat(errors) : Refusals.invalid(errors));
    }

    static Optional<UpstreamResponse> active(Map<String, String> query) {
        if (QueryParameters.find(query, "streamId").filter(id -> !id.isBlank()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Refusals.invalid("streamId", Messages.required("streamId")));
    }
}
