package com.streetgov.evaluation.infrastructure;

import static com.streetgov.tenancy.NativeSql.district;
import static com.streetgov.tenancy.NativeSql.query;
import static com.streetgov.tenancy.NativeSql.rows;
import static com.streetgov.tenancy.NativeSql.text;

import com.streetgov.evaluation.domain.Delegate;
import com.streetgov.evaluation.domain.PanelRepository;
import com.streetgov.evaluation.domain.Project;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Delegates and co-governance projects in plain SQL, like the rest of the evaluation's rows. */
@ApplicationScoped
public class SqlPanelRepository extends TenantRepository implements PanelRepository {

    private static final String DELEGATE = "select id, street_code, name, note, retired from delegate";

    @Override
    public List<Delegate> delegates() {
        return rows(em(), DELEGATE + " where district_id = ? order by street_code, name, id", List.of(district(em())))
                .stream()
                .map(SqlPanelRepository::delegate)
                .toList();
    }

    @Override
    public Optional<Delegate> delegate(String id) {
        return rows(em(), DELEGATE + " where district_id = ? and id = ?", List.of(district(em()), id)).stream()
                .findFirst()
                .map(SqlPanelRepository::delegate);
    }

    @Override
    public void add(Delegate d, LocalDateTime at) {
        query(
                        em(),
                        "insert into delegate (district_id, id, street_code, name, note, created_at, retired)"
                                + " values (?, ?, ?, ?, ?, ?, ?)",
                        List.of(
                                district(em()),
                                d.id(),
                                d.street(),
                                d.name(),
                                d.note(),
                                Timestamp.valueOf(at),
                                d.retired()))
                .executeUpdate();
    }

    @Override
    public boolean retire(String id) {
        return query(
                                em(),
                                "update delegate set retired = true where district_id = ? and id = ?",
                                List.of(district(em()), id))
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<Project> projects() {
        return rows(
                        em(),
                        "select code, street_code, name, summary, year from cogovernance_project where district_id = ?"
                                + " order by year desc, street_code, code",
                        List.of(district(em())))
                .stream()
                .map(r -> new Project(text(r[0]), text(r[1]), text(r[2]), text(r[3]), ((Number) r[4]).intValue()))
                .toList();
    }

    @Override
    public void save(Project p) {
        query(
                        em(),
                        "insert into cogovernance_project (district_id, code, street_code, name, summary, year)"
                                + " values (?, ?, ?, ?, ?, ?) on conflict (district_id, code) do update set"
                                + " street_code = excluded.street_code, name = excluded.name,"
                                + " summary = excluded.summary, year = excluded.year",
                        List.of(district(em()), p.code(), p.street(), p.name(), p.summary(), p.year()))
                .executeUpdate();
    }

    @Override
    public boolean remove(String code) {
        return query(
                                em(),
                                "delete from cogovernance_project where district_id = ? and code = ?",
                                List.of(district(em()), code))
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<Turnout> turnout(String version, String questionnaire) {
        return rows(
                        em(),
                        "select delegate_id, bool_or(answered_on is not null) from survey_link where district_id = ?"
                                + " and version = ? and questionnaire_code = ? and delegate_id is not null"
                                + " group by delegate_id order by delegate_id",
                        List.of(district(em()), version, questionnaire))
                .stream()
                .map(r -> new Turnout(text(r[0]), Boolean.TRUE.equals(r[1])))
                .toList();
    }

    private static Delegate delegate(Object[] r) {
        return new Delegate(text(r[0]), text(r[1]), text(r[2]), text(r[3]), Boolean.TRUE.equals(r[4]));
    }
}
