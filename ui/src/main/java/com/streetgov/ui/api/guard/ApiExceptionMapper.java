package com.streetgov.ui.api.guard;

import com.streetgov.matter.domain.IdempotencyKeyReusedException;
import com.streetgov.platform.Conflicts;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.tenancy.NoDistrictException;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import com.streetgov.ui.platform.DatabaseOutage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a {@link Problem}: a database outage (503 with {@code
 * Retry-After}, DD019), refused input (400/413/415), Bean
 * Validation of a command (400, each field), refused domain steps (422, every {@link RefusedException}
 * alike — a matter's workflow, assessment rules or baseline, an exclusion from assessment, a reform
 * model's life cycle or the edit of a version that is not a draft — naming its field when it has one),
 * a reused idempotency key (422), a concurrent change (409), a role the matrix refuses or no district
 * (403), JAX-RS's own 404/405/406/415; anything else is a 500 with a correlation id, logged with its
 * stack trace and never shown to the caller. Under {@code open311/} every answer is GeoReport's error
 * list, in XML or JSON by the path's suffix.
 *
 * <p>A refusal (422, or the role matrix's 403) is said in the language the request's {@code
 * Accept-Language} asks for first among those the product speaks — zh-TW ({@code zh-TW}, {@code
 * zh-Hant}, {@code zh-HK}), English ({@code en…}) or zh-CN ({@code zh}, {@code zh-CN}, {@code zh-Hans})
 * — and in zh-CN when it names none of them; the other answers are in zh-CN.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    /** A database outage (DD019): the client retries, with the same Idempotency-Key for intake. */
    static final String DATABASE_UNAVAILABLE = "数据库暂时不可用，请稍后重试（诉求请用同一 Idempotency-Key 重试，不会重复登记）";

    /** Open311's 406: the path's suffix chose a format the Accept header does not take. */
    static final String OPEN311_FORMATS = "Open311 接口按路径后缀返回 JSON（.json）或 XML（.xml），请求头 Accept 不接受所请求的格式";

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        return new ApiExceptionMapper(uri, headers).answer(thrown);
    }

    /**
     * The answer to {@code thrown}, shared with the more specific mappers; a refusal in the language
     * {@code headers} ask for (zh-CN when null).
     */
    static Response respond(Throwable thrown, UriInfo uri, HttpHeaders headers) {
        return new ApiExceptionMapper(uri, headers).answer(thrown);
    }

    public ApiExceptionMapper() {}

    private ApiExceptionMapper(UriInfo uri, HttpHeaders headers) {
        this.uri = uri;
        this.headers = headers;
    }

    private Response answer(Throwable thrown) {
        if (DatabaseOutage.causedBy(thrown)) {
            LOG.log(Level.WARNING, "database unavailable on {0}: {1}", new Object[] {path(), String.valueOf(thrown)});
            return Response.fromResponse(
                            answerWith(Problem.of(503, "database_unavailable", null, DATABASE_UNAVAILABLE)))
                    .header("Retry-After", "2")
                    .build();
        }
        Problem problem = known(thrown);
        if (problem == null) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure of API call " + path() + ", correlation id " + id, thrown);
            problem = new Problem(500, "internal_error", null, "服务器内部错误，请稍后重试；如需协助请提供编号 " + id, null, id);
        }
        Response response = answerWith(problem);
        if (thrown instanceof NotAllowedException notAllowed) {
            String allow = notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return Response.fromResponse(response)
                    .header(HttpHeaders.ALLOW, allow)
                    .build();
        }
        return response;
    }

    /** {@code problem} as JSON, or for an Open311 path as GeoReport's error list in its format. */
    private Response answerWith(Problem problem) {
        return open311() ? problem.open311(uri.getPath()) : problem.response();
    }

    private boolean open311() {
        return uri != null && uri.getPath().startsWith("open311/");
    }

    private String path() {
        return uri == null ? "?" : "/api/" + uri.getPath();
    }

    /**
     * The problem a known failure (anywhere in the cause chain) stands for, or null; a refusal in the
     * request's language.
     */
    Problem known(Throwable thrown) {
        return known(thrown, language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** The problem a known failure stands for, or null; a refusal in {@code language}. */
    Problem known(Throwable thrown, Locale language) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Problem p = direct(t, language);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * The language a refusal is said in: the first range of {@code acceptLanguage} (by weight) naming
     * zh-TW / zh-Hant / zh-HK / zh-MO, English, or zh / zh-CN / zh-Hans; zh-CN when none does, or when
     * the header is absent or malformed.
     */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Text.DEFAULT_LOCALE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Text.DEFAULT_LOCALE;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            List<String> tags =
                    List.of(range.getRange().toLowerCase(Locale.ROOT).split("-"));
            if (tags.get(0).equals("en")) {
                return Locale.ENGLISH;
            }
            if (tags.get(0).equals("zh")) {
                boolean traditional = tags.contains("hant")
                        || (!tags.contains("hans")
                                && (tags.contains("tw") || tags.contains("hk") || tags.contains("mo")));
                return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Text.DEFAULT_LOCALE;
    }

    private Problem direct(Throwable t, Locale language) {
        if (t instanceof InvalidInputException e) {
            return Problem.of(e.status(), e.error(), e.field(), e.getMessage());
        }
        if (t instanceof ConstraintViolationException e) {
            return violations(e);
        }
        if (t instanceof IdempotencyKeyReusedException e) {
            return Problem.of(422, "idempotency_key_reused", "Idempotency-Key", e.getMessage());
        }
        if (t instanceof RefusedException e) {
            return Problem.of(422, "refused", e.field(), e.text().render(language));
        }
        if (t instanceof AccessRefusedException e) {
            return Problem.of(403, "forbidden", null, e.text().render(language)); // the role matrix in core (DD023)
        }
        if (t instanceof NoDistrictException) {
            return Problem.of(403, "forbidden", null, "该接口只供辖区用户使用；平台运营方账号没有辖区");
        }
        if (Conflicts.isConcurrentChange(t)) {
            return Problem.of(409, "conflict", null, "该记录刚被他人修改，请刷新后重试");
        }
        if (t instanceof WebApplicationException e) {
            return webApplication(e.getResponse().getStatus());
        }
        return null;
    }

    private Problem webApplication(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad_request", null, "请求无效：请求头（如 Content-Type、Accept）或参数的格式不正确");
            case 401 -> Problem.of(401, "unauthorized", null, "需要有效的 Keycloak 访问令牌（Bearer）");
            case 403 -> Problem.of(403, "forbidden", null, "无权访问");
            case 404 -> Problem.of(404, "not_found", null, "没有这个接口：" + path());
            case 405 -> Problem.of(405, "method_not_allowed", null, "接口 " + path() + " 不支持该 HTTP 方法");
            case 406 ->
                Problem.of(406, "not_acceptable", "Accept", open311() ? OPEN311_FORMATS : "本接口只返回 application/json");
            case 413 -> Problem.of(413, "body_too_large", null, "请求体过大");
            case 415 -> Problem.of(415, "unsupported_media_type", "Content-Type", "不支持该 Content-Type");
            default -> status >= 400 && status < 500 ? Problem.of(status, "bad_request", null, "请求无效") : null;
        };
    }

    private static Problem violations(ConstraintViolationException e) {
        List<Problem.Violation> all = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        if (all.isEmpty()) {
            return Problem.of(400, "invalid_field", null, "请求无效");
        }
        Problem.Violation first = all.get(0);
        return new Problem(400, "invalid_field", first.field(), first.message(), all, null);
    }

    /** The last node of the property path: {@code submission.title} names {@code title}. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        return leaf.equals("idempotencyKey") ? "Idempotency-Key" : leaf;
    }
}
