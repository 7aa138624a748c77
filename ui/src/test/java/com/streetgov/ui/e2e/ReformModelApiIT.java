package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Export → import of a district's reform model over REST, and a bad file that changes nothing. */
@ExtendWith(StackExtension.class)
class ReformModelApiIT {

    final ApiClient api;

    ReformModelApiIT(RunningStack stack) {
        this.api = new ApiClient(stack);
    }

    @Test
    void export_then_import_gives_the_identical_model() throws Exception {
        String admin = api.token("xicheng-admin");
        HttpResponse<String> exported = api.get("/api/reform-model", admin);
        assertEquals(200, exported.statusCode());
        assertTrue(exported.body().contains("1委7办3中心1队") || exported.body().contains("西城区"), exported.body());

        HttpResponse<String> imported = api.put("/api/reform-model?reason=round-trip", admin, exported.body());
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(exported.body(), api.get("/api/reform-model", admin).body());
    }

    @Test
    void a_bad_file_is_rejected_whole_with_pointed_errors_and_nothing_changes() throws Exception {
        String admin = api.token("dongcheng-admin");
        String before = api.get("/api/reform-model", admin).body();
        String bad = before.replaceFirst("\"kind\": \"DEPARTMENT\"", "\"kind\": \"BUREAU\"")
                .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"被改掉的标题\"");

        HttpResponse<String> refused = api.put("/api/reform-model", admin, bad);
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject body = (JsonObject) ApiClient.parse(refused.body());
        JsonObject error = body.getJsonArray("errors").getJsonObject(0);
        assertTrue(error.getString("pointer").matches("/versions/\\d+/units/\\d+/kind"), error.toString());
        assertTrue(error.getInt("line") > 1, error.toString());
        assertTrue(error.getString("message").contains("BUREAU"), error.toString());

        assertEquals(before, api.get("/api/reform-model", admin).body(), "nothing was imported");
    }

    @Test
    void a_file_that_breaks_the_rules_is_refused_and_nothing_changes() throws Exception {
        String admin = api.token("chenghua-admin");
        String before = api.get("/api/reform-model", admin).body();
        String duplicate = before.replaceFirst("\"name\": \"公共服务中心\"", "\"name\": \"文化活动中心\"");
        HttpResponse<String> refused = api.put("/api/reform-model", admin, duplicate);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("单位名称“文化活动中心”重复"), refused.body());
        assertEquals(before, api.get("/api/reform-model", admin).body());
    }

    @Test
    void street_staff_may_export_but_not_import() throws Exception {
        String staff = api.token("luohu-staff");
        HttpResponse<String> exported = api.get("/api/reform-model", staff);
        assertEquals(200, exported.statusCode());
        assertEquals(403, api.put("/api/reform-model", staff, exported.body()).statusCode());
    }
}
