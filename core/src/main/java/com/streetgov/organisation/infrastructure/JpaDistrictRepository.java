package com.streetgov.organisation.infrastructure;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.tenancy.DistrictElsewhereException;
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

    /**
     * The district's row in the database that holds its rows (DD039): on main the registry row itself,
     * on another shard its anchor copy, so a district's transaction never enlists a second database.
     */
    @Override
    public Optional<District> find(DistrictId id) {
        EntityManager scoped = entityManagers.open(id);
        try {
            return Optional.ofNullable(scoped.find(District.class, id.value()));
        } finally {
            scoped.close();
        }
    }

    @Override
    public Map<DistrictId, Integer> streetCounts() {
        // The explicit cross-district path of vendor screens: one district at a time, each through an
        // EntityManager bound to it, so row-level security (DD022) holds here too.
        Map<DistrictId, Integer> counts = new HashMap<>();
        for (District district : findAll()) {
            EntityManager scoped;
            try {
                scoped = entityManagers.open(district.id());
            } catch (DistrictElsewhereException moving) {
                continue; // being moved between shards (DD039): no count for these seconds
            }
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

    /**
     * Writes the district's row in the database its shard directory entry names (registered first,
     * {@link com.streetgov.tenancy.ShardDirectory#register}), as part of the caller's transaction.
     */
    @Override
    public void add(District district) {
        EntityManager scoped = entityManagers.open(district.id());
        try {
            scoped.joinTransaction();
            scoped.persist(district);
            // Flushed now: tenant-owned rows referencing it are written through other EntityManagers.
            scoped.flush();
        } finally {
            scoped.close();
        }
    }
}
