package com.streetgov.dispatch.infrastructure;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchCatalogRepository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class JpaDispatchCatalogRepository extends TenantRepository implements DispatchCatalogRepository {

    @Override
    public DispatchCatalog catalog() {
        return new DispatchCatalog(
                departments(),
                em().createQuery("select t from DispatchTypeEntity t order by t.code", DispatchTypeEntity.class)
                        .getResultStream()
                        .map(DispatchTypeEntity::toType)
                        .toList());
    }

    @Override
    public DispatchCatalog catalogForChange() {
        // One editor of a district's catalog at a time, until the transaction ends: an edit reads the
        // whole catalog and writes it back, so two at once would lose one (the district's own key).
        em().createNativeQuery("select pg_advisory_xact_lock(hashtext('dispatch_catalog'),"
                        + " hashtext(current_setting('app.district')))")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult();
        return catalog();
    }

    @Override
    public List<Department> departments() {
        return em().createQuery("select d from DepartmentEntity d order by d.code", DepartmentEntity.class)
                .getResultStream()
                .map(DepartmentEntity::toDepartment)
                .toList();
    }

    @Override
    public void replace(DispatchCatalog catalog) {
        em().createQuery("delete from DispatchTypeEntity t").executeUpdate();
        em().createQuery("delete from DepartmentEntity d").executeUpdate();
        catalog.departments().forEach(d -> em().persist(new DepartmentEntity(d)));
        catalog.types().forEach(t -> em().persist(new DispatchTypeEntity(t)));
        em().flush();
    }
}
