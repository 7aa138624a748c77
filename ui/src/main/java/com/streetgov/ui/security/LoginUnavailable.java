package com.streetgov.ui.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * What a browser sees when a login cannot start because Keycloak is down: a plain page (503) that
 * says so in Chinese, instead of a redirect to an address that does not answer or a stack trace. The
 * page offers to try again; once Keycloak answers, the same address starts the login as usual.
 */
final class LoginUnavailable {

    static final String MESSAGE = "登录服务暂时不可用，请稍后再试";

    private static final String PAGE =
            """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>街道治理云</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; padding: 0 1em">
            <h1>%s</h1>
            <p>统一身份认证服务（Keycloak）暂时无法连接，已登录的用户不受影响。请稍后<a href="">重试</a>。</p>
            </body></html>
            """
                    .formatted(MESSAGE);

    private LoginUnavailable() {}

    /**
     * The response to hand to the OpenID connector: a redirect to Keycloak goes through only if
     * Keycloak answers; otherwise the page is written instead.
     */
    static HttpServletResponse guard(HttpServletResponse response, String providerUri, BooleanSupplier keycloakUp) {
        String keycloak = origin(providerUri);
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (location != null && location.startsWith(keycloak) && !keycloakUp.getAsBoolean()) {
                    write(response);
                } else {
                    super.sendRedirect(location);
                }
            }
        };
    }

    /** Writes the page with 503 and commits the response. */
    static void write(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PAGE);
        response.flushBuffer();
    }

    private static String origin(String uri) {
        URI u = URI.create(uri);
        return u.getScheme() + "://" + u.getRawAuthority() + "/";
    }
}
