package com.streetgov.assessment.infrastructure;

import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.platform.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

/** The exclusion kinds of a rules version as stored: {@code [{"code":"EMERGENCY","name":"…"}, …]}. */
final class ExclusionKindsJson {

    private ExclusionKindsJson() {}

    static String write(List<ExclusionKind> kinds) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        kinds.forEach(
                k -> array.add(Json.createObjectBuilder().add("code", k.code()).add("name", k.name())));
        return array.build().toString();
    }

    static List<ExclusionKind> read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(o -> new ExclusionKind(o.getString("code"), o.getString("name")))
                    .toList();
        }
    }
}
