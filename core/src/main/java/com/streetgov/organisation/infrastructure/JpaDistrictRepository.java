package com.streetgov.organisation.infrastructure;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TenantEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaDistrictRepository implements DistrictRepository {

    @PersistenceContext(unitName = "streetgov")
    EntityManager em;

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public List<District> findAll() {
        return em.createQuery("select d from District d order by d.name", District.class)
                .getResultList();
    }

    @Override
    public Optional<District> find(DistrictId id) {
        return Optional.ofNullable(em.find(District.class, id.value()));
    }

    @Override
    public Map<DistrictId, Integer> streetCounts() {
        // The explicit cross-district path of vendor screens: one district at a time, each through an
        // EntityManager bound to it, so row-level security (DD022) holds here too.
        Map<DistrictId, Integer> counts = new HashMap<>();
        for (District district : findAll()) {
            EntityManager scoped = entityManagers.open(district.id());
            try {
                Long count = scoped.createQuery("select count(s) from Street s", Long.class)
                        .getSingleResult();
                counts.put(district.id(), count.intValue());
            } finally {
                scoped.close();
            }
        }
        return counts;
    }

    @Override
    public void add(District district) {
        em.persist(district);
        // Flushed now: tenant-owned rows referencing it are written through other EntityManagers.
        em.flush();
    }
}
