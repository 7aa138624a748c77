package com.streetgov.tenantconfig.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void demo_streets_carry_their_real_names_and_none_is_a_placeholder() {
        Map<String, List<String>> streets = new TreeMap<>();
        for (DistrictSpec spec : DemoDistricts.load()) {
            streets.put(spec.id(), spec.streets());
            for (String street : spec.streets()) {
                assertTrue(street.endsWith("街道") && !street.contains("待确认"), spec.id() + ": " + street);
            }
        }
        assertEquals(
                List.of(
                                "西长安街", "新街口", "月坛", "展览路", "德胜", "金融街", "什刹海", "大栅栏", "天桥", "椿树", "陶然亭", "广安门内", "牛街",
                                "白纸坊", "广安门外")
                        .stream()
                        .map(s -> s + "街道")
                        .toList(),
                streets.get("xicheng"));
        assertEquals(
                Map.of("luohu", 10, "xicheng", 15, "dongcheng", 17, "chenghua", 14),
                Map.of(
                        "luohu", streets.get("luohu").size(),
                        "xicheng", streets.get("xicheng").size(),
                        "dongcheng", streets.get("dongcheng").size(),
                        "chenghua", streets.get("chenghua").size()));
        assertTrue(streets.get("dongcheng").containsAll(List.of("东华门街道", "前门街道", "永定门外街道")));
        assertTrue(streets.get("luohu").containsAll(List.of("东门街道", "翠竹街道", "笋岗街道", "东湖街道", "东晓街道")));
        assertTrue(streets.get("chenghua").containsAll(List.of("猛追湾街道", "建设路街道", "圣灯街道", "龙潭街道")));
    }
}
