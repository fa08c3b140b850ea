package io.tokengateway.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Answers the gateway's own routes in Millicast's envelope, {@code {"status":"success","data":…}}, via JSON-B. */
@ApplicationScoped
public class JsonAnswers {

    @Inject
    Jsonb jsonb;

    public Response ok(Object data) {
        return status(Response.Status.OK, data);
    }

    public Response created(Object data) {
        return status(Response.Status.CREATED, data);
    }

    private Response status(Response.Status status, Object data) {
        String body = "{\"status\":\"success\",\"data\":" + jsonb.toJson(data) + "}";
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
