package com.streetgov.reform.infrastructure;

import com.streetgov.reform.domain.AuditEntry;
import com.streetgov.reform.domain.ReformModelRepository;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReformModelRepository extends TenantRepository implements ReformModelRepository {

    @Inject
    TenantEntityManagers entityManagers;

    private static Optional<ReformModelEntity> record(EntityManager em, LockModeType lock) {
        return em.createQuery("select m from ReformModelEntity m", ReformModelEntity.class)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Stored> find() {
        return record(em(), LockModeType.NONE).map(r -> new Stored(r.document(), r.revision()));
    }

    @Override
    public void save(String document, int expectedRevision, AuditEntry entry) {
        ReformModelEntity record = record(em(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("no reform model to save over"));
        if (record.revision() != expectedRevision) {
            throw new OptimisticLockException("改革模型已被他人修改，请刷新后重试");
        }
        record.replace(document);
        em().persist(new ReformAuditEntity(entry));
        em().flush();
    }

    @Override
    public void install(DistrictId district, String document, AuditEntry entry) {
        EntityManager em = entityManagers.open(district);
        try {
            em.joinTransaction();
            em.persist(new ReformModelEntity(document));
            em.persist(new ReformAuditEntity(entry));
            em.flush();
        } finally {
            em.close();
        }
    }

    @Override
    public boolean exists(DistrictId district) {
        EntityManager em = entityManagers.open(district);
        try {
            return record(em, LockModeType.NONE).isPresent();
        } finally {
            em.close();
        }
    }

    @Override
    public List<AuditEntry> history() {
        return em().createQuery("select a from ReformAuditEntity a order by a.at desc", ReformAuditEntity.class)
                .getResultStream()
                .map(ReformAuditEntity::toEntry)
                .toList();
    }
}
