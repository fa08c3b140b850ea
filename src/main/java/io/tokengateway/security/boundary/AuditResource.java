package io.tokengateway.security.boundary;

import io.tokengateway.audit.boundary.AuditJson;
import io.tokengateway.audit.control.AuditQueryReader;
import io.tokengateway.audit.control.AuditSearch;
import io.tokengateway.audit.entity.AuditPage;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /admin/audit}, part of the admin API (the audit component keeps the trail; who may read it is
 * decided here): the audit trail, newest first, filtered by actor, action, token id and time, a page
 * at a time. Unreadable or out-of-range parameters are answered 400 in Millicast's validation shape.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditQueryReader queries;

    @Inject
    AuditSearch search;

    /** {@code {"status":"success","data":{"page":1,"pageSize":50,"total":N,"events":[…]}}}. */
    @GET
    @Guarded(Role.ADMIN)
    public Response list(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("tokenId") String tokenId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        AuditPage found = search.find(queries.read(actor, action, tokenId, from, to, page, pageSize));
        return Response.ok(MillicastEnvelope.success(AuditJson.page(found)).toString(), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
