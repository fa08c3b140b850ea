package io.tokengateway.security.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.platform.boundary.JsonAnswers;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.entity.ApiKeyView;
import io.tokengateway.security.entity.IssuedApiKey;
import io.tokengateway.security.entity.IssuedApiKeyView;
import io.tokengateway.security.entity.NewApiKey;
import io.tokengateway.security.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /admin/api-keys}: list, issue (the full key is in this one answer only) and revoke programs' keys. */
@Path("api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    @Inject
    ApiKeyRegistry keys;

    @Inject
    Caller caller;

    @Inject
    JsonBodies bodies;

    @Inject
    RequestValidator validator;

    @Inject
    JsonAnswers answers;

    @Inject
    AuditNotes notes;

    @GET
    @Guarded(Role.ADMIN)
    public Response list() {
        return answers.ok(keys.all().stream().map(ApiKeyView::of).toList());
    }

    @POST
    @Guarded(value = Role.ADMIN, change = AuditActions.APIKEY_CREATE)
    public Response issue(String body) {
        NewApiKey request = validator.check(bodies.bind(bodies.object(body), NewApiKey.class));
        List<Integer> masters = request.masters() == null ? List.of() : request.masters();
        String limit = masters.isEmpty() ? "" : " for subscribe tokens " + masters;
        notes.summary("issue key '" + request.label() + "' as " + request.role() + limit);
        // a key acts for a person: one issued by a program belongs to the person behind that program
        IssuedApiKey issued = keys.issue(request.label(), Role.of(request.role()).orElseThrow(), masters,
                keys.personBehind(caller.identity()));
        notes.summary("issued key " + issued.record().getId() + " '" + request.label() + "' as " + request.role() + limit);
        return answers.created(IssuedApiKeyView.of(issued));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Guarded(value = Role.ADMIN, change = AuditActions.APIKEY_REVOKE)
    public Response revoke(@PathParam("id") long id) {
        notes.summary("revoke key " + id);
        if (!keys.revoke(id)) {
            notes.reason("no such key");
            throw new NotFoundException();
        }
        return answers.ok(true);
    }
}
