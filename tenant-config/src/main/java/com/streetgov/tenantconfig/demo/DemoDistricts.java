package com.streetgov.tenantconfig.demo;

import com.streetgov.organisation.application.DistrictProvisioning.DistrictSpec;
import com.streetgov.platform.Json;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenantconfig.format.Templates;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads {@code districts.json}: the demo districts, each with its template's streets. Streets not
 * named by the sources carry the "待确认" (to be confirmed) marker instead of an invented name.
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

    /** A demo district's streets are those of its template, so the street list and the model agree. */
    private static DistrictSpec toSpec(JsonObject d) {
        String id = d.getString("id");
        List<String> streets =
                Templates.load(id).streets().stream().map(StreetProfile::name).toList();
        return new DistrictSpec(id, d.getString("name"), d.getString("adcode"), streets);
    }
}
