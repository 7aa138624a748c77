package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API with real Keycloak tokens (password grant through the public test client). */
@ExtendWith(StackExtension.class)
class ApiSecurityIT {

    final ApiClient api;

    ApiSecurityIT(RunningStack stack) {
        this.api = new ApiClient(stack);
    }

    String token(String username) throws Exception {
        return api.token(username);
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return api.get(path, token);
    }

    static JsonStructure parse(String json) {
        return ApiClient.parse(json);
    }

    @Test
    void no_token_is_401_not_a_login_redirect() throws Exception {
        HttpResponse<String> response = get("/api/streets", null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void a_forged_token_is_401() throws Exception {
        String forged = token("luohu-staff").replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl");
        assertEquals(401, get("/api/me", forged).statusCode());
    }

    @Test
    void the_token_decides_who_and_which_district() throws Exception {
        HttpResponse<String> response = get("/api/me", token("luohu-staff"));
        assertEquals(200, response.statusCode());
        JsonObject me = (JsonObject) parse(response.body());
        assertEquals("luohu", me.getString("district"));
        assertEquals("南湖街道", me.getString("street"));
    }

    @Test
    void luohu_street_staff_gets_no_xicheng_data() throws Exception {
        String luohu = token("luohu-staff");
        JsonArray xichengStreets =
                (JsonArray) parse(get("/api/streets", token("xicheng-admin")).body());
        String xichengStreetId = xichengStreets.getJsonObject(0).getString("id");

        HttpResponse<String> district = get("/api/districts/xicheng", luohu);
        assertEquals(403, district.statusCode());
        assertFalse(district.body().contains("西城区"));

        HttpResponse<String> street = get("/api/streets/" + xichengStreetId, luohu);
        assertEquals(404, street.statusCode());
        assertFalse(street.body().contains(xichengStreetId));

        JsonArray own = (JsonArray) parse(get("/api/streets", luohu).body());
        assertEquals(10, own.size(), "罗湖区 has 10 streets (5 named by the sources, 5 to be confirmed)");
        assertTrue(own.stream().noneMatch(s -> s.asJsonObject().getString("id").equals(xichengStreetId)));
    }

    @Test
    void only_the_vendor_lists_every_district() throws Exception {
        assertEquals(403, get("/api/districts", token("xicheng-admin")).statusCode());
        JsonArray all = (JsonArray) parse(get("/api/districts", token("vendor")).body());
        assertEquals(4, all.size());
    }
}
