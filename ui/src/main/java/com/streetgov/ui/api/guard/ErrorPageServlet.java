package com.streetgov.ui.api.guard;

import com.streetgov.ui.api.georeport.Format;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (web.xml) for errors raised outside JAX-RS — a servlet filter's {@code
 * sendError}, an exception escaping a filter, a request the container refuses. Under {@code /api} it
 * answers JSON like {@link Problem} (under {@code /api/open311/}: GeoReport's error list, XML for a
 * {@code .xml} path); elsewhere a short Chinese page. Neither shows the exception, a
 * class name or the server's version; an exception is logged with a correlation id the body repeats.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String id = null;
        if (thrown != null || status >= 500) {
            id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Error page for " + uri + " (" + status + "), correlation id " + id, thrown);
        }
        String message = message(status, id);
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (uri.startsWith(request.getContextPath() + "/api/open311/")) {
            Format format = Format.of(uri);
            response.setContentType(format.type().toString());
            response.getWriter().write(format.errorText(status, message));
        } else if (uri.startsWith(request.getContextPath() + "/api/")
                || uri.equals(request.getContextPath() + "/api")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"status\":" + status + ",\"error\":\"" + code(status) + "\",\"message\":\"" + message
                            + "\"" + (id == null ? "" : ",\"correlationId\":\"" + id + "\"") + "}");
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>" + status
                            + "</title><p>" + message + "</p></html>");
        }
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    /** A fixed Chinese text per status; nothing from the request or the exception. */
    private static String message(int status, String id) {
        return switch (status) {
            case 400 -> "请求无效：请求行、请求头（如 Content-Type）或路径的格式不正确";
            case 401 -> "需要登录或有效的访问令牌";
            case 403 -> "无权访问";
            case 404 -> "没有这个地址";
            case 405 -> "不支持该 HTTP 方法";
            case 413 -> "请求体过大";
            case 415 -> "不支持该 Content-Type";
            default -> status >= 500 ? "服务器内部错误，请稍后重试；如需协助请提供编号 " + id : "请求无效";
        };
    }
}
