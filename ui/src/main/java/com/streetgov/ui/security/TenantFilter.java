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
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tenant edge: runs after authentication on every request, reads the verified access token once,
 * sets {@link CurrentUser}, {@link CurrentDistrict} and {@link CurrentCaller}, and clears them in
 * {@code finally}. For a signed-in staff member this is the only place the district is set, and no
 * request parameter can choose it; the public channels (Open311's {@code jurisdiction_id}, the
 * residents' {@code /r/<district>}) bind the district they name through {@code DistrictWork}, as that
 * district's resident channel only (DD002). A bearer call's claims
 * come from the token {@link EdgeAuthenticationMechanism} verified for this request ({@link
 * VerifiedToken}); a browser session's from the access token of its code flow ({@link OpenIdContext}),
 * so a bearer call never touches the session-scoped OpenID context and never creates an HTTP session.
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
        // The residents' pages run as the resident channel of the district in their address, whoever
        // is logged in in this browser (DD031): a staff session binds nothing there.
        if (request.getUserPrincipal() == null || request.getServletPath().equals("/r")) {
            chain.doFilter(request, response);
            return;
        }
        SignedInUser user;
        try {
            user = TokenClaims.toUser(claims(request));
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
        }
    }

    private Map<String, Object> claims(HttpServletRequest request) {
        return VerifiedToken.of(request)
                .map(VerifiedToken::claims)
                .orElseGet(() -> openIdContext.getAccessToken().getClaims());
    }
}
