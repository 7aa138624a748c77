package com.streetgov.ui.api;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRefusedException;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.Rating;
import com.streetgov.open311.application.Open311Requests;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import com.streetgov.ui.api.guard.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open311 GeoReport v2 (JSON) so existing civic-reporting clients can submit and follow requests:
 * {@code jurisdiction_id} is the district, services are its routable matter catalog (street-level
 * duty items in force), a request becomes a matter routed like any other. The catalog is public;
 * posting and listing need an active {@code api_key} of that district; a request is read with the
 * random {@code service_request_id} handed to its submitter, or by matter number with a key (DD021).
 * An unknown district, an unknown id and a wrong key all get the same answer. The district is bound
 * here, explicitly, from the jurisdiction — never from a user's token, since there is none.
 */
@Path("open311/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class Open311Resource {

    /** GeoReport service definition (subset used by clients). */
    public record Service(
            String service_code,
            String service_name,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    /** GeoReport response to a POST. */
    public record Created(String service_request_id, String service_notice, String account_id) {}

    /** GeoReport service request. */
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

    /** How Open311 callers appear in a matter's history. */
    static final String RESIDENT_CHANNEL = "居民（Open311）";

    @Inject
    DistrictWork districtWork;

    @Inject
    DistrictDirectory districts;

    @Inject
    MatterService service;

    @Inject
    Open311Requests requests;

    /** Most requests a list returns. */
    static final int LIST_LIMIT = 200;

    @GET
    @Path("services.json")
    public Response services(@QueryParam("jurisdiction_id") String jurisdiction) {
        return inDistrict(jurisdiction, () -> Response.ok(service.catalog().stream()
                        .map(Open311Resource::toService)
                        .toList())
                .build());
    }

    @POST
    @Path("requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(
            @FormParam("jurisdiction_id") String jurisdiction,
            @FormParam("api_key") String key,
            @FormParam("service_code") String serviceCode,
            @FormParam("description") String description,
            @FormParam("address_string") String address,
            @FormParam("first_name") String firstName,
            @FormParam("last_name") String lastName,
            @FormParam("phone") String phone,
            @FormParam("attribute[street]") String street) {
        if (serviceCode == null || serviceCode.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "缺少 service_code");
        }
        return inKnownDistrict(jurisdiction, Open311Resource::badKey, () -> {
            String name = ((lastName == null ? "" : lastName) + (firstName == null ? "" : firstName)).strip();
            String text = description == null ? "" : description.strip();
            Matter.Submission submission = new Matter.Submission(
                    text.length() > 30 ? text.substring(0, 30) : text,
                    text,
                    address,
                    street,
                    null,
                    null,
                    serviceCode,
                    name.isEmpty() ? null : name,
                    phone);
            try {
                return requests.submit(key, submission)
                        .map(s -> Response.status(Response.Status.CREATED)
                                .entity(List.of(new Created(s.requestId(), notice(s.matter()), null)))
                                .build())
                        .orElseGet(Open311Resource::badKey);
            } catch (MatterRefusedException e) {
                return error(Response.Status.BAD_REQUEST, e.getMessage());
            }
        });
    }

    @GET
    @Path("requests.json")
    public Response list(@QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("api_key") String key) {
        return inKnownDistrict(jurisdiction, Open311Resource::badKey, () -> requests.list(key, LIST_LIMIT)
                .map(rows ->
                        Response.ok(rows.stream().map(this::toRequest).toList()).build())
                .orElseGet(Open311Resource::badKey));
    }

    /**
     * A request by the id its submitter was given, or by matter number with the district's key. Every
     * miss — unknown district, unknown id, a number without a valid key — gets the same answer.
     */
    @GET
    @Path("requests/{id}.json")
    public Response request(
            @PathParam("id") String id,
            @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("api_key") String key) {
        return inKnownDistrict(jurisdiction, Open311Resource::notFound, () -> requests.read(id, key)
                .map(m -> Response.ok(List.of(toRequest(m, id))).build())
                .orElseGet(Open311Resource::notFound));
    }

    /**
     * The submitter rates the answer to their request, with the id they were given (an extension of
     * GeoReport v2): the resident's own channel, once per answer, only after an answer (DD023). It
     * counts as the return visit; the optional {@code resolved} ({@code true} / {@code false}) says
     * whether the matter is resolved — without it, resolved unless the rating is NOT_SATISFIED.
     */
    @POST
    @Path("requests/{id}/rating.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(
            @PathParam("id") String id,
            @FormParam("jurisdiction_id") String jurisdiction,
            @FormParam("rating") String rating,
            @FormParam("resolved") String resolved) {
        Boolean solved;
        if (resolved == null || resolved.isEmpty()) {
            solved = null;
        } else if (resolved.equals("true") || resolved.equals("false")) {
            solved = Boolean.valueOf(resolved);
        } else {
            return error(Response.Status.BAD_REQUEST, "resolved（是否解决）应为 true 或 false");
        }
        Rating given;
        try {
            given = Rating.valueOf(rating == null ? "" : rating);
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, "rating 应为 SATISFIED、BASICALLY_SATISFIED 或 NOT_SATISFIED");
        }
        return inKnownDistrict(jurisdiction, Open311Resource::notFound, () -> {
            try {
                return requests.rate(id, given, solved)
                        .map(m -> Response.ok(List.of(toRequest(m, id))).build())
                        .orElseGet(Open311Resource::notFound);
            } catch (MatterRefusedException refused) {
                return Problem.of(422, "refused", null, refused.getMessage()).response(true);
            }
        });
    }

    private Response inDistrict(String jurisdiction, java.util.function.Supplier<Response> work) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.matches("[a-z0-9-]{2,32}")) {
            return error(Response.Status.BAD_REQUEST, "缺少或无效的 jurisdiction_id");
        }
        return inKnownDistrict(jurisdiction, () -> error(Response.Status.NOT_FOUND, "没有该辖区：" + jurisdiction), work);
    }

    /** Runs {@code work} bound to the named district; {@code unknown} answers for a district that is not there. */
    private Response inKnownDistrict(
            String jurisdiction,
            java.util.function.Supplier<Response> unknown,
            java.util.function.Supplier<Response> work) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "缺少 jurisdiction_id");
        }
        if (!jurisdiction.matches("[a-z][a-z0-9-]{1,31}")) {
            return unknown.get();
        }
        DistrictId district = DistrictId.of(jurisdiction);
        // Open311 callers are the residents' channel of that district, nothing more (DD023).
        return districtWork.call(district, Caller.resident(district, RESIDENT_CHANNEL), () -> {
            if (districts.district(district).isEmpty()) {
                return unknown.get();
            }
            return work.get();
        });
    }

    private static Response notFound() {
        return error(Response.Status.NOT_FOUND, "没有该诉求");
    }

    private static Response badKey() {
        return error(Response.Status.FORBIDDEN, "api_key 无效");
    }

    private static Service toService(DutyItem item) {
        return new Service(
                item.code(),
                item.name(),
                item.name(),
                false,
                "realtime",
                String.join(",", item.keywords()),
                item.area());
    }

    private static String notice(Matter m) {
        return m.routing().map(r -> "已分派：" + r.reason() + "；办理时限至" + m.dueAt()).orElse("已受理，待人工分派");
    }

    /** A matter as the reader asked for it: under the id they used (request id or number). */
    private Request toRequest(Matter m, String id) {
        Map<String, String> units =
                service.units(m.submission().street(), m.receivedAt().toLocalDate());
        String updated =
                MatterView.instant(m.events().get(m.events().size() - 1).at());
        return new Request(
                id,
                m.state().answered() ? "closed" : "open",
                m.answer().orElse(null),
                m.routing().map(r -> r.itemName()).orElse(null),
                m.submission().category(),
                m.submission().description(),
                m.routing()
                        .map(r -> units.getOrDefault(r.leadUnit(), r.leadUnit()))
                        .orElse(null),
                notice(m),
                MatterView.instant(m.receivedAt()),
                updated,
                MatterView.instant(m.dueAt()),
                Optional.ofNullable(m.submission().address()).orElse(null));
    }

    /** A list row for a key holder: under its matter number. */
    private Request toRequest(MatterSummary m) {
        String unit = m.leadUnit() == null
                ? null
                : service.units(m.street(), m.receivedAt().toLocalDate()).getOrDefault(m.leadUnit(), m.leadUnit());
        return new Request(
                m.number(),
                m.state().answered() ? "closed" : "open",
                null,
                m.itemName(),
                null,
                m.title(),
                unit,
                null,
                MatterView.instant(m.receivedAt()),
                null,
                MatterView.instant(m.dueAt()),
                null);
    }

    private static Response error(Response.Status status, String description) {
        return Response.status(status)
                .entity(List.of(Map.of("code", status.getStatusCode(), "description", description)))
                .build();
    }
}
