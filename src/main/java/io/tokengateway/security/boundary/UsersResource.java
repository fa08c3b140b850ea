package io.tokengateway.security.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.platform.boundary.JsonAnswers;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.security.entity.NewUser;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserChange;
import io.tokengateway.security.entity.UserView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /admin/users}: list people, add one, change a role or password, disable or enable. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserDirectory users;

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
        return answers.ok(users.all().stream().map(UserView::of).toList());
    }

    @POST
    @Guarded(value = Role.ADMIN, change = "user.create")
    public Response add(String body) {
        NewUser request = validator.check(bodies.bind(bodies.object(body), NewUser.class));
        notes.summary("add " + request.name() + " as " + request.role().toLowerCase());
        return answers.created(UserView.of(users.add(request.name(), Role.of(request.role()).orElseThrow(), request.password())));
    }

    @PUT
    @Path("{name}")
    @Guarded(value = Role.ADMIN, change = "user.update")
    public Response change(@PathParam("name") String name, String body) {
        UserChange change = validator.check(bodies.bind(bodies.object(body), UserChange.class));
        if (change.isEmpty()) {
            throw InvalidRequestException.of("$", "Give at least one of role, password, disabled");
        }
        notes.summary("change " + name + ":" + (change.role() == null ? "" : " role " + change.role())
                + (change.password() == null ? "" : " password reset")
                + (change.disabled() == null ? "" : change.disabled() ? " disabled" : " enabled"));
        return answers.ok(UserView.of(users.change(name, change)));
    }
}
