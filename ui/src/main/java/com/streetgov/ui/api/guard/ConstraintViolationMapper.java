package com.streetgov.ui.api.guard;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures answered like every other problem: JAX-RS picks the mapper of the nearest
 * type, and the container's own mapper for {@code ValidationException} is nearer than {@link
 * ApiExceptionMapper}'s {@code Throwable}, so this one is nearer still.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return ApiExceptionMapper.respond(e, uri, null);
    }
}
