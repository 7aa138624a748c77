package com.streetgov.ui.api.guard;

import com.streetgov.ui.api.georeport.Format;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A request whose raw path starts with {@code /api/} stays an API request: an encoded slash or
 * backslash, a dot segment, or a broken escape would let the container decode and normalise it
 * elsewhere (to the Vaadin pages), so such paths are refused here with a JSON 400 (under {@code
 * /api/open311/}: GeoReport's error list in the path's format).
 */
@WebFilter("/*")
public class ApiPathFilter extends HttpFilter {

    private static final Pattern UNSAFE =
            Pattern.compile("(?i).*(%2f|%5c|%25|%00|/\\.\\.?(/|$)|/%2e|%2e%2e|%(?![0-9a-f]{2})).*");

    private static final String MESSAGE = "请求路径无效：不能含编码的斜杠、点路径段或残缺的百分号编码";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = raw.equals("/api") || raw.startsWith("/api/");
        if (api && UNSAFE.matcher(raw).matches()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (raw.startsWith("/api/open311/")) {
                Format format = Format.of(raw);
                response.setContentType(format.type().toString());
                response.getWriter().write(format.errorText(400, MESSAGE));
                return;
            }
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":400,\"error\":\"invalid_uri\",\"message\":\"" + MESSAGE + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
