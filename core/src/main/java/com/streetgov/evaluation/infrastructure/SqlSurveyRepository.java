package com.streetgov.evaluation.infrastructure;

import static com.streetgov.tenancy.NativeSql.count;
import static com.streetgov.tenancy.NativeSql.day;
import static com.streetgov.tenancy.NativeSql.district;
import static com.streetgov.tenancy.NativeSql.query;
import static com.streetgov.tenancy.NativeSql.rows;
import static com.streetgov.tenancy.NativeSql.text;
import static com.streetgov.tenancy.NativeSql.time;

import com.streetgov.evaluation.domain.SurveyLink;
import com.streetgov.evaluation.domain.SurveyRepository;
import com.streetgov.evaluation.domain.SurveyResponse;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Questionnaire links by the hash of their secret, and anonymous answers. */
@ApplicationScoped
public class SqlSurveyRepository extends TenantRepository implements SurveyRepository {

    private static final TextListConverter LIST = new TextListConverter();

    @Override
    public void issue(List<SurveyLink> links) {
        String d = district(em());
        for (SurveyLink l : links) {
            query(
                            em(),
                            "insert into survey_link (district_id, token_hash, version, questionnaire_code, street_code,"
                                    + " batch, issued_at, delegate_id) values (?, ?, ?, ?, nullif(?, ''), ?, ?,"
                                    + " nullif(?, ''))",
                            List.of(
                                    d,
                                    l.tokenHash(),
                                    l.version(),
                                    l.questionnaire(),
                                    l.street() == null ? "" : l.street(),
                                    l.batch(),
                                    Timestamp.valueOf(l.issuedAt()),
                                    l.delegate() == null ? "" : l.delegate()))
                    .executeUpdate();
        }
    }

    @Override
    public Optional<SurveyLink> link(String tokenHash) {
        return rows(
                        em(),
                        "select token_hash, version, questionnaire_code, street_code, batch, issued_at, answered_on,"
                                + " delegate_id from survey_link where district_id = ? and token_hash = ?",
                        List.of(district(em()), tokenHash))
                .stream()
                .findFirst()
                .map(r -> new SurveyLink(
                        text(r[0]),
                        text(r[1]),
                        text(r[2]),
                        text(r[3]),
                        text(r[4]),
                        time(r[5]),
                        r[6] == null ? null : day(r[6]),
                        text(r[7])));
    }

    @Override
    public boolean markAnswered(String tokenHash, LocalDate on) {
        // One statement, conditional on the link being unused: two answers racing through one link
        // cannot both see it unused (the second waits for the first's row lock, then updates nothing).
        return query(
                                em(),
                                "update survey_link set answered_on = ? where district_id = ? and token_hash = ?"
                                        + " and answered_on is null",
                                List.of(java.sql.Date.valueOf(on), district(em()), tokenHash))
                        .executeUpdate()
                == 1;
    }

    @Override
    public void save(SurveyResponse response) {
        String d = district(em());
        query(
                        em(),
                        "insert into survey_response (district_id, id, version, questionnaire_code, street_code,"
                                + " answered_on) values (?, ?, ?, ?, nullif(?, ''), ?)",
                        List.of(
                                d,
                                response.id(),
                                response.version(),
                                response.questionnaire(),
                                response.street() == null ? "" : response.street(),
                                java.sql.Date.valueOf(response.answeredOn())))
                .executeUpdate();
        for (Map.Entry<String, List<String>> a : response.answers().entrySet()) {
            query(
                            em(),
                            "insert into survey_answer (district_id, response_id, question_code, answer)"
                                    + " values (?, ?, ?, ?)",
                            List.of(d, response.id(), a.getKey(), LIST.convertToDatabaseColumn(a.getValue())))
                    .executeUpdate();
        }
    }

    @Override
    public List<Answer> answers(String version, String questionnaire, LocalDate from, LocalDate to) {
        return rows(
                        em(),
                        "select r.id, r.street_code, r.answered_on, a.question_code, a.answer from survey_response r"
                                + " join survey_answer a on a.district_id = r.district_id and a.response_id = r.id"
                                + " where r.district_id = ? and r.version = ? and r.questionnaire_code = ?"
                                + " and r.answered_on between ? and ? order by r.id, a.question_code",
                        List.of(
                                district(em()),
                                version,
                                questionnaire,
                                java.sql.Date.valueOf(from),
                                java.sql.Date.valueOf(to)))
                .stream()
                .map(r -> new Answer(
                        text(r[0]), text(r[1]), day(r[2]), text(r[3]), LIST.convertToEntityAttribute(text(r[4]))))
                .toList();
    }

    @Override
    public List<Progress> progress(String version) {
        return rows(
                        em(),
                        "select questionnaire_code, street_code, count(*), count(answered_on) from survey_link"
                                + " where district_id = ? and version = ? group by questionnaire_code, street_code"
                                + " order by questionnaire_code, street_code nulls first",
                        List.of(district(em()), version))
                .stream()
                .map(r -> new Progress(text(r[0]), text(r[1]), count(r[2]), count(r[3])))
                .toList();
    }
}
