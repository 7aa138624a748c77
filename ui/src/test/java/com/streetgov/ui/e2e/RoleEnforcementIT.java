package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role matrix is enforced in core, whatever the screens show: through the REST API, street staff
 * cannot post the resident's rating and the vendor cannot read a district's matter without a logged
 * reason (DD023). RoleMatrixTest covers every operation; this proves the interceptor runs in Payara.
 */
@ExtendWith(StackExtension.class)
class RoleEnforcementIT {

    final ApiClient api;

    RoleEnforcementIT(RunningStack stack) {
        this.api = new ApiClient(stack);
    }

    @Test
    void street_staff_cannot_post_the_residents_rating_and_nothing_is_written() throws Exception {
        String staff = api.token("xicheng-staff");
        HttpResponse<String> created =
                api.post("/api/matters", staff, MatterApiIT.dibao(), "role-" + UUID.randomUUID());
        assertEquals(201, created.statusCode(), created.body());
        String number = ((JsonObject) ApiClient.parse(created.body())).getString("number");

        HttpResponse<String> rated =
                api.post("/api/matters/" + number + "/rating", staff, "{\"rating\":\"SATISFIED\"}", null);
        assertEquals(403, rated.statusCode(), rated.body());
        assertTrue(rated.body().contains("当前角色无权执行"), rated.body());

        JsonObject read = (JsonObject)
                ApiClient.parse(api.get("/api/matters/" + number, staff).body());
        assertFalse(read.containsKey("rating") && !read.isNull("rating"), "no rating was written: " + read);
        assertTrue(
                read.getJsonArray("events").stream()
                        .noneMatch(e -> e.asJsonObject().getString("type").equals("RATED")),
                read.toString());
    }

    @Test
    void the_vendor_reads_no_district_matter_through_the_api() throws Exception {
        String staff = api.token("luohu-staff");
        HttpResponse<String> created = api.post(
                "/api/matters",
                staff,
                "{\"title\":\"路灯不亮\",\"description\":\"小区门口路灯坏了\",\"street\":\"nanhu\"}",
                "role-" + UUID.randomUUID());
        assertTrue(created.statusCode() == 201, created.body());
        String number = ((JsonObject) ApiClient.parse(created.body())).getString("number");

        HttpResponse<String> vendor = api.get("/api/matters/" + number, api.token("vendor"));
        assertEquals(403, vendor.statusCode(), vendor.body());
        assertFalse(vendor.body().contains("路灯"), vendor.body());
    }
}
