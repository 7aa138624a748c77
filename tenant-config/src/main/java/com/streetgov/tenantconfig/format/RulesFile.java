package com.streetgov.tenantconfig.format;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.platform.Json;
import com.streetgov.text.Text;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One version of a district's assessment rules as a {@code streetgov-assessment-rules/1} file: the
 * export, the import and the seed templates ({@code templates/<id>.rules.json}). Every key is written;
 * reading reports every error with its line and column (nothing is used from a file with errors) and
 * then the rules' own findings. {@code note} says where the values come from (what is to be confirmed).
 */
public final class RulesFile {

    public static final String FORMAT = "streetgov-assessment-rules/1";

    /** A version read from a file, with the file's note (null when it has none). */
    public record Read(AssessmentRules rules, String note) {}

    private RulesFile() {}

    public static String write(AssessmentRules rules, String note) {
        JsonArrayBuilder kinds = Json.createArrayBuilder();
        rules.exclusionKinds()
                .forEach(k -> kinds.add(
                        Json.createObjectBuilder().add("code", k.code()).add("name", k.name())));
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("version", rules.version())
                .add("effectiveFrom", rules.effectiveFrom().toString())
                .add("periodStartDay", rules.periodStartDay())
                .add("denominator", rules.denominator().name())
                .add("basicWeight", rules.basicWeight())
                .add(
                        "weights",
                        Json.createObjectBuilder()
                                .add("response", rules.weightResponse())
                                .add("resolution", rules.weightResolution())
                                .add("satisfaction", rules.weightSatisfaction()))
                .add("minValidVisits", rules.minValidVisits())
                .add("exclusionKinds", kinds)
                .add("note", note == null ? JsonValue.NULL : Json.createValue(note));
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            generator.write(root.build());
        }
        return out.toString().strip() + "\n";
    }

    public static Read read(String json) throws ModelFileException {
        JsonObject root = ModelFileReader.object(json);
        List<Node.ErrorAt> errors = new ArrayList<>();
        Node n = new Node(root, "", errors);
        n.onlyKeys(
                "format",
                "version",
                "effectiveFrom",
                "periodStartDay",
                "denominator",
                "basicWeight",
                "weights",
                "minValidVisits",
                "exclusionKinds",
                "note");
        String format = n.text("format", true);
        if (format != null && !format.equals(FORMAT)) {
            n.error(n.at("format"), Text.of("modelFile.unsupportedFormat", format, FORMAT));
        }
        String version = n.text("version", true);
        var effectiveFrom = n.date("effectiveFrom");
        if (!root.containsKey("effectiveFrom")) {
            n.error(n.at("effectiveFrom"), Text.of("modelFile.missingField", "effectiveFrom"));
        }
        Integer startDay = n.whole("periodStartDay");
        Denominator denominator = n.choice("denominator", Denominator.class, true);
        var basic = n.exact("basicWeight");
        Node weights = n.child("weights");
        weights.onlyKeys("response", "resolution", "satisfaction");
        var response = weights.exact("response");
        var resolution = weights.exact("resolution");
        var satisfaction = weights.exact("satisfaction");
        Integer min = n.whole("minValidVisits");
        List<ExclusionKind> kinds = n.objects("exclusionKinds", k -> {
            k.onlyKeys("code", "name");
            return new ExclusionKind(k.text("code", true), k.text("name", true));
        });
        String note = n.text("note", false);
        if (startDay == null) {
            n.error(n.at("periodStartDay"), Text.of("rulesFile.periodStartDayMissing"));
        }
        if (min == null) {
            n.error(n.at("minValidVisits"), Text.of("rulesFile.minValidVisitsMissing"));
        }
        if (errors.isEmpty()) {
            AssessmentRules rules = new AssessmentRules(
                    version,
                    effectiveFrom,
                    startDay,
                    denominator,
                    basic,
                    response,
                    resolution,
                    satisfaction,
                    min,
                    kinds);
            rules.findings().forEach(f -> n.error("", f.inDefaultLanguage()));
            if (errors.isEmpty()) {
                return new Read(rules, note);
            }
        }
        throw ModelFileReader.located(json, errors);
    }
}
