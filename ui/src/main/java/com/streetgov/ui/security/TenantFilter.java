package com.streetgov.ui.security;

import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.CurrentDistrict;
import fish.payara.security.openid.api.OpenIdContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tenant edge: runs after authentication on every request, reads the verified access token once,
 * sets {@link CurrentUser}, {@link CurrentDistrict} and {@link CurrentCaller}, and clears them in {@code finally}. Nothing
 * else sets the district; no request parameter can.
 */
@WebFilter(filterName = "tenant", urlPatterns = "/*", asyncSupported = true)
public class TenantFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(TenantFilter.class.getName());

    @Inject
    OpenIdContext openIdContext;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        SignedInUser user;
        try {
            user = TokenClaims.toUser(claims());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "refusing a token that names no usable district", e);
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "no usable district in the token");
            return;
        }
        try {
            currentUser.set(user);
            user.district().ifPresent(currentDistrict::set);
            currentCaller.set(user.asCaller());
            chain.doFilter(request, response);
        } finally {
            currentDistrict.clear();
            currentCaller.clear();
            currentUser.clear();
            dropApiSession(request);
        }
    }

    /**
     * A bearer-token API call is stateless, but the OpenID connector keeps its context in an HTTP
     * session; left alone, every call would leave one behind (thousands a minute under load).
     */
    private static void dropApiSession(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // nothing to drop
                }
            }
        }
    }

    private Map<String, Object> claims() {
        return openIdContext.getAccessToken().getClaims();
    }
}
