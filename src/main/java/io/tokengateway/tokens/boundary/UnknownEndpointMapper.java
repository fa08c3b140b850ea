package io.tokengateway.tokens.boundary;

import io.tokengateway.platform.control.JsonFactories;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An endpoint under {@code /millicast} that the tutorial does not have: 404 with the tutorial's error body. */
@Provider
public class UnknownEndpointMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        var body = JsonFactories.objectBuilder()
                .add("status", "error")
                .add("desc", "No endpoint specified")
                .add("message", "Unknown endpoint; use createToken, getToken, updateToken, deleteToken or getList")
                .add("code", 404)
                .build();
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body.toString()).build();
    }
}
