package com.streetgov.assessment.infrastructure;

import com.streetgov.assessment.domain.Exclusion;
import com.streetgov.assessment.domain.ExclusionRepository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExclusionRepository extends TenantRepository implements ExclusionRepository {

    @Override
    public Optional<Exclusion> find(String matterNumber) {
        return Optional.ofNullable(em().find(ExclusionEntity.class, matterNumber))
                .map(ExclusionEntity::toExclusion);
    }

    @Override
    public void save(Exclusion exclusion) {
        ExclusionEntity record = em().find(ExclusionEntity.class, exclusion.matterNumber());
        if (record == null) {
            em().persist(new ExclusionEntity(exclusion));
        } else {
            record.update(exclusion);
        }
        em().flush();
    }

    @Override
    public List<Exclusion> requested() {
        return em().createQuery(
                        "select e from ExclusionEntity e where e.state = :s order by e.requestedAt, e.matterNumber",
                        ExclusionEntity.class)
                .setParameter("s", Exclusion.State.REQUESTED)
                .getResultStream()
                .map(ExclusionEntity::toExclusion)
                .toList();
    }
}
