package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.Period;
import com.streetgov.matter.application.MatterClock;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/results} on the running stack's demo year: Xicheng's latest period is 91.40 / 95.57,
 * every street's 解决率 and valid visits equal a plain-SQL recount from the raw visit rows (the
 * figures come from V16's per-day counts, the recount does not), the streets add up to the district,
 * the trend ends with the same period, and the caller's district bounds what is answered.
 */
@ExtendWith(StackExtension.class)
class ResultsApiIT {

    final ApiClient api;

    ResultsApiIT(RunningStack stack) {
        this.api = new ApiClient(stack);
    }

    @Test
    void xicheng_latest_period_and_every_street_equal_a_recount_of_the_raw_rows() throws Exception {
        HttpResponse<String> answer = api.get("/api/results", api.token("xicheng-admin"));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject body = (JsonObject) ApiClient.parse(answer.body());
        JsonObject district = body.getJsonObject("district");
        assertEquals(
                new BigDecimal("91.40"), district.getJsonNumber("resolution").bigDecimalValue());
        assertEquals(
                new BigDecimal("95.57"), district.getJsonNumber("satisfaction").bigDecimalValue());

        // No standby in this stack (DD040; the fault test has one): read from the primary, no lag.
        JsonObject readFrom = body.getJsonObject("readFrom");
        assertEquals("primary", readFrom.getString("source"));
        assertEquals("primary", readFrom.getString("standby"));
        assertTrue(readFrom.isNull("lagMillis"));

        Period latest = Period.containing(LocalDate.now(MatterClock.ZONE), 19).previous(19);
        assertEquals(latest.month().toString(), body.getJsonObject("period").getString("month"));
        Map<String, long[]> recount = recountStreets(latest);
        JsonArray streets = body.getJsonArray("streets");
        assertEquals(15, streets.size());
        assertEquals(recount.keySet().size(), streets.size());
        long valid = 0;
        for (JsonValue s : streets) {
            JsonObject street = s.asJsonObject();
            long[] counts = recount.get(street.getString("street"));
            assertEquals(counts[0], street.getJsonNumber("valid").longValue(), street.toString());
            assertEquals(
                    BigDecimal.valueOf(counts[1])
                            .multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(counts[0]), 2, RoundingMode.HALF_UP),
                    street.getJsonNumber("resolution").bigDecimalValue(),
                    street.toString());
            valid += counts[0];
        }
        assertEquals(valid, district.getJsonNumber("valid").longValue(), "the streets add up to the district");

        JsonArray trend = body.getJsonArray("trend");
        assertEquals(12, trend.size());
        JsonObject last = trend.getJsonObject(11);
        assertEquals(latest.month().toString(), last.getString("month"));
        assertEquals(district.getJsonNumber("resolution"), last.getJsonNumber("resolution"));
        assertEquals(
                body.getJsonObject("before").getJsonNumber("resolution"),
                trend.getJsonObject(10).getJsonNumber("resolution"));
        assertFalse(body.getJsonArray("hotspots").isEmpty());
        assertFalse(answer.body().contains("\"number\""), "counts only, no case contents");
    }

    @Test
    void a_named_period_is_answered_and_a_bad_one_names_the_field() throws Exception {
        String staff = api.token("xicheng-staff");
        Period before = Period.containing(LocalDate.now(MatterClock.ZONE), 19)
                .previous(19)
                .previous(19);
        HttpResponse<String> named = api.get("/api/results?period=" + before.month(), staff);
        assertEquals(200, named.statusCode(), named.body());
        JsonObject period = ((JsonObject) ApiClient.parse(named.body())).getJsonObject("period");
        assertEquals(before.start().toString(), period.getString("from"));
        assertEquals(before.end().minusDays(1).toString(), period.getString("to"));

        for (String bad : new String[] {"2026-13", "abc", "1999-12", "2026-1%27"}) {
            HttpResponse<String> refused = api.get("/api/results?period=" + bad, staff);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(refused.body().contains("period"), refused.body());
            assertFalse(refused.body().contains("Exception"), refused.body());
        }
    }

    @Test
    void each_district_sees_its_own_figures_and_the_vendor_none() throws Exception {
        String admin = api.token("luohu-admin");
        HttpResponse<String> luohu = api.get("/api/results", admin);
        assertEquals(200, luohu.statusCode(), luohu.body());
        Set<String> ranked = new TreeSet<>();
        for (JsonValue s : ((JsonObject) ApiClient.parse(luohu.body())).getJsonArray("streets")) {
            ranked.add(s.asJsonObject().getString("name"));
        }
        Set<String> own = new TreeSet<>();
        for (JsonValue s :
                (JsonArray) ApiClient.parse(api.get("/api/streets", admin).body())) {
            own.add(s.asJsonObject().getString("name"));
        }
        assertEquals(10, own.size(), "Luohu's ten streets");
        assertEquals(own, ranked, "Luohu's answer ranks Luohu's streets (by name) and no other district's");

        HttpResponse<String> vendor = api.get("/api/results", api.token("vendor"));
        assertEquals(403, vendor.statusCode(), vendor.body());
        assertEquals(401, api.get("/api/results", null).statusCode());
    }

    /** Per street: valid visits and resolved among them, matters received in the period, exclusions out. */
    static Map<String, long[]> recountStreets(Period period) throws Exception {
        String sql = "select m.street, count(*) filter (where v.reached),"
                + " count(*) filter (where v.reached and v.resolved)"
                + " from return_visit v join matter m on m.district_id = v.district_id and m.number = v.matter_number"
                + " where v.district_id = 'xicheng' and v.state = 'DONE' and m.received_at >= ? and m.received_at < ?"
                + " and not exists (select 1 from matter_exclusion x where x.district_id = v.district_id"
                + " and x.matter_number = v.matter_number and x.state = 'APPROVED') group by m.street";
        Map<String, long[]> streets = new HashMap<>();
        try (Connection c = Open311TrustIT.database("xicheng");
                PreparedStatement q = c.prepareStatement(sql)) {
            q.setTimestamp(1, Timestamp.valueOf(period.start().atStartOfDay()));
            q.setTimestamp(2, Timestamp.valueOf(period.end().atStartOfDay()));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    streets.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
                }
            }
        }
        return streets;
    }
}
