package com.streetgov.assessment.infrastructure;

import com.streetgov.assessment.domain.Exclusion;
import com.streetgov.assessment.domain.ExclusionRepository;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExclusionRepository implements ExclusionRepository {

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public Optional<Exclusion> find(String matterNumber) {
        current.joinTransaction();
        return Optional.ofNullable(current.find(ExclusionRecord.class, matterNumber))
                .map(ExclusionRecord::toExclusion);
    }

    @Override
    public void save(Exclusion exclusion) {
        current.joinTransaction();
        ExclusionRecord record = current.find(ExclusionRecord.class, exclusion.matterNumber());
        if (record == null) {
            current.persist(new ExclusionRecord(exclusion));
        } else {
            record.update(exclusion);
        }
        current.flush();
    }

    @Override
    public List<Exclusion> requested() {
        current.joinTransaction();
        return current.createQuery(
                        "select e from ExclusionRecord e where e.state = :s order by e.requestedAt, e.matterNumber",
                        ExclusionRecord.class)
                .setParameter("s", Exclusion.State.REQUESTED)
                .getResultStream()
                .map(ExclusionRecord::toExclusion)
                .toList();
    }
}
