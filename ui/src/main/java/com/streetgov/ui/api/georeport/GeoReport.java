package com.streetgov.ui.api.georeport;

import java.util.List;

/**
 * The documents of Open311 GeoReport v2, one record each; component names are the spec's element and
 * member names, so one record gives both the JSON and the XML form. A null component is left out of
 * both.
 */
public final class GeoReport {

    private GeoReport() {}

    /** {@code discovery}: where the API is and what it speaks. */
    public record Discovery(String changeset, String contact, String key_service, List<Endpoint> endpoints) {}

    /** One endpoint of the discovery document. */
    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    /** One service of the {@code services} list. */
    public record Service(
            String service_code,
            String service_name,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    /** {@code service_definition}: the attributes a request of the service may carry. */
    public record Definition(String service_code, List<Attribute> attributes) {}

    /** One attribute of a service definition (posted as {@code attribute[code]}). */
    public record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            String datatype_description,
            int order,
            String description,
            List<Value> values) {}

    /** One allowed value of a list attribute. */
    public record Value(String key, String name) {}

    /** The answer to a posted request. */
    public record Created(String service_request_id, String service_notice, String account_id) {}

    /** The answer to {@code tokens/{token}}. */
    public record Token(String service_request_id, String token) {}

    /** A service request as read or listed. */
    public record Request(
            String service_request_id,
            String status,
            String status_notes,
            String service_name,
            String service_code,
            String description,
            String agency_responsible,
            String service_notice,
            String requested_datetime,
            String updated_datetime,
            String expected_datetime,
            String address) {}

    /**
     * One entry of the error list: the HTTP status as {@code code} and a Chinese description; {@code
     * field} (an extension) names the parameter at fault when there is one.
     */
    public record Error(int code, String description, String field) {}
}
