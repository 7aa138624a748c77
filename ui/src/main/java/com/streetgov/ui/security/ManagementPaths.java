package com.streetgov.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * With the WAR at {@code /}, Payara's MicroProfile OpenAPI and Metrics endpoints live inside it. The
 * post-boot commands turn them off (DD018); this answers 404 there as well, so the document and the
 * metrics stay closed even if a Payara update or a configuration slip turns them back on. (A full
 * merge run served the OpenAPI document to a caller despite the command's SUCCESS.)
 */
@WebFilter(
        filterName = "management-paths",
        urlPatterns = {"/openapi", "/openapi/*", "/metrics", "/metrics/*"},
        asyncSupported = true)
public class ManagementPaths extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
