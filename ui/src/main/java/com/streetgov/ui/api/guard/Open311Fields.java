package com.streetgov.ui.api.guard;

import java.util.Map;

/** The GeoReport v2 parameter an Open311 client sent for each field of a matter's submission. */
final class Open311Fields {

    private static final Map<String, String> NAMES = Map.of(
            "title", "description",
            "description", "description",
            "address", "address_string",
            "street", "attribute[street]",
            "category", "service_code",
            "residentName", "first_name/last_name",
            "residentPhone", "phone");

    private Open311Fields() {}

    static String name(String field) {
        return NAMES.getOrDefault(field, field);
    }
}
