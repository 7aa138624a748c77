package com.streetgov.ui.api.guard;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures of a {@code @Transactional} call's own transaction (its commit, typically) answered like
 * every other problem. Jersey's CDI transaction module registers a mapper for {@link
 * TransactionalException} that answers only when its cause is a {@code WebApplicationException} and
 * otherwise throws it on to the container, whose error page then says 500: a commit the database cut
 * off (PostgreSQL restarted during it) came out as a 500 instead of the outage's 503. This mapper has
 * the same type and a higher priority, so it is chosen instead.
 */
@Provider
@Priority(1)
public class TransactionalFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException e) {
        return ApiExceptionMapper.respond(e, uri, headers);
    }
}
