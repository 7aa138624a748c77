package com.streetgov.tenantconfig.format;

import com.streetgov.platform.Json;
import com.streetgov.reform.domain.DispatchedAgency;
import com.streetgov.reform.domain.LegacySection;
import com.streetgov.reform.domain.ModelRules;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StaffType;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitCountLimit;
import com.streetgov.reform.domain.UnitKind;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a model in the file format, every key present (null where unknown) and in a stable order,
 * so that reading the output gives the same model back.
 */
public final class ModelFileWriter {

    private ModelFileWriter() {}

    public static String write(ReformModel model) {
        JsonObject root = Json.createObjectBuilder()
                .add("format", ModelFileReader.FORMAT)
                .add(
                        "template",
                        Json.createObjectBuilder()
                                .add("id", model.templateId())
                                .add("title", model.title())
                                .add("sources", strings(model.sources())))
                .add(
                        "district",
                        Json.createObjectBuilder()
                                .add("name", model.districtName())
                                .add("adcode", text(model.adcode())))
                .add("terminology", terminology(model.terminology()))
                .add("streets", array(model.streets(), ModelFileWriter::street))
                .add("rules", rules(model.rules()))
                .add("versions", array(model.versions(), ModelFileWriter::version))
                .build();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            generator.write(root);
        }
        return out.toString().strip() + "\n";
    }

    private static JsonObjectBuilder terminology(Map<UnitKind, String> terms) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (UnitKind kind : UnitKind.values()) {
            b.add(kind.name(), text(terms.get(kind)));
        }
        return b;
    }

    private static JsonObjectBuilder street(StreetProfile s) {
        return Json.createObjectBuilder()
                .add("code", s.code())
                .add("name", s.name())
                .add("kind", s.kind().name())
                .add("zone", text(s.zone()))
                .add("population", number(s.population()))
                .add("areaKm2", s.areaKm2() == null ? JsonValue.NULL : Json.createValue(s.areaKm2()))
                .add("communities", number(s.communities()))
                .add("tbc", s.tbc());
    }

    private static JsonObjectBuilder rules(ModelRules r) {
        return Json.createObjectBuilder()
                .add("allowedUnitKinds", kinds(r.allowedUnitKinds()))
                .add("unitCountLimits", array(r.unitCountLimits(), ModelFileWriter::limit))
                .add("lockedKinds", kinds(r.lockedKinds()))
                .add("streetPlanDeadlineDays", number(r.streetPlanDeadlineDays()))
                .add("establishmentTotals", establishment(r.establishmentTotals()));
    }

    private static JsonObjectBuilder limit(UnitCountLimit l) {
        return Json.createObjectBuilder()
                .add("label", l.label())
                .add(
                        "streetKind",
                        l.streetKind() == null
                                ? JsonValue.NULL
                                : Json.createValue(l.streetKind().name()))
                .add("zone", text(l.zone()))
                .add("countedKinds", kinds(l.countedKinds()))
                .add("min", number(l.min()))
                .add("max", number(l.max()));
    }

    private static JsonObjectBuilder version(ModelVersion v) {
        return Json.createObjectBuilder()
                .add("code", v.code())
                .add("title", v.title())
                .add("level", v.level().name())
                .add("street", text(v.street()))
                .add(
                        "scope",
                        v.allStreets()
                                ? Json.createValue("ALL")
                                : strings(v.scope()).build())
                .add("status", v.status().name())
                .add(
                        "effectiveFrom",
                        v.effectiveFrom() == null
                                ? JsonValue.NULL
                                : Json.createValue(v.effectiveFrom().toString()))
                .add("legacySections", array(v.legacySections(), ModelFileWriter::legacySection))
                .add("units", array(v.units(), ModelFileWriter::unit))
                .add("dispatchedAgencies", array(v.dispatchedAgencies(), ModelFileWriter::agency));
    }

    private static JsonObjectBuilder legacySection(LegacySection l) {
        return Json.createObjectBuilder()
                .add("code", l.code())
                .add("name", l.name())
                .add("plaque", l.plaque())
                .add("tbc", l.tbc());
    }

    private static JsonObjectBuilder unit(Unit u) {
        return Json.createObjectBuilder()
                .add("code", u.code())
                .add("name", u.name())
                .add("kind", u.kind().name())
                .add("publicInstitution", u.publicInstitution())
                .add("headConcurrentByStreetLeader", u.headConcurrentByStreetLeader())
                .add("generalAffairsPost", u.generalAffairsPost())
                .add("plaques", strings(u.plaques()))
                .add("legacySections", strings(u.legacySections()))
                .add("establishment", establishment(u.establishment()))
                .add("leadershipPosts", number(u.leadershipPosts()))
                .add("note", text(u.note()))
                .add("tbc", u.tbc());
    }

    private static JsonObjectBuilder agency(DispatchedAgency a) {
        return Json.createObjectBuilder()
                .add("name", a.name())
                .add("sunkInto", a.sunkInto())
                .add("businessGuidance", text(a.businessGuidance()));
    }

    private static JsonObjectBuilder establishment(Map<StaffType, Integer> quotas) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (StaffType type : StaffType.values()) {
            b.add(type.name(), number(quotas.get(type)));
        }
        return b;
    }

    private static JsonArrayBuilder kinds(Collection<UnitKind> kinds) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        kinds.stream().sorted().forEach(k -> b.add(k.name()));
        return b;
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> write) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        items.forEach(item -> b.add(write.apply(item)));
        return b;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        values.forEach(b::add);
        return b;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue number(Integer value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
