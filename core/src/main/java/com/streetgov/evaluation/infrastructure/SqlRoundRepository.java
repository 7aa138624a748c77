package com.streetgov.evaluation.infrastructure;

import static com.streetgov.tenancy.NativeSql.district;
import static com.streetgov.tenancy.NativeSql.query;
import static com.streetgov.tenancy.NativeSql.rows;
import static com.streetgov.tenancy.NativeSql.text;
import static com.streetgov.tenancy.NativeSql.time;

import com.streetgov.evaluation.domain.AssessmentRound;
import com.streetgov.evaluation.domain.AssessorEntry;
import com.streetgov.evaluation.domain.RoundRepository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Assessment rounds and assessors' scores (one per round, subject and item; a new score replaces it). */
@ApplicationScoped
public class SqlRoundRepository extends TenantRepository implements RoundRepository {

    private static final String ROUND =
            "select code, name, first_period, last_period, version, created_by, created_at from assessment_round";

    @Override
    public List<AssessmentRound> rounds() {
        return rows(em(), ROUND + " where district_id = ? order by last_period desc, code", List.of(district(em())))
                .stream()
                .map(SqlRoundRepository::round)
                .toList();
    }

    @Override
    public Optional<AssessmentRound> round(String code) {
        return rows(em(), ROUND + " where district_id = ? and code = ?", List.of(district(em()), code)).stream()
                .findFirst()
                .map(SqlRoundRepository::round);
    }

    @Override
    public void save(AssessmentRound round) {
        query(
                        em(),
                        "insert into assessment_round (district_id, code, name, first_period, last_period, version,"
                                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        List.of(
                                district(em()),
                                round.code(),
                                round.name(),
                                round.first().toString(),
                                round.last().toString(),
                                round.version(),
                                round.createdBy(),
                                Timestamp.valueOf(round.createdAt())))
                .executeUpdate();
    }

    @Override
    public List<AssessorEntry> scores(String round) {
        return rows(
                        em(),
                        "select subject, indicator_code, score, reason, assessor, scored_at from assessor_score"
                                + " where district_id = ? and round_code = ? order by subject, indicator_code",
                        List.of(district(em()), round))
                .stream()
                .map(r -> new AssessorEntry(
                        text(r[0]), text(r[1]), new BigDecimal(r[2].toString()), text(r[3]), text(r[4]), time(r[5])))
                .toList();
    }

    @Override
    public void saveScore(String round, AssessorEntry e) {
        query(
                        em(),
                        "insert into assessor_score (district_id, round_code, subject, indicator_code, score, reason,"
                                + " assessor, scored_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (district_id, round_code, subject, indicator_code) do update set"
                                + " score = excluded.score, reason = excluded.reason, assessor = excluded.assessor,"
                                + " scored_at = excluded.scored_at",
                        List.of(
                                district(em()),
                                round,
                                e.subject(),
                                e.indicator(),
                                e.score(),
                                e.reason(),
                                e.assessor(),
                                Timestamp.valueOf(e.at())))
                .executeUpdate();
    }

    private static AssessmentRound round(Object[] r) {
        return new AssessmentRound(
                text(r[0]),
                text(r[1]),
                YearMonth.parse(text(r[2])),
                YearMonth.parse(text(r[3])),
                text(r[4]),
                text(r[5]),
                time(r[6]));
    }
}
