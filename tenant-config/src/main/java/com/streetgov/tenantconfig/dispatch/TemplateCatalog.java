package com.streetgov.tenantconfig.dispatch;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.platform.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a seed template's dispatch catalog: the common types with the template's targets, then the
 * template's own types. A type without a target in the template, or a target for no type, is an
 * error of the template (the catalog would silently lose or invent a type).
 */
public final class TemplateCatalog {

    private static final String BASE = "/com/streetgov/tenantconfig/templates/";
    static final String TYPES_FORMAT = "streetgov-dispatch-types/1";
    static final String CATALOG_FORMAT = "streetgov-dispatch-catalog/1";

    private TemplateCatalog() {}

    /** Whether the template ships a catalog. */
    public static boolean exists(String templateId) {
        return TemplateCatalog.class.getResource(BASE + templateId + ".catalog.json") != null;
    }

    public static DispatchCatalog load(String templateId) {
        JsonObject common = read(BASE + "dispatch-types-cn.json", TYPES_FORMAT);
        JsonObject district = read(BASE + templateId + ".catalog.json", CATALOG_FORMAT);
        JsonObject targets = district.getJsonObject("targets");
        List<DispatchType> types = new ArrayList<>();
        List<JsonObject> all = new ArrayList<>(objects(common.getJsonArray("types")));
        all.addAll(objects(district.getJsonArray("types")));
        for (JsonObject t : all) {
            String code = t.getString("code");
            JsonObject target = targets.getJsonObject(code);
            if (target == null) {
                throw new IllegalStateException(templateId + ".catalog.json: no target for type " + code);
            }
            types.add(new DispatchType(
                    code,
                    t.getString("name"),
                    t.getString("category", "OTHER"),
                    strings(t.getJsonArray("synonyms")),
                    strings(t.getJsonArray("examples")),
                    new DispatchTarget(
                            DispatchTarget.Kind.valueOf(target.getString("kind")),
                            target.isNull("ref") ? null : target.getString("ref", null)),
                    target.getString("basis", "inferred")));
        }
        if (targets.size() != types.size()) {
            List<String> known = types.stream().map(DispatchType::code).toList();
            List<String> stray =
                    targets.keySet().stream().filter(k -> !known.contains(k)).toList();
            throw new IllegalStateException(templateId + ".catalog.json: targets for no type " + stray);
        }
        List<Department> departments = objects(district.getJsonArray("departments")).stream()
                .map(d -> new Department(
                        d.getString("code"),
                        d.getString("name"),
                        strings(d.getJsonArray("synonyms")),
                        d.getString("basis", "inferred")))
                .toList();
        return new DispatchCatalog(departments, types);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonArray array) {
        if (array == null) {
            return List.of();
        }
        return array.stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    private static JsonObject read(String resource, String format) {
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no template resource " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject doc = reader.readObject();
                if (!format.equals(doc.getString("format", ""))) {
                    throw new IllegalStateException(resource + ": format is not " + format);
                }
                return doc;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
