package com.streetgov.ui.api.guard;

import com.streetgov.ui.api.georeport.Format;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The JSON body of every refused API call: a code, the field or header at fault (if one), a message
 * (Chinese; a refusal in the request's language, see {@link ApiExceptionMapper}), every violation when
 * there are several, and for an unexpected failure only a correlation
 * id. Open311 callers get the same in GeoReport's error list ({@code [{"code":…,"description":…}]} or
 * {@code <errors><error>…}).
 */
public record Problem(
        int status, String error, String field, String message, List<Violation> violations, String correlationId) {

    /** One refused field. */
    public record Violation(String field, String message) {}

    public static Problem of(int status, String error, String field, String message) {
        return new Problem(status, error, field, message, null, null);
    }

    /** The response: this problem as JSON. */
    public Response response() {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(this)
                .build();
    }

    /**
     * The response to an Open311 call: GeoReport's error list in the format {@code path}'s suffix names
     * ({@code .xml} or JSON), the field at fault by its GeoReport parameter name.
     */
    public Response open311(String path) {
        return Format.of(path).errors(status, message, field == null ? null : Open311Fields.name(field));
    }
}
