package com.streetgov.ui.api;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRefusedException;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.DistrictWork;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Open311 GeoReport v2 (JSON) so existing civic-reporting clients can submit and follow requests:
 * {@code jurisdiction_id} is the district, services are its routable matter catalog (street-level
 * duty items in force), a request becomes a matter routed like any other. Reading is public as in
 * GeoReport; posting needs the client's {@code api_key}. The district is bound here, explicitly, from
 * the jurisdiction — never from a user's token, since there is none.
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
    @ConfigProperty(name = "streetgov.open311.api-key", defaultValue = "demo-open311-key")
    String apiKey;

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
        if (key == null || !key.equals(apiKey)) {
            return error(Response.Status.FORBIDDEN, "api_key 无效");
        }
        if (serviceCode == null || serviceCode.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "缺少 service_code");
        }
        return inDistrict(jurisdiction, () -> {
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
                MatterService.Received received =
                        service.intake(new MatterService.Intake(Channel.OPEN311, null, submission, null), "open311");
                return Response.status(Response.Status.CREATED)
                        .entity(List.of(new Created(received.matter().number(), notice(received.matter()), null)))
                        .build();
            } catch (MatterRefusedException e) {
                return error(Response.Status.BAD_REQUEST, e.getMessage());
            }
        });
    }

    @GET
    @Path("requests/{id}.json")
    public Response request(@PathParam("id") String id, @QueryParam("jurisdiction_id") String jurisdiction) {
        return inDistrict(jurisdiction, () -> service.find(id)
                .map(m -> Response.ok(List.of(toRequest(m))).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "没有编号为" + id + "的诉求")));
    }

    private Response inDistrict(String jurisdiction, java.util.function.Supplier<Response> work) {
        if (jurisdiction == null || !jurisdiction.matches("[a-z0-9-]{2,32}")) {
            return error(Response.Status.BAD_REQUEST, "缺少或无效的 jurisdiction_id");
        }
        DistrictId district = DistrictId.of(jurisdiction);
        // Open311 callers are the residents' channel of that district, nothing more (DD023).
        return districtWork.call(district, Caller.resident(district, RESIDENT_CHANNEL), () -> {
            if (districts.district(district).isEmpty()) {
                return error(Response.Status.NOT_FOUND, "没有该辖区：" + jurisdiction);
            }
            return work.get();
        });
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

    private Request toRequest(Matter m) {
        Map<String, String> units =
                service.units(m.submission().street(), m.receivedAt().toLocalDate());
        String updated = m.events().get(m.events().size() - 1).at().toString();
        return new Request(
                m.number(),
                m.state().answered() ? "closed" : "open",
                m.answer().orElse(null),
                m.routing().map(r -> r.itemName()).orElse(null),
                m.submission().category(),
                m.submission().description(),
                m.routing()
                        .map(r -> units.getOrDefault(r.leadUnit(), r.leadUnit()))
                        .orElse(null),
                notice(m),
                m.receivedAt().toString(),
                updated,
                m.dueAt().toString(),
                Optional.ofNullable(m.submission().address()).orElse(null));
    }

    private static Response error(Response.Status status, String description) {
        return Response.status(status)
                .entity(List.of(Map.of("code", status.getStatusCode(), "description", description)))
                .build();
    }
}
