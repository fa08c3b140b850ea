package io.tokengateway.contract.entity;

/**
 * The parameters of a list call (list, list_by_name, list_by_cluster) once checked.
 * {@code name}, {@code filterBy} and {@code cluster} are {@code null} where the call does not take them.
 */
public record ListQuery(int page, int itemsOnPage, SortBy sortBy, boolean descending,
        String name, NameFilter filterBy, String cluster) {

    /** Which list call: the plain list, by name, or by cluster (API.md P6–P8, S6–S7). */
    public enum Variant {
        PLAIN,
        BY_NAME,
        BY_CLUSTER
    }

    /** {@code sortBy} values. */
    public enum SortBy {
        Name,
        AddedOn
    }

    /** {@code filterBy} values of list_by_name. */
    public enum NameFilter {
        None,
        TokenName,
        StreamName,
        TokenOrStreamName
    }

    /** The number of tokens before this page; long because page × itemsOnPage may pass int range. */
    public long offset() {
        return (long) (page - 1) * itemsOnPage;
    }
}
