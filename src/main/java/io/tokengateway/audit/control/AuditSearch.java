package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.audit.entity.AuditPage;
import io.tokengateway.audit.entity.AuditQuery;
import io.tokengateway.audit.entity.AuditRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Finds audit rows that match a query, newest first, one page at a time. */
@ApplicationScoped
public class AuditSearch {

    /** Escapes LIKE's wildcards; not a backslash, which PostgreSQL and H2 literals treat differently. */
    static final char ESCAPE = '!';

    @PersistenceContext(unitName = "gateway")
    EntityManager entityManager;

    @Inject
    @Any
    Instance<CountedRows> countedRows;

    public AuditPage find(AuditQuery query) {
        writeCountedRows();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditRow> counted = count.from(AuditRow.class);
        count.select(cb.count(counted)).where(matching(cb, counted, query));
        long total = entityManager.createQuery(count).getSingleResult();

        List<AuditRow> rows = total > query.firstResult()
                ? newestFirst(event -> matching(cb, event, query), query.firstResult(), query.pageSize())
                : List.of();
        return new AuditPage(rows, query.page(), query.pageSize(), total);
    }

    /** A reader sees every counted window that has ended (refusals, minted viewer tokens), not only those written. */
    private void writeCountedRows() {
        countedRows.forEach(CountedRows::writeEndedWindows);
    }

    /**
     * The newest {@code limit} token changes of the token {@code tokenId} of {@code tokenKind} ({@code publish} or
     * {@code subscribe}): rows about the other kind's token with the same id are not its history. Rows written before
     * the trail kept the kind (schema version 5) may be about either, and are shown.
     */
    public List<AuditRow> historyOf(String tokenKind, int tokenId, int limit) {
        writeCountedRows();
        AuditQuery query = new AuditQuery(null, AuditActions.TOKEN_FAMILY, tokenId, null, null, 1, limit);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        return newestFirst(event -> {
            List<Predicate> all = new ArrayList<>(List.of(matching(cb, event, query)));
            all.add(cb.or(cb.equal(event.get("tokenKind"), tokenKind), cb.isNull(event.get("tokenKind"))));
            return all.toArray(Predicate[]::new);
        }, 0, limit);
    }

    /** The rows {@code where} selects, newest first, from position {@code first}, at most {@code max}. */
    private List<AuditRow> newestFirst(Function<Root<AuditRow>, Predicate[]> where, int first, int max) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditRow> select = cb.createQuery(AuditRow.class);
        Root<AuditRow> event = select.from(AuditRow.class);
        select.select(event)
                .where(where.apply(event))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        return entityManager.createQuery(select).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditRow> event, AuditQuery query) {
        List<Predicate> all = new ArrayList<>();
        if (query.actor() != null) {
            String part = "%" + escaped(query.actor().toLowerCase(Locale.ROOT)) + "%";
            all.add(cb.like(cb.lower(event.get("actor")), part, ESCAPE));
        }
        if (query.action() != null) {
            all.add(query.actionIsPrefix()
                    ? cb.like(event.get("action"), escaped(query.action()) + "%", ESCAPE)
                    : cb.equal(event.get("action"), query.action()));
        }
        if (query.tokenId() != null) {
            all.add(cb.equal(event.get("tokenId"), query.tokenId()));
        }
        if (query.from() != null) {
            all.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), utc(query.from())));
        }
        if (query.to() != null) {
            all.add(cb.lessThan(event.get("occurredAt"), utc(query.to())));
        }
        return all.toArray(Predicate[]::new);
    }

    static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
