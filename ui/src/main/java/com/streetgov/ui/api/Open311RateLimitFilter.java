package com.streetgov.ui.api;

import com.streetgov.ui.api.georeport.Format;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;

/**
 * Rate-limits the public Open311 endpoints per client address (the connection's peer address; a
 * forwarded-for header is not trusted): over the limit, 429 with {@code Retry-After} and GeoReport's
 * error list (XML for a {@code .xml} path), before any work is done.
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
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("open311/")) {
            return;
        }
        OptionalLong wait = limiter.acquire(servletRequest.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = wait.getAsLong();
            request.abortWith(Response.fromResponse(Format.of(path).errors(429, "请求过于频繁，请" + seconds + "秒后再试", null))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build());
        }
    }
}
