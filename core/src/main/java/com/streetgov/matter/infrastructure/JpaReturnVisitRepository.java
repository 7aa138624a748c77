package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.matter.domain.ReturnVisitRepository;
import com.streetgov.matter.domain.ReturnVisitSummary;
import com.streetgov.platform.JpqlFilter;
import com.streetgov.tenancy.NoDistrictException;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReturnVisitRepository extends TenantRepository implements ReturnVisitRepository {

    @Override
    public Optional<ReturnVisit> find(String matterNumber) {
        return Optional.ofNullable(em().find(ReturnVisitEntity.class, matterNumber))
                .map(ReturnVisitEntity::toVisit);
    }

    @Override
    public void save(ReturnVisit visit) {
        ReturnVisitEntity record = em().find(ReturnVisitEntity.class, visit.matterNumber());
        if (record == null) {
            em().persist(new ReturnVisitEntity(visit));
        } else {
            record.update(visit);
        }
        em().flush();
    }

    @Override
    public int addOverdue(LocalDateTime now) {
        // Native SQL is not filtered by EclipseLink: the district is named (and RLS checks it again).
        return em().createNativeQuery("insert into return_visit (district_id, matter_number, state, created_at, due_at)"
                        + " select m.district_id, m.number, 'DUE', ?2, m.due_at + ?3 * interval '1 minute'"
                        + " from matter m"
                        + " where m.district_id = ?1 and m.due_at < ?2"
                        + " and m.state not in ('RESPONDED', 'RESOLVED', 'CLOSED', 'REFERRED')"
                        + " and not exists (select 1 from return_visit v"
                        + " where v.district_id = m.district_id and v.matter_number = m.number)"
                        + " on conflict do nothing")
                .setParameter(1, district())
                .setParameter(2, Timestamp.valueOf(now))
                .setParameter(3, ReturnVisit.DELAY.toMinutes())
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .executeUpdate();
    }

    @Override
    public List<ReturnVisitSummary> due(String street, int offset, int limit) {
        return where(
                        street,
                        "select v.matterNumber, m.title, m.street, m.leadUnit, m.state, m.residentName,"
                                + " m.residentPhone, v.createdAt, v.dueAt",
                        " order by v.dueAt, v.matterNumber",
                        Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(r -> new ReturnVisitSummary(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (MatterState) r[4],
                        (String) r[5],
                        (String) r[6],
                        (LocalDateTime) r[7],
                        (LocalDateTime) r[8]))
                .toList();
    }

    @Override
    public long countDue(String street) {
        return where(street, "select count(v)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(String street, String select, String order, Class<T> type) {
        return new JpqlFilter()
                .where(
                        true,
                        "m.number = v.matterNumber and v.state = :due",
                        java.util.Map.of("due", ReturnVisit.State.DUE))
                .equal("m.street", "street", street)
                .query(em(), select + " from ReturnVisitEntity v, MatterEntity m", order, type);
    }

    private String district() {
        Object district = em().getProperties().get(TenantEntityManagers.TENANT_PROPERTY);
        if (district == null) {
            throw new NoDistrictException();
        }
        return district.toString();
    }
}
