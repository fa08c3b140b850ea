package io.tokengateway.security.boundary;

import io.tokengateway.audit.control.AuditNotes;
import io.tokengateway.audit.entity.AuditActions;
import io.tokengateway.platform.boundary.JsonAnswers;
import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.control.JsonBodies;
import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.ApiKeyRegistry;
import io.tokengateway.security.control.Caller;
import io.tokengateway.security.control.GatewayAuthentication;
import io.tokengateway.security.control.LoginThrottle;
import io.tokengateway.security.control.OwnPassword;
import io.tokengateway.security.control.UnknownUserException;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.security.entity.GatewayUser;
import io.tokengateway.security.entity.NewUser;
import io.tokengateway.security.entity.OwnPasswordChange;
import io.tokengateway.security.entity.Role;
import io.tokengateway.security.entity.UserChange;
import io.tokengateway.security.entity.UserView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /admin/users}: list people, add one, change a role or password, disable or enable, unlock a name that
 * failed logins locked; and {@code /admin/users/me/password}, where anybody changes their own password.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserDirectory users;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApiKeyRegistry keys;

    @Inject
    OwnPassword ownPassword;

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

    @Context
    HttpServletRequest request;

    @GET
    @Guarded(Role.ADMIN)
    public Response list() {
        return answers.ok(users.all().stream().map(this::view).toList());
    }

    @POST
    @Guarded(value = Role.ADMIN, change = AuditActions.USER_CREATE)
    public Response add(String body) {
        NewUser request = validator.check(bodies.bind(bodies.object(body), NewUser.class));
        notes.summary("add " + request.name() + " as " + request.role().toLowerCase());
        return answers.created(view(users.add(request.name(), Role.of(request.role()).orElseThrow(), request.password())));
    }

    /** A change of rights ends the person's sessions; the last enabled admin stays (409). */
    @PUT
    @Path("{name}")
    @Guarded(value = Role.ADMIN, change = AuditActions.USER_UPDATE)
    public Response change(@PathParam("name") String name, String body) {
        UserChange change = validator.check(bodies.bind(bodies.object(body), UserChange.class));
        if (change.isEmpty()) {
            throw InvalidRequestException.of("$", "Give at least one of role, password, disabled");
        }
        String summary = "change " + name + ":" + (change.role() == null ? "" : " role " + change.role())
                + (change.password() == null ? "" : " password reset")
                + (change.disabled() == null ? "" : change.disabled() ? " disabled" : " enabled");
        notes.summary(summary);
        GatewayUser changed = users.change(name, change);
        // the audit says which of the person's keys stopped working, and why
        keys.suspendedKeysOf(changed.getName()).ifPresent(keysNote -> notes.summary(summary + "; " + keysNote));
        return answers.ok(view(changed));
    }

    /** Lifts the locks that failed logins put on this name, from every address. */
    @POST
    @Path("{name}/unlock")
    @Guarded(value = Role.ADMIN, change = AuditActions.USER_UNLOCK)
    public Response unlock(@PathParam("name") String name) {
        notes.summary("unlock " + name);
        GatewayUser user = users.find(name).orElseThrow(() -> new UnknownUserException(name));
        throttle.unlock(user.getName());
        return answers.ok(view(user));
    }

    /** Anybody who logged in changes their own password: {@code {"currentPassword","newPassword"}}. */
    @PUT
    @Path("me/password")
    @Guarded(value = Role.VIEWER, change = AuditActions.USER_PASSWORD)
    public Response changeOwnPassword(String body) {
        OwnPasswordChange change = validator.check(bodies.bind(bodies.object(body), OwnPasswordChange.class));
        notes.summary("own password changed");
        GatewayUser user = ownPassword.change(caller.identity(), change.currentPassword(), change.newPassword());
        GatewayAuthentication.keepSession(request, user);
        return answers.ok(view(user));
    }

    private UserView view(GatewayUser user) {
        return UserView.of(user, throttle.isLockedAnywhere(user.getName()));
    }
}
