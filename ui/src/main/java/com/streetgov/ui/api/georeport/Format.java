package com.streetgov.ui.api.georeport;

import com.streetgov.platform.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The format a GeoReport call asked for by its path's suffix ({@code .xml}, else JSON — also for an
 * unknown suffix, which no endpoint serves), and the response carrying a document in it.
 */
public enum Format {
    JSON(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"), List.of(MediaType.APPLICATION_JSON_TYPE)),
    XML(MediaType.TEXT_XML_TYPE.withCharset("UTF-8"), List.of(MediaType.TEXT_XML_TYPE, MediaType.APPLICATION_XML_TYPE));

    private final MediaType type;
    private final List<MediaType> names;

    Format(MediaType type, List<MediaType> names) {
        this.type = type;
        this.names = names;
    }

    /** The format named by the suffix of {@code path} (a request path without its query). */
    public static Format of(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }

    /** The content type of this format's answers ({@code text/xml} for XML, as the spec shows). */
    public MediaType type() {
        return type;
    }

    /** Whether a client sending {@code accept} (its Accept header, parsed) takes this format. */
    public boolean acceptedBy(List<MediaType> accept) {
        return accept.isEmpty() || accept.stream().anyMatch(a -> names.stream().anyMatch(a::isCompatible));
    }

    /**
     * {@code body} — a record, or a list of records — as a response: in XML under {@code <root>}, each
     * list entry as {@code <item>}; in JSON as the record or array itself.
     */
    public Response respond(int status, String root, String item, Object body) {
        Object entity = this == XML ? XmlWriter.write(root, item, body) : body;
        return Response.status(status).type(type).entity(entity).build();
    }

    /** GeoReport's error list with one error: {@code [{"code","description"}]} or {@code <errors><error>…}. */
    public Response errors(int status, String description, String field) {
        return respond(status, "errors", "error", List.of(new GeoReport.Error(status, description, field)));
    }

    /** The same error list as text, for answers written outside JAX-RS (servlet filters, error pages). */
    public String errorText(int status, String description) {
        GeoReport.Error error = new GeoReport.Error(status, description, null);
        if (this == XML) {
            return new String(XmlWriter.write("errors", "error", List.of(error)), StandardCharsets.UTF_8);
        }
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", status).add("description", description))
                .build()
                .toString();
    }
}
