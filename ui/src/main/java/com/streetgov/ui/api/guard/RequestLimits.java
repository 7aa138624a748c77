package com.streetgov.ui.api.guard;

import com.streetgov.ui.api.georeport.Format;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Limits every API request before matching: control characters in the path or query (400), the
 * {@code Idempotency-Key} header (at most {@value #KEY_MAX} printable ASCII characters, once), for Open311
 * an {@code Accept} that takes the format the path's suffix names (else 406), the
 * content type of a body (JSON in UTF-8; form data for Open311, well-formed: else 415/400) and the
 * body's size — by
 * {@code Content-Length} and by counting the bytes of a chunked body (413). A body within its limit is
 * buffered, so the resource reads it from memory.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class RequestLimits implements ContainerRequestFilter {

    /** JSON bodies (matters, ratings). */
    public static final int JSON_MAX = 1 << 20;

    /** A reform-model file (PUT /api/reform-model); the largest seed model is about 32 KiB. */
    public static final int MODEL_MAX = 4 << 20;

    public static final int KEY_MAX = 100;

    /** How much of a refused body is read and dropped before the 413; beyond it the connection closes. */
    static final long DRAIN_MAX = 64L << 20;

    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        uriWithoutControls(request);
        idempotencyKey(request.getHeaders().get("Idempotency-Key"));
        open311Format(request, path);
        if (!WITH_BODY.contains(request.getMethod())) {
            return;
        }
        boolean open311 = path.startsWith("open311/");
        int max = path.startsWith("reform-model") ? MODEL_MAX : JSON_MAX;
        long declared = declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (declared > max) {
            drain(request.getEntityStream());
            throw tooLarge(max);
        }
        if (declared == 0) {
            return;
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException e) {
            throw new InvalidInputException(415, "unsupported_media_type", "Content-Type", "Content-Type 请求头无效");
        }
        contentType(type, open311);
        byte[] body = request.getEntityStream().readNBytes(max + 1);
        if (body.length > max) {
            drain(request.getEntityStream());
            throw tooLarge(max);
        }
        if (open311) {
            FormBody.check(body);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /**
     * Reads and drops the rest of a refused body (up to {@value #DRAIN_MAX} bytes) so the client, still
     * sending, receives the 413 instead of a connection closed under it.
     */
    private static void drain(InputStream body) {
        byte[] buffer = new byte[64 << 10];
        long left = DRAIN_MAX;
        try {
            for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // the client gave up; the 413 is still the answer
        }
    }

    private static void uriWithoutControls(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        boolean bad = controls(path);
        for (Map.Entry<String, List<String>> e :
                request.getUriInfo().getQueryParameters(true).entrySet()) {
            bad |= controls(e.getKey()) || e.getValue().stream().anyMatch(RequestLimits::controls);
        }
        if (bad) {
            throw new InvalidInputException(400, "invalid_uri", null, "请求路径或查询参数不能包含控制字符（如 NUL）");
        }
    }

    /** An Open311 path's suffix names its format; an Accept header that does not take it is refused (406). */
    private static void open311Format(ContainerRequestContext request, String path) {
        if (!path.startsWith("open311/") || !(path.endsWith(".json") || path.endsWith(".xml"))) {
            return;
        }
        List<MediaType> accept;
        try {
            accept = request.getAcceptableMediaTypes();
        } catch (RuntimeException e) {
            throw InvalidInputException.header(HttpHeaders.ACCEPT, "Accept 请求头无效");
        }
        if (!Format.of(path).acceptedBy(accept)) {
            throw new InvalidInputException(
                    406, "not_acceptable", HttpHeaders.ACCEPT, ApiExceptionMapper.OPEN311_FORMATS);
        }
    }

    private static boolean controls(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    private static void idempotencyKey(List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        if (values.size() > 1) {
            throw InvalidInputException.header("Idempotency-Key", "Idempotency-Key 请求头只能出现一次");
        }
        String key = values.get(0);
        if (key.length() > KEY_MAX) {
            throw InvalidInputException.header("Idempotency-Key", "Idempotency-Key 请求头不能超过 " + KEY_MAX + " 个字符");
        }
        if (!key.chars().allMatch(c -> c >= 0x20 && c <= 0x7E) || key.isBlank()) {
            throw InvalidInputException.header("Idempotency-Key", "Idempotency-Key 请求头只能包含可打印的 ASCII 字符，且不能为空");
        }
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.header(HttpHeaders.CONTENT_LENGTH, "Content-Length 请求头无效");
        }
    }

    private static void contentType(MediaType type, boolean open311) {
        MediaType expected = open311 ? MediaType.APPLICATION_FORM_URLENCODED_TYPE : MediaType.APPLICATION_JSON_TYPE;
        if (type == null || !type.isCompatible(expected) || type.isWildcardType() || type.isWildcardSubtype()) {
            throw new InvalidInputException(
                    415, "unsupported_media_type", "Content-Type", "Content-Type 应为 " + expected + "（UTF-8）");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new InvalidInputException(
                    415, "unsupported_media_type", "Content-Type", "只接受 UTF-8 编码的请求体，而不是 " + charset);
        }
    }

    private static InvalidInputException tooLarge(int max) {
        return new InvalidInputException(413, "body_too_large", null, "请求体不能超过 " + (max >> 20) + " MiB");
    }
}
