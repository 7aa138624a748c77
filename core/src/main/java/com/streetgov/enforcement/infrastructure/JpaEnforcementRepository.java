package com.streetgov.enforcement.infrastructure;

import com.streetgov.enforcement.domain.AppointmentConsultation;
import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.EnforcementRepository;
import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.PowerQuery;
import com.streetgov.enforcement.domain.SecondedStaff;
import com.streetgov.platform.JpaBatches;
import com.streetgov.platform.JpqlFilter;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEnforcementRepository implements EnforcementRepository {

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public List<EnforcementPower> findAll() {
        return page(PowerQuery.ALL, 0, Integer.MAX_VALUE);
    }

    @Override
    public List<EnforcementPower> page(PowerQuery query, int offset, int limit) {
        return where(query, "select p from EnforcementPowerRecord p", " order by p.code", EnforcementPowerRecord.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(EnforcementPowerRecord::toPower)
                .toList();
    }

    @Override
    public int count(PowerQuery query) {
        return where(query, "select count(p) from EnforcementPowerRecord p", "", Long.class)
                .getSingleResult()
                .intValue();
    }

    private <T> TypedQuery<T> where(PowerQuery query, String select, String order, Class<T> type) {
        current.joinTransaction();
        return new JpqlFilter()
                .contains("text", query.text(), "p.code", "p.name", "p.legalBasis")
                .equal("p.domain", "domain", query.domain())
                .equal("p.type", "type", query.type())
                .query(current, select, order, type);
    }

    @Override
    public Optional<EnforcementPower> find(String code) {
        current.joinTransaction();
        return Optional.ofNullable(current.find(EnforcementPowerRecord.class, code))
                .map(EnforcementPowerRecord::toPower);
    }

    @Override
    public void save(EnforcementPower power) {
        current.joinTransaction();
        current.merge(new EnforcementPowerRecord(power));
        current.flush();
    }

    @Override
    public void replaceAll(List<EnforcementPower> powers, java.util.function.IntConsumer progress) {
        JpaBatches.replaceAll(current, "EnforcementPowerRecord", powers, EnforcementPowerRecord::new, progress);
    }

    @Override
    public List<EnforcementTeam> teams() {
        current.joinTransaction();
        return current.createQuery(
                        "select t from EnforcementTeamRecord t order by t.street", EnforcementTeamRecord.class)
                .getResultStream()
                .map(EnforcementTeamRecord::toTeam)
                .toList();
    }

    @Override
    public void saveTeam(EnforcementTeam team) {
        current.joinTransaction();
        current.merge(new EnforcementTeamRecord(team));
        current.flush();
    }

    @Override
    public List<SecondedStaff> staff(String street) {
        current.joinTransaction();
        return current.createQuery(
                        "select s from SecondedStaffRecord s where s.street = :street order by s.since, s.name",
                        SecondedStaffRecord.class)
                .setParameter("street", street)
                .getResultStream()
                .map(SecondedStaffRecord::toStaff)
                .toList();
    }

    @Override
    public void addStaff(SecondedStaff staff) {
        current.joinTransaction();
        current.persist(new SecondedStaffRecord(staff));
        current.flush();
    }

    @Override
    public List<AppointmentConsultation> consultations(String street) {
        current.joinTransaction();
        return current.createQuery(
                        "select c from ConsultationRecord c where c.street = :street order by c.consultedOn desc",
                        ConsultationRecord.class)
                .setParameter("street", street)
                .getResultStream()
                .map(ConsultationRecord::toConsultation)
                .toList();
    }

    @Override
    public void addConsultation(AppointmentConsultation consultation) {
        current.joinTransaction();
        current.persist(new ConsultationRecord(consultation));
        current.flush();
    }
}
