package io.tokengateway.audit.entity;

import java.io.Serializable;
import java.util.List;

/** One page of audit rows, newest first, with the number of events that match the filter in all. */
public record AuditPage(List<AuditRow> events, int page, int pageSize, long total) implements Serializable {

    public AuditPage {
        events = List.copyOf(events);
    }

    /** At least 1, so that an empty result reads "page 1 of 1". */
    public long pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
