package com.streetgov.ui.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Rate-limits the public Open311 endpoints per client address (the connection's peer address; a
 * forwarded-for header is not trusted): over the limit, 429 with {@code Retry-After} and a GeoReport
 * error body, before any work is done.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class Open311RateLimitFilter implements ContainerRequestFilter {

    @Inject
    Open311RateLimiter limiter;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("open311/")) {
            return;
        }
        OptionalLong wait = limiter.acquire(servletRequest.getRemoteAddr());
        if (wait.isPresent()) {
            request.abortWith(Response.status(429)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, wait.getAsLong())
                    .entity(List.of(Map.of("code", 429, "description", "请求过于频繁，请" + wait.getAsLong() + "秒后再试")))
                    .build());
        }
    }
}
