package com.streetgov.tenantconfig.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.organisation.application.DistrictProvisioning.DistrictSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The demo districts and the Keycloak realm describe the same organizations and streets. */
class DemoDistrictsTest {

    @Test
    void demo_districts_are_the_four_seed_districts() {
        List<String> names =
                DemoDistricts.load().stream().map(DistrictSpec::name).toList();
        assertEquals(List.of("罗湖区", "西城区", "东城区", "成华区"), names);
    }

    @Test
    void every_demo_district_is_a_keycloak_organization_with_the_same_name_and_streets() throws Exception {
        Map<String, List<String>> fromRealm = new TreeMap<>();
        Map<String, String> realmNames = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(Path.of("../ops/keycloak/realm-streetgov.json"))) {
            JsonObject realm = Json.createReader(in).readObject();
            for (JsonValue value : realm.getJsonArray("organizations")) {
                JsonObject org = value.asJsonObject();
                realmNames.put(org.getString("alias"), org.getString("name"));
                fromRealm.put(
                        org.getString("alias"),
                        org.getJsonArray("groups").stream()
                                .map(g -> g.asJsonObject().getString("name"))
                                .toList());
            }
        }
        Map<String, List<String>> fromDemo = new TreeMap<>();
        Map<String, String> demoNames = new TreeMap<>();
        for (DistrictSpec spec : DemoDistricts.load()) {
            fromDemo.put(spec.id(), spec.streets());
            demoNames.put(spec.id(), spec.name());
        }
        assertEquals(realmNames, demoNames);
        assertEquals(fromRealm, fromDemo);
    }
}
