package com.streetgov.evaluation.infrastructure;

import static com.streetgov.tenancy.NativeSql.day;
import static com.streetgov.tenancy.NativeSql.district;
import static com.streetgov.tenancy.NativeSql.query;
import static com.streetgov.tenancy.NativeSql.rows;
import static com.streetgov.tenancy.NativeSql.text;
import static com.streetgov.tenancy.NativeSql.time;

import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationRepository;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import com.streetgov.evaluation.domain.IndicatorSource.AssessorScore;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.evaluation.domain.IndicatorSystem;
import com.streetgov.evaluation.domain.QuestionRef;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicator system versions: a row per version, a row per node, and the questionnaires' rows. */
@ApplicationScoped
public class SqlEvaluationRepository extends TenantRepository implements EvaluationRepository {

    private static final TextListConverter LIST = new TextListConverter();

    @Override
    public List<EvaluationVersion> versions() {
        return rows(
                        em(),
                        "select version, name, effective_from, created_by, created_at, reason from indicator_system"
                                + " where district_id = ? order by effective_from desc",
                        List.of(district(em())))
                .stream()
                .map(r -> new EvaluationVersion(text(r[0]), text(r[1]), day(r[2]), text(r[3]), time(r[4]), text(r[5])))
                .toList();
    }

    @Override
    public Optional<EvaluationModel> find(String version) {
        String d = district(em());
        List<Object[]> head = rows(
                em(),
                "select name, effective_from, note from indicator_system where district_id = ? and version = ?",
                List.of(d, version));
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> nodes = rows(
                em(),
                "select code, parent_code, name, weight, subject, confirmed, source_kind, measure, deduction,"
                        + " questions from indicator where district_id = ? and version = ? order by position",
                List.of(d, version));
        IndicatorSystem system =
                new IndicatorSystem(version, text(head.get(0)[0]), day(head.get(0)[1]), children(null, nodes));
        return Optional.of(new EvaluationModel(system, QuestionnaireRows.read(em(), d, version), text(head.get(0)[2])));
    }

    @Override
    public void save(EvaluationModel model, String actor, LocalDateTime at, String reason) {
        String d = district(em());
        IndicatorSystem s = model.system();
        query(
                        em(),
                        "insert into indicator_system (district_id, version, name, effective_from, note, created_by,"
                                + " created_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        List.of(
                                d,
                                s.version(),
                                s.name(),
                                java.sql.Date.valueOf(s.effectiveFrom()),
                                model.note(),
                                actor,
                                Timestamp.valueOf(at),
                                reason))
                .executeUpdate();
        int[] position = {0};
        for (Indicator category : s.categories()) {
            insert(d, s.version(), null, category, position);
        }
        QuestionnaireRows.write(em(), d, s.version(), model.questionnaires());
    }

    private void insert(String d, String version, String parent, Indicator node, int[] position) {
        IndicatorSource source = node.source();
        String kind = source instanceof SystemFigure
                ? "FIGURE"
                : source instanceof Answers ? "ANSWERS" : source == null ? null : "ASSESSOR";
        List<Object> values = new ArrayList<>(List.of(d, version, node.code()));
        values.add(parent == null ? "" : parent);
        values.addAll(List.of(
                position[0]++, node.name(), node.weight(), node.subject().name(), node.confirmed()));
        values.add(kind == null ? "" : kind);
        values.add(source instanceof SystemFigure f ? f.measure().name() : "");
        values.add(
                source instanceof SystemFigure f && f.deduction() != null
                        ? f.deduction().toPlainString()
                        : "");
        values.add(
                source instanceof Answers a
                        ? LIST.convertToDatabaseColumn(a.questions().stream()
                                .map(QuestionRef::toString)
                                .toList())
                        : "");
        query(
                        em(),
                        "insert into indicator (district_id, version, code, parent_code, position, name, weight,"
                                + " subject, confirmed, source_kind, measure, deduction, questions) values (?, ?, ?,"
                                + " nullif(?, ''), ?, ?, ?, ?, ?, nullif(?, ''), nullif(?, ''),"
                                + " cast(nullif(?, '') as numeric), nullif(?, ''))",
                        values)
                .executeUpdate();
        for (Indicator child : node.children()) {
            insert(d, version, node.code(), child, position);
        }
    }

    /** The nodes under {@code parent} (null: the categories), in their saved order. */
    private static List<Indicator> children(String parent, List<Object[]> nodes) {
        Map<String, Object[]> mine = new LinkedHashMap<>();
        for (Object[] r : nodes) {
            if (java.util.Objects.equals(text(r[1]), parent)) {
                mine.put(text(r[0]), r);
            }
        }
        List<Indicator> out = new ArrayList<>();
        for (Object[] r : mine.values()) {
            out.add(new Indicator(
                    text(r[0]),
                    text(r[2]),
                    new BigDecimal(r[3].toString()),
                    Indicator.Subject.valueOf(text(r[4])),
                    source(r),
                    (Boolean) r[5],
                    children(text(r[0]), nodes)));
        }
        return out;
    }

    private static IndicatorSource source(Object[] r) {
        String kind = text(r[6]);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "FIGURE" ->
                new SystemFigure(Measure.valueOf(text(r[7])), r[8] == null ? null : new BigDecimal(r[8].toString()));
            case "ANSWERS" ->
                new Answers(LIST.convertToEntityAttribute(text(r[9])).stream()
                        .map(QuestionRef::parse)
                        .toList());
            default -> new AssessorScore();
        };
    }
}
