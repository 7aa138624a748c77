package com.streetgov.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The request as the OpenID connector sees it: without the {@code Authorization} header. The
 * connector would accept a bearer token with its own, weaker checks; only {@link
 * BearerTokenVerifier} may judge bearer tokens, so the connector never gets to see one.
 */
final class WithoutAuthorization extends HttpServletRequestWrapper {

    private static final String AUTHORIZATION = "Authorization";

    WithoutAuthorization(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getHeader(String name) {
        return AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return AUTHORIZATION.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                .filter(name -> !AUTHORIZATION.equalsIgnoreCase(name))
                .toList());
    }

    @Override
    public long getDateHeader(String name) {
        return AUTHORIZATION.equalsIgnoreCase(name) ? -1 : super.getDateHeader(name);
    }

    @Override
    public int getIntHeader(String name) {
        return AUTHORIZATION.equalsIgnoreCase(name) ? -1 : super.getIntHeader(name);
    }
}
