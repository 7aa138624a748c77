package com.streetgov.tenantconfig.format;

import com.streetgov.platform.Json;
import com.streetgov.reform.domain.DispatchedAgency;
import com.streetgov.reform.domain.LegacySection;
import com.streetgov.reform.domain.ModelRules;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StaffType;
import com.streetgov.reform.domain.StreetKind;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitCountLimit;
import com.streetgov.reform.domain.UnitKind;
import com.streetgov.reform.domain.VersionLevel;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.text.Text;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Reads a {@code streetgov-reform-model/1} file; any error rejects the whole file. */
public final class ModelFileReader {

    public static final String FORMAT = "streetgov-reform-model/1";

    private ModelFileReader() {}

    public static ReformModel read(String json) throws ModelFileException {
        List<Node.ErrorAt> errors = new ArrayList<>();
        ReformModel model = model(new Node(object(json), "", errors));
        if (!errors.isEmpty()) {
            throw located(json, errors);
        }
        return model;
    }

    /** The JSON object a file holds, or the error that it holds none. */
    static JsonObject object(String json) throws ModelFileException {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject o)) {
                throw new ModelFileException(List.of(new FileError(1, 1, "", Text.of("modelFile.notAnObject"))));
            }
            return o;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new ModelFileException(List.of(new FileError(
                    (int) at.getLineNumber(),
                    (int) at.getColumnNumber(),
                    "",
                    Text.of("modelFile.badJson", e.getMessage()))));
        } catch (jakarta.json.JsonException e) {
            throw new ModelFileException(
                    List.of(new FileError(1, 1, "", Text.of("modelFile.unreadable", e.getMessage()))));
        }
    }

    /** The errors collected while reading {@code json}, each with its line and column. */
    static ModelFileException located(String json, List<Node.ErrorAt> errors) {
        JsonLocations locations = new JsonLocations(json);
        return new ModelFileException(errors.stream()
                .map(e -> locations.error(e.pointer(), e.message()))
                .toList());
    }

    private static ReformModel model(Node root) {
        root.onlyKeys("format", "template", "district", "terminology", "streets", "rules", "versions");
        String format = root.text("format", true);
        if (format != null && !format.equals(FORMAT)) {
            root.error(root.at("format"), Text.of("modelFile.unsupportedFormat", format, FORMAT));
        }
        Node template = root.child("template");
        template.onlyKeys("id", "title", "sources");
        Node district = root.child("district");
        district.onlyKeys("name", "adcode");
        Node terminology = root.child("terminology");
        Map<UnitKind, String> terms = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            String term = terminology.text(kind.name(), true);
            if (term != null) {
                terms.put(kind, term);
            }
        }
        terminology.onlyKeys(names(UnitKind.values()));
        return new ReformModel(
                template.code("id"),
                template.text("title", true),
                template.texts("sources"),
                district.text("name", true),
                district.text("adcode", false),
                terms,
                root.objects("streets", ModelFileReader::street),
                rules(root.child("rules")),
                root.objects("versions", ModelFileReader::version));
    }

    private static StreetProfile street(Node n) {
        n.onlyKeys("code", "name", "kind", "zone", "population", "areaKm2", "communities", "tbc");
        return new StreetProfile(
                n.code("code"),
                n.text("name", true),
                n.choice("kind", StreetKind.class, true),
                n.text("zone", false),
                n.whole("population"),
                n.decimal("areaKm2"),
                n.whole("communities"),
                n.flag("tbc"));
    }

    private static ModelRules rules(Node n) {
        n.onlyKeys(
                "allowedUnitKinds", "unitCountLimits", "lockedKinds", "streetPlanDeadlineDays", "establishmentTotals");
        return new ModelRules(
                new HashSet<>(n.choices("allowedUnitKinds", UnitKind.class)),
                n.objects("unitCountLimits", ModelFileReader::limit),
                new HashSet<>(n.choices("lockedKinds", UnitKind.class)),
                n.whole("streetPlanDeadlineDays"),
                establishment(n.child("establishmentTotals")));
    }

    private static UnitCountLimit limit(Node n) {
        n.onlyKeys("label", "streetKind", "zone", "countedKinds", "min", "max");
        Integer min = n.whole("min");
        Integer max = n.whole("max");
        if (min != null && max != null && min > max) {
            n.error(n.at("min"), Text.of("modelFile.minAboveMax", min, max));
        }
        return new UnitCountLimit(
                n.text("label", true),
                n.choice("streetKind", StreetKind.class, false),
                n.text("zone", false),
                new HashSet<>(n.choices("countedKinds", UnitKind.class)),
                min,
                max);
    }

    /** Staff quotas; null (unknown) entries are left out. */
    private static Map<StaffType, Integer> establishment(Node n) {
        n.onlyKeys(names(StaffType.values()));
        Map<StaffType, Integer> quotas = new EnumMap<>(StaffType.class);
        for (StaffType type : StaffType.values()) {
            Integer quota = n.whole(type.name());
            if (quota != null) {
                quotas.put(type, quota);
            }
        }
        return quotas;
    }

    private static ModelVersion version(Node n) {
        n.onlyKeys(
                "code",
                "title",
                "level",
                "street",
                "scope",
                "status",
                "effectiveFrom",
                "legacySections",
                "units",
                "dispatchedAgencies");
        boolean all = n.isText("scope");
        if (all && !"ALL".equals(n.text("scope", true))) {
            n.error(n.at("scope"), Text.of("modelFile.badScope"));
        }
        VersionLevel level = n.choice("level", VersionLevel.class, true);
        String street = n.text("street", level == VersionLevel.STREET);
        return new ModelVersion(
                n.code("code"),
                n.text("title", true),
                level,
                street,
                all,
                all ? List.of() : n.texts("scope"),
                n.choice("status", VersionStatus.class, true),
                n.date("effectiveFrom"),
                n.objects("legacySections", ModelFileReader::legacySection),
                n.objects("units", ModelFileReader::unit),
                n.objects("dispatchedAgencies", ModelFileReader::agency));
    }

    private static LegacySection legacySection(Node n) {
        n.onlyKeys("code", "name", "plaque", "tbc");
        return new LegacySection(n.text("code", true), n.text("name", true), n.flag("plaque"), n.flag("tbc"));
    }

    private static Unit unit(Node n) {
        n.onlyKeys(
                "code",
                "name",
                "kind",
                "publicInstitution",
                "headConcurrentByStreetLeader",
                "generalAffairsPost",
                "plaques",
                "legacySections",
                "establishment",
                "leadershipPosts",
                "note",
                "tbc");
        return new Unit(
                n.code("code"),
                n.text("name", true),
                n.choice("kind", UnitKind.class, true),
                n.flag("publicInstitution"),
                n.flag("headConcurrentByStreetLeader"),
                n.flag("generalAffairsPost"),
                n.texts("plaques"),
                n.texts("legacySections"),
                establishment(n.child("establishment")),
                n.whole("leadershipPosts"),
                n.text("note", false),
                n.flag("tbc"));
    }

    private static DispatchedAgency agency(Node n) {
        n.onlyKeys("name", "sunkInto", "businessGuidance");
        return new DispatchedAgency(n.text("name", true), n.text("sunkInto", true), n.text("businessGuidance", false));
    }

    private static String[] names(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }
}
