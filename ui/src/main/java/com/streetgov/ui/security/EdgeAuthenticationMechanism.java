package com.streetgov.ui.security;

import fish.payara.security.openid.OpenIdAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The WAR's authentication mechanism: Payara's OpenID Connect mechanism, except that an API call
 * ({@code /api/...}) never gets a login redirect. Without a bearer token, or with one that does not
 * verify, it gets 401 with a JSON body. Jakarta Security 3 allows one mechanism per WAR, so the OpenID
 * mechanism (browser code flow and Keycloak bearer tokens) is wrapped rather than combined with a
 * second one (MicroProfile JWT); this alternative replaces the connector's own registration. A browser
 * whose login cannot start because Keycloak is down gets a clear page (503, {@link LoginUnavailable}).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class EdgeAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(EdgeAuthenticationMechanism.class.getName());
    private static final String BEARER = "Bearer ";

    @Inject
    OpenIdAuthenticationMechanism openId;

    @Inject
    KeycloakAvailability keycloak;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (isOpen311(request)) {
            // Open311 GeoReport is public: no login redirect, no bearer required (see web.xml).
            return context.doNothing();
        }
        if (!isApi(request)) {
            return browser(request, response, context);
        }
        if (request.getUserPrincipal() != null) {
            return openId.validateRequest(request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return unauthorized(response, "a valid Keycloak bearer token is required");
        }
        try {
            AuthenticationStatus status = openId.validateRequest(request, response, context);
            if (status == AuthenticationStatus.SUCCESS) {
                return status;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "bearer token refused", e);
        }
        return unauthorized(response, "the bearer token is not valid");
    }

    /**
     * The browser's code flow, except that a login that cannot start or finish because Keycloak is down
     * shows {@link LoginUnavailable}'s page (503) rather than a redirect to a dead address or an error.
     */
    private AuthenticationStatus browser(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        try {
            return openId.validateRequest(
                    request, LoginUnavailable.guard(response, keycloak.providerUri(), keycloak::isUp), context);
        } catch (AuthenticationException | RuntimeException e) {
            if (keycloak.isUp()) {
                throw e;
            }
            LOG.log(Level.WARNING, "login failed while Keycloak is unreachable: {0}", e.toString());
            try {
                LoginUnavailable.write(response);
            } catch (IOException io) {
                LOG.log(Level.FINE, "could not write the login-unavailable page", io);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return openId.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        openId.cleanSubject(request, response, context);
    }

    static boolean isOpen311(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/open311/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        try {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"streetgov\"");
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not write the 401 body", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
