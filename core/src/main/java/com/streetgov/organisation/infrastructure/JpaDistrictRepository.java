package com.streetgov.organisation.infrastructure;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDistrictRepository implements DistrictRepository {

    @PersistenceContext(unitName = "streetgov")
    EntityManager em;

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
    public void add(District district) {
        em.persist(district);
        // Flushed now: tenant-owned rows referencing it are written through other EntityManagers.
        em.flush();
    }
}
