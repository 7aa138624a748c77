package com.streetgov.tenantconfig.demo;

import com.streetgov.organisation.application.DistrictProvisioning.DistrictSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads {@code districts.json}: the demo districts. Streets not named by the sources carry the
 * "待确认" (to be confirmed) marker instead of an invented name.
 */
public final class DemoDistricts {

    private DemoDistricts() {}

    public static List<DistrictSpec> load() {
        try (InputStream in = DemoDistricts.class.getResourceAsStream("districts.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("districts").stream()
                    .map(JsonObject.class::cast)
                    .map(DemoDistricts::toSpec)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DistrictSpec toSpec(JsonObject d) {
        List<String> streets = d.getJsonArray("streets").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        return new DistrictSpec(d.getString("id"), d.getString("name"), d.getString("adcode"), streets);
    }
}
