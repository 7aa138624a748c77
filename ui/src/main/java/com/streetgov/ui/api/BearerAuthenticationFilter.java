package com.streetgov.ui.api;

import com.streetgov.ui.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Answers 401 to any API call that did not bring a valid Keycloak bearer token. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("open311/")) {
            return; // public GeoReport endpoint; it binds its district from jurisdiction_id
        }
        if (currentUser.get().isEmpty()) {
            Response unauthorized = ApiError.response(
                    Response.Status.UNAUTHORIZED, "unauthorized", "a valid Keycloak bearer token is required");
            request.abortWith(Response.fromResponse(unauthorized)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"streetgov\"")
                    .build());
        }
    }
}
