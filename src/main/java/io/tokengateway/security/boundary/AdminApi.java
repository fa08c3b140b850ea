package io.tokengateway.security.boundary;

import io.tokengateway.audit.boundary.AuditResource;
import io.tokengateway.audit.boundary.ChangeAuditFilter;
import io.tokengateway.platform.boundary.RequestBytesCheck;
import io.tokengateway.platform.boundary.HttpErrorMapper;
import io.tokengateway.platform.boundary.InvalidRequestMapper;
import io.tokengateway.platform.boundary.UnexpectedErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The admin REST API under {@code /admin}, for people who script their setup: API keys, people, the audit trail. */
@ApplicationPath("admin")
public class AdminApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ApiKeysResource.class, RequestBytesCheck.class, UsersResource.class, AuditResource.class,
                UnknownUserMapper.class, InvalidRequestMapper.class, HttpErrorMapper.class, UnexpectedErrorMapper.class,
                AccessFilter.class, ChangeAuditFilter.class);
    }
}
