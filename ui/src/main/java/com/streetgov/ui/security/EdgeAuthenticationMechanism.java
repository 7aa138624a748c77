package com.streetgov.ui.security;

import fish.payara.security.openid.OpenIdAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The WAR's one authentication mechanism (DD003, DD018). A bearer token, on the API or on any other
 * path, is verified here by {@link RealmTokenVerifier} and nowhere else; a genuine one logs the
 * caller in for this request only (no HTTP session). Everything else goes to Payara's OpenID
 * connector (the browser's code flow and its session) with the {@code Authorization} header hidden,
 * so the connector never judges a bearer token. An API call ({@code /api/...}) never gets a login
 * redirect: without a valid token it gets 401 with a JSON body; a browser path with a refused token
 * gets the normal login redirect, as if it had brought none, and a browser whose login cannot start
 * because Keycloak is down gets a clear page (503, {@link LoginUnavailable}, DD019). Jakarta Security
 * 3 allows one mechanism per WAR, so this alternative replaces the connector's own registration.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class EdgeAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(EdgeAuthenticationMechanism.class.getName());
    private static final String BEARER = "bearer ";

    @Inject
    OpenIdAuthenticationMechanism openId;

    @Inject
    RealmTokenVerifier verifier;

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
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            try {
                VerifiedToken token = verifier.verify(bearer.get());
                token.attachTo(request);
                return context.notifyContainerAboutLogin(new CallerPrincipal(token.username()), token.groups());
            } catch (TokenRefusedException e) {
                LOG.log(Level.INFO, "bearer token refused on {0}: {1}", new Object[] {
                    request.getRequestURI(), e.getMessage()
                });
                if (isApi(request)) {
                    return unauthorized(response, "Authorization 头中的访问令牌无效（签名、签发者、有效期或受众不符）");
                }
            }
        } else if (isApi(request) && request.getUserPrincipal() == null) {
            return unauthorized(response, "需要 Authorization 头：Bearer 加 Keycloak 访问令牌");
        }
        HttpServletRequest withoutBearer = new WithoutAuthorization(request);
        return isApi(request)
                ? openId.validateRequest(withoutBearer, response, context)
                : browser(withoutBearer, response, context);
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

    /** The token of an {@code Authorization: Bearer} header (the scheme is case-insensitive, RFC 7235). */
    private static Optional<String> bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null
                || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim());
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        try {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"streetgov\"");
            SecurityHeaders.apply(response);
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
