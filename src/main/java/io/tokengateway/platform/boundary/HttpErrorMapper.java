package io.tokengateway.platform.boundary;

import io.tokengateway.platform.entity.MillicastEnvelope;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (no such path, wrong method, unsupported content type) in Millicast's shape:
 * {@code {"status":"fail","data":{"message":"Method Not Allowed"}}}, keeping the status and its headers.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        var body = status.getFamily() == Response.Status.Family.SERVER_ERROR
                ? MillicastEnvelope.error(status.getStatusCode(), status.getReasonPhrase())
                : MillicastEnvelope.failMessage(status.getReasonPhrase());
        return Response.fromResponse(original)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body.toString())
                .build();
    }
}
