package io.tokengateway.security.boundary;

import jakarta.ws.rs.ApplicationPath;
import java.util.Set;

/**
 * The admin REST API under {@code /admin}, for people who script their setup: API keys, people, the audit trail;
 * and the metrics, for monitoring.
 */
@ApplicationPath("admin")
public class AdminApi extends GuardedApplication {

    @Override
    protected Set<Class<?>> routes() {
        return Set.of(ApiKeysResource.class, UsersResource.class, AuditResource.class, MetricsResource.class,
                PeopleRuleMapper.class);
    }
}
