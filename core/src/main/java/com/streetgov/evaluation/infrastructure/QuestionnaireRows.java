package com.streetgov.evaluation.infrastructure;

import static com.streetgov.tenancy.NativeSql.query;
import static com.streetgov.tenancy.NativeSql.rows;
import static com.streetgov.tenancy.NativeSql.text;

import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.platform.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A version's questionnaires (in the order the version lists them) and their questions as rows (a choice
 * question's options as JSON).
 */
final class QuestionnaireRows {

    private QuestionnaireRows() {}

    static List<Questionnaire> read(EntityManager em, String district, String version) {
        List<Object[]> questions = rows(
                em,
                "select questionnaire_code, code, kind, text, options from question"
                        + " where district_id = ? and version = ? order by questionnaire_code, position",
                List.of(district, version));
        List<Questionnaire> out = new ArrayList<>();
        for (Object[] q : rows(
                em,
                "select code, title, audience from questionnaire where district_id = ? and version = ?"
                        + " order by position, code",
                List.of(district, version))) {
            List<Question> mine = new ArrayList<>();
            for (Object[] r : questions) {
                if (text(r[0]).equals(text(q[0]))) {
                    mine.add(new Question(
                            text(r[1]), Question.Kind.valueOf(text(r[2])), text(r[3]), options(text(r[4]))));
                }
            }
            out.add(new Questionnaire(text(q[0]), text(q[1]), Questionnaire.Audience.valueOf(text(q[2])), mine));
        }
        return out;
    }

    static void write(EntityManager em, String district, String version, List<Questionnaire> questionnaires) {
        int order = 0;
        for (Questionnaire q : questionnaires) {
            query(
                            em,
                            "insert into questionnaire (district_id, version, code, position, title, audience)"
                                    + " values (?, ?, ?, ?, ?, ?)",
                            List.of(
                                    district,
                                    version,
                                    q.code(),
                                    order++,
                                    q.title() == null ? "" : q.title(),
                                    q.audience().name()))
                    .executeUpdate();
            int position = 0;
            for (Question question : q.questions()) {
                query(
                                em,
                                "insert into question (district_id, version, questionnaire_code, code, position, kind,"
                                        + " text, options) values (?, ?, ?, ?, ?, ?, ?, ?)",
                                List.of(
                                        district,
                                        version,
                                        q.code(),
                                        question.code(),
                                        position++,
                                        question.kind().name(),
                                        question.text() == null ? "" : question.text(),
                                        options(question.options())))
                        .executeUpdate();
            }
        }
    }

    private static String options(List<Question.Option> options) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        options.forEach(o -> array.add(Json.createObjectBuilder()
                .add("code", o.code())
                .add("text", o.text() == null ? "" : o.text())
                .add("score", o.score().toPlainString())));
        return array.build().toString();
    }

    private static List<Question.Option> options(String json) {
        List<Question.Option> out = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                out.add(new Question.Option(
                        o.getString("code"), o.getString("text"), new BigDecimal(o.getString("score"))));
            }
        }
        return out;
    }
}
