package com.streetgov.ui.api;

import com.streetgov.onboarding.application.IdentityDirectory.DistrictAdmin;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenantconfig.onboarding.DistrictOnboarding;
import com.streetgov.tenantconfig.onboarding.OnboardingRequest;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.api.guard.JsonBody;
import com.streetgov.ui.security.CurrentUser;
import com.streetgov.ui.security.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The vendor's onboarding as an API (issue 15: onboarding at scale, scripted): POST /api/vendor/districts
 * with the same request as the screen 开通新区 — template, code, name, adcode, streets (absent: the
 * template's), the first administrator, and optionally the shard (absent: the one with the fewest
 * districts). Vendor operators only; a refusal is a 400 saying every problem at once, as on the screen.
 */
@Path("vendor/districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VendorDistrictResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DistrictOnboarding onboarding;

    /** The answer: the district created, its streets and where its rows live. */
    public record Created(String id, String name, int streets, String shard) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onboard(byte[] body) throws RefusedException {
        SignedInUser user = currentUser.get().orElseThrow();
        if (!user.isVendor()) {
            return ApiError.response(Response.Status.FORBIDDEN, "forbidden", "only vendor operators onboard districts");
        }
        JsonObject json = JsonBody.object(body);
        JsonObject admin = json.get("admin") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        OnboardingRequest request = new OnboardingRequest(
                JsonBody.string(json, "template"),
                JsonBody.string(json, "id"),
                JsonBody.string(json, "name"),
                JsonBody.string(json, "adcode"),
                streets(json),
                Map.of(),
                new DistrictAdmin(
                        JsonBody.string(admin, "username"),
                        JsonBody.string(admin, "familyName"),
                        JsonBody.string(admin, "givenName"),
                        JsonBody.string(admin, "password")));
        String shard = JsonBody.string(json, "shard");
        ReformModel model = onboarding.onboard(request, shard, user.username());
        return Response.status(Response.Status.CREATED)
                .entity(new Created(
                        request.districtId(),
                        model.districtName(),
                        model.streets().size(),
                        onboarding.shardOf(request.districtId())))
                .build();
    }

    private static List<String> streets(JsonObject json) {
        List<String> streets = new ArrayList<>();
        if (json.get("streets") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s && !s.getString().isBlank()) {
                    streets.add(s.getString().strip());
                }
            }
        }
        return streets;
    }
}
