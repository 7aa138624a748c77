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
 * reason (DD023). RoleMatrixTest covers every operation; this proves the interceptor runs in Payara,
 * and that its refusal is said in the language the client's Accept-Language asks for.
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

        // The same refusal in the language the client asks for; Simplified Chinese when it names none we speak.
        String rating = "/api/matters/" + number + "/rating";
        HttpResponse<String> english = api.post(rating, staff, "{\"rating\":\"SATISFIED\"}", null, "en-US,en;q=0.9");
        assertEquals(403, english.statusCode(), english.body());
        String message = ((JsonObject) ApiClient.parse(english.body())).getString("message");
        assertTrue(message.startsWith("The current role may not run “") && message.endsWith(".rate”"), message);
        HttpResponse<String> traditional = api.post(rating, staff, "{\"rating\":\"SATISFIED\"}", null, "zh-Hant");
        assertEquals(403, traditional.statusCode(), traditional.body());
        assertTrue(traditional.body().contains("當前角色無權執行"), traditional.body());
        HttpResponse<String> french = api.post(rating, staff, "{\"rating\":\"SATISFIED\"}", null, "fr-FR");
        assertEquals(403, french.statusCode(), french.body());
        assertTrue(french.body().contains("当前角色无权执行"), french.body());

        JsonObject read = (JsonObject)
                ApiClient.parse(api.get("/api/matters/" + number, staff).body());
        assertFalse(read.containsKey("rating") && !read.isNull("rating"), "no rating was written: " + read);
        assertTrue(
                read.getJsonArray("events").stream()
                        .noneMatch(e -> e.asJsonObject().getString("type").equals("RATED")),
                read.toString());
    }

    @Test
    void the_resident_rates_through_open311_with_the_id_they_were_given_and_only_with_it() throws Exception {
        HttpResponse<String> created = api.postForm(
                "/api/open311/v2/requests.json",
                "jurisdiction_id=xicheng&api_key=demo-open311-xicheng&service_code=XC-MS-004"
                        + "&description=%E8%B7%AF%E7%81%AF%E5%9D%8F%E4%BA%86&attribute%5Bstreet%5D=street-2");
        assertEquals(201, created.statusCode(), created.body());
        String id = Open311TrustIT.requestId(created);

        // The residents' channel reaches the domain's rule (not refused by role): no rating before an answer.
        HttpResponse<String> early = rate(id, "xicheng", "SATISFIED");
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(early.body().contains("尚未答复"), early.body());
        HttpResponse<String> longComment = api.postForm(
                "/api/open311/v2/requests/" + Open311TrustIT.enc(id) + "/rating.json",
                "jurisdiction_id=xicheng&rating=SATISFIED&comment=" + "x".repeat(501));
        assertEquals(422, longComment.statusCode(), longComment.body());
        assertTrue(longComment.body().contains("comment（评价意见）不能超过 500 个字符"), longComment.body());

        HttpResponse<String> unknown = rate(Open311TrustIT.guessedId(), "xicheng", "SATISFIED");
        HttpResponse<String> otherDistrict = rate(id, "luohu", "SATISFIED");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(unknown.body(), otherDistrict.body(), "another district's id answers like an unknown one");
        assertEquals(400, rate(id, "xicheng", "GREAT").statusCode());
    }

    HttpResponse<String> rate(String id, String district, String rating) throws Exception {
        return api.postForm(
                "/api/open311/v2/requests/" + Open311TrustIT.enc(id) + "/rating.json",
                "jurisdiction_id=" + district + "&rating=" + rating);
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
