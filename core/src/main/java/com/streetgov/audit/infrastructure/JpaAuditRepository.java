package com.streetgov.audit.infrastructure;

import com.streetgov.audit.domain.AuditRepository;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.audit.domain.VendorAccess;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository extends TenantRepository implements AuditRepository {

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public void append(ConfigChange change) {
        em().persist(new ConfigChangeEntity(change));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendAccess(DistrictId district, VendorAccess access) {
        EntityManager em = entityManagers.open(district);
        try {
            em.joinTransaction();
            em.persist(new VendorAccessEntity(access));
            em.flush();
        } finally {
            em.close();
        }
    }

    @Override
    public List<ConfigChange> changes(int limit) {
        return em().createQuery("select c from ConfigChangeEntity c order by c.at desc", ConfigChangeEntity.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(ConfigChangeEntity::toChange)
                .toList();
    }

    @Override
    public List<VendorAccess> accesses(int limit) {
        return em().createQuery("select a from VendorAccessEntity a order by a.at desc", VendorAccessEntity.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(VendorAccessEntity::toAccess)
                .toList();
    }
}
