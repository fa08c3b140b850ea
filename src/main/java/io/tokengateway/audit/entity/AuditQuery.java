package io.tokengateway.audit.entity;

import io.tokengateway.platform.control.InvalidRequestException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which audit rows to show; absent (null) filters match everything. {@code actor} matches any part of the
 * actor's name, ignoring case ({@code ali} finds {@code Alice}); {@code action} matches exactly, or as a prefix when
 * it ends with a dot ({@code token.}); {@code from} is inclusive, {@code to} exclusive. Pages count from 1 and hold
 * 1 to 100 events, 50 unless asked otherwise.
 */
public record AuditQuery(
        @Size(max = AuditRow.ACTOR_LENGTH, message = "actor must be at most {max} characters") String actor,
        @Size(max = AuditRow.ACTION_LENGTH, message = "action must be at most {max} characters")
        @Pattern(regexp = "[a-z0-9_-]+(\\.[a-z0-9_-]+)*\\.?",
                message = "action must be an action such as token.create or a prefix such as token.") String action,
        @Min(value = 1, message = "tokenId must be 1 or more") Integer tokenId,
        Instant from,
        Instant to,
        @Min(value = 1, message = "page must be 1 or more") int page,
        @Min(value = 1, message = "pageSize must be between 1 and " + AuditQuery.MAX_PAGE_SIZE)
        @Max(value = AuditQuery.MAX_PAGE_SIZE, message = "pageSize must be between 1 and " + AuditQuery.MAX_PAGE_SIZE)
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 100;

    /** No filter: the first page of the newest events. */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    public AuditQuery onPage(int number) {
        return new AuditQuery(actor, action, tokenId, from, to, number, pageSize);
    }

    /** {@code token.} selects every {@code token.*} action. */
    public boolean actionIsPrefix() {
        return action != null && action.endsWith(".");
    }

    /** The position of this page's first event, counted from 0. */
    public int firstResult() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0L, (long) (page - 1) * pageSize));
    }

    /**
     * Reads the filters from text such as query parameters; null or blank text means absent (or the default).
     * Dates are ISO-8601 instants ({@code 2026-11-28T10:00:00Z}) or days ({@code 2026-11-28}: its start, UTC).
     *
     * @throws InvalidRequestException listing every value that cannot be read, by parameter name
     */
    public static AuditQuery parse(String actor, String action, String tokenId, String from, String to,
            String page, String pageSize) {
        Map<String, List<String>> problems = new TreeMap<>();
        AuditQuery query = parse(actor, action, tokenId, from, to, page, pageSize, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return query;
    }

    /**
     * Like {@link #parse(String, String, String, String, String, String, String)}, but adds each problem to
     * {@code problems} and uses the default in place of a value it cannot read, so that the caller can report
     * these together with the Bean Validation violations.
     */
    public static AuditQuery parse(String actor, String action, String tokenId, String from, String to,
            String page, String pageSize, Map<String, List<String>> problems) {
        QueryText text = new QueryText(problems);
        Instant start = text.instant("from", from);
        Instant end = text.instant("to", to);
        if (start != null && end != null && !end.isAfter(start)) {
            text.problem("to", "to must be later than from");
        }
        String actionText = QueryText.present(action);
        Integer pageNumber = text.wholeNumber("page", page);
        Integer size = text.wholeNumber("pageSize", pageSize);
        return new AuditQuery(
                QueryText.present(actor),
                actionText == null ? null : actionText.toLowerCase(Locale.ROOT),
                text.wholeNumber("tokenId", tokenId),
                start,
                end,
                pageNumber == null ? 1 : pageNumber,
                size == null ? DEFAULT_PAGE_SIZE : size);
    }
}
