package com.streetgov.ui.api.guard;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of every refused API call: a code, the field or header at fault (if one), a Chinese
 * message, every violation when there are several, and for an unexpected failure only a correlation
 * id. Open311 callers get the same in GeoReport's error list ({@code [{"code":…,"description":…}]}).
 */
public record Problem(
        int status, String error, String field, String message, List<Violation> violations, String correlationId) {

    /** One refused field. */
    public record Violation(String field, String message) {}

    public static Problem of(int status, String error, String field, String message) {
        return new Problem(status, error, field, message, null, null);
    }

    /** The response, in GeoReport's error format for Open311 paths. */
    public Response response(boolean open311) {
        Object body = open311
                ? List.of(
                        field == null
                                ? Map.of("code", status, "description", message)
                                : Map.of("code", status, "description", message, "field", Open311Fields.name(field)))
                : this;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
