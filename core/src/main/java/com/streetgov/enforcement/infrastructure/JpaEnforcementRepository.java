package com.streetgov.enforcement.infrastructure;

import com.streetgov.enforcement.domain.AppointmentConsultation;
import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.EnforcementRepository;
import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.PowerQuery;
import com.streetgov.enforcement.domain.SecondedStaff;
import com.streetgov.platform.JpaBatches;
import com.streetgov.platform.JpqlFilter;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEnforcementRepository extends TenantRepository implements EnforcementRepository {

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
        return new JpqlFilter()
                .contains("text", query.text(), "p.code", "p.name", "p.legalBasis")
                .equal("p.domain", "domain", query.domain())
                .equal("p.type", "type", query.type())
                .query(em(), select, order, type);
    }

    @Override
    public Optional<EnforcementPower> find(String code) {
        return Optional.ofNullable(em().find(EnforcementPowerRecord.class, code))
                .map(EnforcementPowerRecord::toPower);
    }

    @Override
    public void save(EnforcementPower power) {
        em().merge(new EnforcementPowerRecord(power));
        em().flush();
    }

    @Override
    public void replaceAll(List<EnforcementPower> powers, java.util.function.IntConsumer progress) {
        JpaBatches.replaceAll(em(), "EnforcementPowerRecord", powers, EnforcementPowerRecord::new, progress);
    }

    @Override
    public List<EnforcementTeam> teams() {
        return em().createQuery("select t from EnforcementTeamRecord t order by t.street", EnforcementTeamRecord.class)
                .getResultStream()
                .map(EnforcementTeamRecord::toTeam)
                .toList();
    }

    @Override
    public void saveTeam(EnforcementTeam team) {
        em().merge(new EnforcementTeamRecord(team));
        em().flush();
    }

    @Override
    public List<SecondedStaff> staff(String street) {
        return em().createQuery(
                        "select s from SecondedStaffRecord s where s.street = :street order by s.since, s.name",
                        SecondedStaffRecord.class)
                .setParameter("street", street)
                .getResultStream()
                .map(SecondedStaffRecord::toStaff)
                .toList();
    }

    @Override
    public void addStaff(SecondedStaff staff) {
        em().persist(new SecondedStaffRecord(staff));
        em().flush();
    }

    @Override
    public List<AppointmentConsultation> consultations(String street) {
        return em().createQuery(
                        "select c from ConsultationRecord c where c.street = :street order by c.consultedOn desc",
                        ConsultationRecord.class)
                .setParameter("street", street)
                .getResultStream()
                .map(ConsultationRecord::toConsultation)
                .toList();
    }

    @Override
    public void addConsultation(AppointmentConsultation consultation) {
        em().persist(new ConsultationRecord(consultation));
        em().flush();
    }
}
