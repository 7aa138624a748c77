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
        return where(query, "select p from EnforcementPowerEntity p", " order by p.code", EnforcementPowerEntity.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(EnforcementPowerEntity::toPower)
                .toList();
    }

    @Override
    public int count(PowerQuery query) {
        return where(query, "select count(p) from EnforcementPowerEntity p", "", Long.class)
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
        return Optional.ofNullable(em().find(EnforcementPowerEntity.class, code))
                .map(EnforcementPowerEntity::toPower);
    }

    @Override
    public void save(EnforcementPower power) {
        em().merge(new EnforcementPowerEntity(power));
        em().flush();
    }

    @Override
    public void replaceAll(List<EnforcementPower> powers, java.util.function.IntConsumer progress) {
        JpaBatches.replaceAll(em(), "EnforcementPowerEntity", powers, EnforcementPowerEntity::new, progress);
    }

    @Override
    public List<EnforcementTeam> teams() {
        return em().createQuery("select t from EnforcementTeamEntity t order by t.street", EnforcementTeamEntity.class)
                .getResultStream()
                .map(EnforcementTeamEntity::toTeam)
                .toList();
    }

    @Override
    public void saveTeam(EnforcementTeam team) {
        em().merge(new EnforcementTeamEntity(team));
        em().flush();
    }

    @Override
    public List<SecondedStaff> staff(String street) {
        return em().createQuery(
                        "select s from SecondedStaffEntity s where s.street = :street order by s.since, s.name",
                        SecondedStaffEntity.class)
                .setParameter("street", street)
                .getResultStream()
                .map(SecondedStaffEntity::toStaff)
                .toList();
    }

    @Override
    public void addStaff(SecondedStaff staff) {
        em().persist(new SecondedStaffEntity(staff));
        em().flush();
    }

    @Override
    public List<AppointmentConsultation> consultations(String street) {
        return em().createQuery(
                        "select c from ConsultationEntity c where c.street = :street order by c.consultedOn desc",
                        ConsultationEntity.class)
                .setParameter("street", street)
                .getResultStream()
                .map(ConsultationEntity::toConsultation)
                .toList();
    }

    @Override
    public void addConsultation(AppointmentConsultation consultation) {
        em().persist(new ConsultationEntity(consultation));
        em().flush();
    }
}
