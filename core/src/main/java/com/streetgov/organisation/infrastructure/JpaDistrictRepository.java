package com.streetgov.organisation.infrastructure;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
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
        // Native on purpose: the explicit cross-district path of vendor screens. EclipseLink refuses
        // native SQL once multitenant entities exist; this one query says it bypasses that, and why.
        List<?> rows = em.createNativeQuery("select district_id, count(*) from street group by district_id")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getResultList();
        Map<DistrictId, Integer> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(DistrictId.of((String) columns[0]), ((Number) columns[1]).intValue());
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
