package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditEvent;
import io.tokengateway.audit.entity.AuditFilter;
import io.tokengateway.audit.entity.AuditPage;
import io.tokengateway.audit.entity.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
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

/** Finds audit events that match a filter, newest first, one page at a time. */
@ApplicationScoped
public class AuditSearch {

    /** Escapes LIKE's wildcards; not a backslash, which PostgreSQL and H2 literals treat differently. */
    static final char ESCAPE = '!';

    @PersistenceContext(unitName = "gateway")
    EntityManager entityManager;

    @Inject
    RefusalTally tally;

    public AuditPage find(AuditFilter filter) {
        tally.writeEndedWindows(); // a reader sees every minute that has ended
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEvent> counted = count.from(AuditEvent.class);
        count.select(cb.count(counted)).where(matching(cb, counted, filter));
        long total = entityManager.createQuery(count).getSingleResult();

        List<AuditRecord> events = List.of();
        if (total > filter.firstResult()) {
            CriteriaQuery<AuditEvent> select = cb.createQuery(AuditEvent.class);
            Root<AuditEvent> event = select.from(AuditEvent.class);
            select.select(event)
                    .where(matching(cb, event, filter))
                    .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
            events = entityManager.createQuery(select)
                    .setFirstResult(filter.firstResult())
                    .setMaxResults(filter.pageSize())
                    .getResultList().stream().map(AuditRecord::of).toList();
        }
        return new AuditPage(events, filter.page(), filter.pageSize(), total);
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        List<Predicate> all = new ArrayList<>();
        if (filter.actor() != null) {
            String part = "%" + escaped(filter.actor().toLowerCase(Locale.ROOT)) + "%";
            all.add(cb.like(cb.lower(event.get("actor")), part, ESCAPE));
        }
        if (filter.action() != null) {
            all.add(filter.actionIsPrefix()
                    ? cb.like(event.get("action"), escaped(filter.action()) + "%", ESCAPE)
                    : cb.equal(event.get("action"), filter.action()));
        }
        if (filter.tokenId() != null) {
            all.add(cb.equal(event.get("tokenId"), filter.tokenId()));
        }
        if (filter.from() != null) {
            all.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), utc(filter.from())));
        }
        if (filter.to() != null) {
            all.add(cb.lessThan(event.get("occurredAt"), utc(filter.to())));
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
