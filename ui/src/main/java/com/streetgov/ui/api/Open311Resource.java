package com.streetgov.ui.api;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.Rating;
import com.streetgov.open311.application.Open311Requests;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.api.georeport.Format;
import com.streetgov.ui.api.georeport.GeoReport;
import com.streetgov.ui.api.guard.InvalidInputException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Open311 GeoReport v2, every method in XML and JSON (the path's suffix chooses, {@link Format}), so
 * existing civic-reporting clients can submit and follow requests: {@code jurisdiction_id} is the
 * district, services are its routable matter catalog (street-level duty items in force), each with a
 * definition (the {@code street} attribute), and a request becomes a matter routed like any other. The
 * discovery document and the catalog are public; posting and listing need an active {@code api_key} of
 * that district; a request is read with the random {@code service_request_id} handed to its submitter,
 * or by matter number with a key (DD021). An unknown district, an unknown id and a wrong key all get the
 * same answer. The district is bound here, explicitly, from the jurisdiction — never from a user's
 * token, since there is none.
 */
@Path("open311/v2")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML, MediaType.APPLICATION_XML})
public class Open311Resource {

    /** How Open311 callers appear in a matter's history. */
    static final String RESIDENT_CHANNEL = "居民（Open311）";

    /** Most requests a list returns. */
    static final int LIST_LIMIT = 200;

    /** When this API's documents (methods, attributes) last changed: discovery's changeset. */
    static final String CHANGESET = "2026-12-01T00:00:00+08:00";

    static final String SERVICE_REQUESTS = "service_requests";
    static final String REQUEST = "request";

    @Inject
    DistrictWork districtWork;

    @Inject
    DistrictDirectory districts;

    @Inject
    MatterService service;

    @Inject
    Open311Requests requests;

    @Context
    UriInfo uri;

    /** Where this API is, what it speaks and how a client gets a key; the same for every district. */
    @GET
    @Path("discovery.{format:json|xml}")
    public Response discovery() {
        String url = uri.getBaseUriBuilder().path("open311/v2").build().toString();
        return format().respond(
                        200,
                        "discovery",
                        null,
                        new GeoReport.Discovery(
                                CHANGESET,
                                "各区街道办事处；接口使用问题请联系所在区的辖区管理员",
                                "客户端密钥（api_key）由辖区管理员在“开放接口密钥”页面签发，每个客户端一把",
                                List.of(new GeoReport.Endpoint(
                                        "http://wiki.open311.org/GeoReport_v2",
                                        url,
                                        CHANGESET,
                                        "production",
                                        List.of("text/xml", "application/json")))));
    }

    @GET
    @Path("services.{format:json|xml}")
    public Response services(@QueryParam("jurisdiction_id") String jurisdiction) {
        return inDistrict(jurisdiction, () -> format().respond(
                        200,
                        "services",
                        "service",
                        service.catalog().stream().map(Open311Views::service).toList()));
    }

    /** A service's definition: its attributes (the street, one of the district's streets). */
    @GET
    @Path("services/{code}.{format:json|xml}")
    public Response definition(@PathParam("code") String code, @QueryParam("jurisdiction_id") String jurisdiction) {
        return inDistrict(jurisdiction, () -> catalogItem(code)
                .map(item -> format().respond(200, "service_definition", null, views().definition(item)))
                .orElseGet(() -> error(404, "没有该服务：" + code)));
    }

    /**
     * A new request (form-encoded): {@code attribute[street]} names the street; {@code lat}/{@code long}
     * are checked but not kept (streets are located by code or address), and {@code email}, {@code
     * device_id}, {@code account_id}, {@code media_url} are accepted and not kept.
     */
    @POST
    @Path("requests.{format:json|xml}")
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
            @FormParam("attribute[street]") String street,
            @FormParam("lat") String lat,
            @FormParam("long") String lon) {
        if (serviceCode == null || serviceCode.isBlank()) {
            return error(400, "缺少 service_code");
        }
        coordinate("lat", lat, 90);
        coordinate("long", lon, 180);
        return inKnownDistrict(jurisdiction, this::badKey, () -> {
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
                        .map(s -> format().respond(
                                        201,
                                        SERVICE_REQUESTS,
                                        REQUEST,
                                        List.of(new GeoReport.Created(
                                                s.requestId(), Open311Views.notice(s.matter()), null))))
                        .orElseGet(this::badKey);
            } catch (RefusedException e) {
                return error(400, e.getMessage());
            }
        });
    }

    /**
     * The district's requests for a key holder, newest first, at most {@value #LIST_LIMIT}: by {@code
     * service_request_id} (ids or numbers, each listed under the id given), or by {@code service_code},
     * {@code status} and the window {@code start_date}–{@code end_date} (default: the last 90 days).
     */
    @GET
    @Path("requests.{format:json|xml}")
    public Response list(
            @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("api_key") String key,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @QueryParam("start_date") String start,
            @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        Open311Filter filter = Open311Filter.parse(ids, serviceCode, start, end, status);
        return inKnownDistrict(jurisdiction, this::badKey, () -> {
            Open311Views views = views();
            Optional<List<GeoReport.Request>> rows = filter.byIds()
                    ? requests.listed(key, filter.ids()).map(found -> found.stream()
                            .map(f -> views.request(f.matter(), f.id()))
                            .toList())
                    : requests.list(key, filter.query(service.now()), LIST_LIMIT)
                            .map(list -> list.stream().map(views::request).toList());
            return rows.map(this::requestList).orElseGet(this::badKey);
        });
    }

    /**
     * A request by the id its submitter was given, or by matter number with the district's key. Every
     * miss — unknown district, unknown id, a number without a valid key — gets the same answer.
     */
    @GET
    @Path("requests/{id}.{format:json|xml}")
    public Response request(
            @PathParam("id") String id,
            @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("api_key") String key) {
        return inKnownDistrict(jurisdiction, this::notFound, () -> requests.read(id, key)
                .map(m -> requestList(List.of(views().request(m, id))))
                .orElseGet(this::notFound));
    }

    /**
     * GeoReport's token lookup. This service hands out the {@code service_request_id} at once on
     * posting and never a token, so every token is unknown: 404, said plainly.
     */
    @GET
    @Path("tokens/{token}.{format:json|xml}")
    public Response token(@PathParam("token") String token) {
        return error(404, "没有该 token：本服务在提交时直接返回 service_request_id，不发放 token");
    }

    /**
     * The submitter rates the answer to their request, with the id they were given (an extension of
     * GeoReport v2): the resident's own channel, once per answer, only after an answer (DD023). It
     * counts as the return visit; the optional {@code resolved} ({@code true} / {@code false}) says
     * whether the matter is resolved — without it, resolved unless the rating is NOT_SATISFIED; the
     * optional {@code comment} (at most 500 characters) is kept with the rating, as on the residents' page.
     */
    @POST
    @Path("requests/{id}/rating.{format:json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(
            @PathParam("id") String id,
            @FormParam("jurisdiction_id") String jurisdiction,
            @FormParam("rating") String rating,
            @FormParam("resolved") String resolved,
            @FormParam("comment") String comment) {
        Boolean solved;
        if (resolved == null || resolved.isEmpty()) {
            solved = null;
        } else if (resolved.equals("true") || resolved.equals("false")) {
            solved = Boolean.valueOf(resolved);
        } else {
            return error(400, "resolved（是否解决）应为 true 或 false");
        }
        Rating given;
        try {
            given = Rating.valueOf(rating == null ? "" : rating);
        } catch (IllegalArgumentException e) {
            return error(400, "rating 应为 SATISFIED、BASICALLY_SATISFIED 或 NOT_SATISFIED");
        }
        return inKnownDistrict(jurisdiction, this::notFound, () -> {
            try {
                return requests.rate(id, given, solved, comment)
                        .map(m -> requestList(List.of(views().request(m, id))))
                        .orElseGet(this::notFound);
            } catch (RefusedException refused) {
                return Problem.of(422, "refused", null, refused.getMessage()).open311(uri.getPath());
            }
        });
    }

    private Response inDistrict(String jurisdiction, Supplier<Response> work) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.matches("[a-z0-9-]{2,32}")) {
            return error(400, "缺少或无效的 jurisdiction_id");
        }
        return inKnownDistrict(jurisdiction, () -> error(404, "没有该辖区：" + jurisdiction), work);
    }

    /** Runs {@code work} bound to the named district; {@code unknown} answers for a district that is not there. */
    private Response inKnownDistrict(String jurisdiction, Supplier<Response> unknown, Supplier<Response> work) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return error(400, "缺少 jurisdiction_id");
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

    private Optional<DutyItem> catalogItem(String code) {
        return service.catalog().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** A latitude or longitude, if given: a number within ±{@code limit}; else 400 naming it. */
    private static void coordinate(String name, String value, double limit) {
        if (value == null || value.isBlank()) {
            return;
        }
        double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(Math.abs(v) <= limit)) {
            throw InvalidInputException.field(name, name + " 应为 -" + (int) limit + " 到 " + (int) limit + " 之间的十进制度数");
        }
    }

    private Open311Views views() {
        return new Open311Views(service);
    }

    private Format format() {
        return Format.of(uri.getPath());
    }

    private Response requestList(List<GeoReport.Request> rows) {
        return format().respond(200, SERVICE_REQUESTS, REQUEST, rows);
    }

    private Response notFound() {
        return error(404, "没有该诉求");
    }

    private Response badKey() {
        return error(403, "api_key 无效");
    }

    private Response error(int status, String description) {
        return format().errors(status, description, null);
    }
}
