package com.streetgov.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response of the WAR (DD018). The UI's Content Security Policy is the
 * smallest one Vaadin Flow 24 runs under: its bootstrap page starts the client engine with an inline
 * script and the engine builds functions from the JavaScript the server sends ({@code 'unsafe-inline'
 * 'unsafe-eval'} for scripts), and components set inline styles ({@code 'unsafe-inline'} for styles).
 * Everything else is same-origin only, nothing may frame the application, and the API's JSON gets a
 * policy that allows nothing at all.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String UI_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        apply(response, api ? API_POLICY : UI_POLICY);
        chain.doFilter(request, response);
    }

    /** The headers of an API answer written before the filters run (the mechanism's 401). */
    static void apply(HttpServletResponse response) {
        apply(response, API_POLICY);
    }

    private static void apply(HttpServletResponse response, String policy) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
