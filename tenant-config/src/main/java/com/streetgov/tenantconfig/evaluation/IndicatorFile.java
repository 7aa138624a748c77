package com.streetgov.tenantconfig.evaluation;

import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import com.streetgov.evaluation.domain.IndicatorSource.AssessorScore;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.evaluation.domain.IndicatorSystem;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.QuestionRef;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.platform.Json;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An indicator system and its questionnaires as a JSON file. A node is {@code {code, name, weight,
 * confirmed?, subject?, children | source}}; a source is {@code {"figure": MEASURE, "deduction"?}},
 * {@code {"questions": ["questionnaire/question", …]}} or {@code {"assessor": true}}. A form error is
 * refused naming where it is (a JSON pointer) and what is wrong.
 */
public final class IndicatorFile {

    public static final String FORMAT = "streetgov-indicators/1";

    private IndicatorFile() {}

    public static EvaluationModel read(String json) throws RefusedException {
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RefusedException(Text.of("evaluation.file.unreadable"));
        }
        try {
            if (!FORMAT.equals(root.getString("format", null))) {
                throw new RefusedException(Text.of("evaluation.file.format", FORMAT));
            }
            List<Questionnaire> questionnaires = new ArrayList<>();
            JsonArray qs = root.getJsonArray("questionnaires");
            for (int i = 0; qs != null && i < qs.size(); i++) {
                questionnaires.add(questionnaire(qs.getJsonObject(i), "/questionnaires/" + i));
            }
            List<Indicator> categories = nodes(array(root, "indicators", ""), "/indicators");
            IndicatorSystem system = new IndicatorSystem(
                    string(root, "version", ""), string(root, "name", ""), date(root, "effectiveFrom"), categories);
            return new EvaluationModel(system, questionnaires, root.getString("note", ""));
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new RefusedException(Text.of("evaluation.file.shape"));
        }
    }

    public static String write(EvaluationModel file) {
        JsonArrayBuilder qs = Json.createArrayBuilder();
        file.questionnaires().forEach(q -> qs.add(questionnaire(q)));
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("version", file.system().version())
                .add("name", file.system().name());
        if (file.system().effectiveFrom() != null) {
            root.add("effectiveFrom", file.system().effectiveFrom().toString());
        }
        root.add("note", file.note() == null ? "" : file.note())
                .add("questionnaires", qs)
                .add("indicators", nodes(file.system().categories()));
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString().strip() + "\n";
    }

    private static List<Indicator> nodes(JsonArray array, String path) throws RefusedException {
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(node(array.getJsonObject(i), path + "/" + i));
        }
        return out;
    }

    private static Indicator node(JsonObject o, String path) throws RefusedException {
        BigDecimal weight;
        try {
            weight = new BigDecimal(string(o, "weight", path));
        } catch (NumberFormatException e) {
            throw new RefusedException(Text.of("evaluation.file.field", path, "weight"));
        }
        List<Indicator> children =
                o.containsKey("children") ? nodes(o.getJsonArray("children"), path + "/children") : List.of();
        Indicator.Subject subject = o.containsKey("subject") ? Indicator.Subject.valueOf(o.getString("subject")) : null;
        return new Indicator(
                string(o, "code", path),
                string(o, "name", path),
                weight,
                subject,
                o.containsKey("source") ? source(o.getJsonObject("source"), path + "/source") : null,
                o.getBoolean("confirmed", true),
                children);
    }

    private static IndicatorSource source(JsonObject o, String path) throws RefusedException {
        if (o.containsKey("figure")) {
            Measure measure = Measure.valueOf(o.getString("figure"));
            return new SystemFigure(
                    measure, o.containsKey("deduction") ? new BigDecimal(o.getString("deduction")) : null);
        }
        if (o.containsKey("questions")) {
            return new Answers(o.getJsonArray("questions").getValuesAs(JsonString.class).stream()
                    .map(s -> QuestionRef.parse(s.getString()))
                    .toList());
        }
        if (o.getBoolean("assessor", false)) {
            return new AssessorScore();
        }
        throw new RefusedException(Text.of("evaluation.file.field", path, "figure | questions | assessor"));
    }

    private static Questionnaire questionnaire(JsonObject o, String path) throws RefusedException {
        List<Question> questions = new ArrayList<>();
        JsonArray array = array(o, "questions", path);
        for (int i = 0; i < array.size(); i++) {
            JsonObject q = array.getJsonObject(i);
            List<Question.Option> options = new ArrayList<>();
            for (JsonValue v :
                    q.getJsonArray("options") == null ? JsonValue.EMPTY_JSON_ARRAY : q.getJsonArray("options")) {
                JsonObject opt = v.asJsonObject();
                options.add(new Question.Option(
                        opt.getString("code"), opt.getString("text", ""), new BigDecimal(opt.getString("score"))));
            }
            questions.add(new Question(
                    string(q, "code", path + "/questions/" + i),
                    Question.Kind.valueOf(string(q, "kind", path + "/questions/" + i)),
                    q.getString("text", ""),
                    options));
        }
        return new Questionnaire(
                string(o, "code", path),
                o.getString("title", ""),
                Questionnaire.Audience.valueOf(string(o, "audience", path)),
                questions);
    }

    private static JsonArray nodes(List<Indicator> nodes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Indicator n : nodes) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("code", n.code())
                    .add("name", n.name())
                    .add("weight", n.weight().toPlainString());
            if (!n.confirmed()) {
                o.add("confirmed", false);
            }
            if (n.subject() != Indicator.Subject.STREET) {
                o.add("subject", n.subject().name());
            }
            if (n.source() != null) {
                o.add("source", source(n.source()));
            }
            if (!n.isItem()) {
                o.add("children", nodes(n.children()));
            }
            array.add(o);
        }
        return array.build();
    }

    private static JsonObject source(IndicatorSource source) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (source instanceof SystemFigure f) {
            o.add("figure", f.measure().name());
            if (f.deduction() != null) {
                o.add("deduction", f.deduction().toPlainString());
            }
        } else if (source instanceof Answers a) {
            JsonArrayBuilder refs = Json.createArrayBuilder();
            a.questions().forEach(r -> refs.add(r.toString()));
            o.add("questions", refs);
        } else {
            o.add("assessor", true);
        }
        return o.build();
    }

    private static JsonObject questionnaire(Questionnaire q) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (Question question : q.questions()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("code", question.code())
                    .add("kind", question.kind().name())
                    .add("text", question.text() == null ? "" : question.text());
            if (!question.options().isEmpty()) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                question.options()
                        .forEach(opt -> options.add(Json.createObjectBuilder()
                                .add("code", opt.code())
                                .add("text", opt.text())
                                .add("score", opt.score().toPlainString())));
                o.add("options", options);
            }
            questions.add(o);
        }
        return Json.createObjectBuilder()
                .add("code", q.code())
                .add("title", q.title() == null ? "" : q.title())
                .add("audience", q.audience().name())
                .add("questions", questions)
                .build();
    }

    private static String string(JsonObject o, String field, String path) throws RefusedException {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            throw new RefusedException(Text.of("evaluation.file.field", path.isEmpty() ? "/" : path, field));
        }
        return s.getString().strip();
    }

    private static JsonArray array(JsonObject o, String field, String path) throws RefusedException {
        if (!(o.get(field) instanceof JsonArray a)) {
            throw new RefusedException(Text.of("evaluation.file.field", path.isEmpty() ? "/" : path, field));
        }
        return a;
    }

    private static LocalDate date(JsonObject o, String field) throws RefusedException {
        String value = o.getString(field, null);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RefusedException(Text.of("evaluation.file.field", "/", field));
        }
    }
}
