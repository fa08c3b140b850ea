package io.tokengateway.audit.control;

import io.tokengateway.audit.entity.AuditQuery;
import io.tokengateway.platform.control.RequestValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads audit queries from text and checks them, reporting unreadable values and broken rules together. */
@ApplicationScoped
public class AuditQueryReader {

    @Inject
    RequestValidator validator;

    /** Any parameter may be null. @throws InvalidRequestException listing each problem by parameter name */
    public AuditQuery read(String actor, String action, String tokenId, String from, String to, String page,
            String pageSize) {
        Map<String, List<String>> problems = new TreeMap<>();
        AuditQuery query = AuditQuery.parse(actor, action, tokenId, from, to, page, pageSize, problems);
        return validator.check(query, problems);
    }
}
