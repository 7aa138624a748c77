package com.streetgov.organisation.infrastructure;

import com.streetgov.organisation.domain.Street;
import com.streetgov.organisation.domain.StreetRepository;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStreetRepository extends TenantRepository implements StreetRepository {

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public List<Street> findAll() {
        return ordered(em());
    }

    @Override
    public Optional<Street> find(String streetId) {
        return Optional.ofNullable(em().find(Street.class, streetId));
    }

    @Override
    public List<Street> findAllOf(DistrictId district) {
        EntityManager em = entityManagers.open(district);
        try {
            return ordered(em);
        } finally {
            em.close();
        }
    }

    @Override
    public void add(DistrictId district, Street street) {
        EntityManager em = entityManagers.open(district);
        try {
            em.joinTransaction();
            em.persist(street);
            em.flush();
        } finally {
            em.close();
        }
    }

    private static List<Street> ordered(EntityManager em) {
        return em.createQuery("select s from Street s order by s.position, s.name", Street.class)
                .getResultList();
    }
}
