package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.AdmissionEntry;
import com.streetgov.duty.domain.AdmissionRepository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The admission register in table {@code admission}, of the request's district only. */
@ApplicationScoped
public class JpaAdmissionRepository extends TenantRepository implements AdmissionRepository {

    @Override
    public List<AdmissionEntry> findAll() {
        return em().createQuery(
                        "select a from AdmissionEntity a order by a.appliedOn desc, a.code", AdmissionEntity.class)
                .getResultStream()
                .map(AdmissionEntity::toEntry)
                .toList();
    }

    @Override
    public Optional<AdmissionEntry> find(String code) {
        return Optional.ofNullable(em().find(AdmissionEntity.class, code)).map(AdmissionEntity::toEntry);
    }

    @Override
    public void save(AdmissionEntry entry, String by) {
        em().merge(new AdmissionEntity(entry, by));
        em().flush();
    }
}
