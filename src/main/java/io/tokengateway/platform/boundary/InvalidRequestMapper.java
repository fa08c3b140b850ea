package io.tokengateway.platform.boundary;

import io.tokengateway.platform.control.InvalidRequestException;
import io.tokengateway.platform.entity.MillicastEnvelope;
import io.tokengateway.platform.entity.ValidationFailure;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A client's mistake: 400 in Millicast's validation shape, listing every problem. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

    @Inject
    Event<ValidationFailure> failures;

    @Override
    public Response toResponse(InvalidRequestException e) {
        failures.fire(new ValidationFailure(List.copyOf(e.errors().keySet())));
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(MillicastEnvelope.validation(e.errors()).toString())
                .build();
    }
}
