package com.streetgov.dispatch.infrastructure;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchCatalogRepository;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaDispatchCatalogRepository implements DispatchCatalogRepository {

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public DispatchCatalog catalog() {
        current.joinTransaction();
        return new DispatchCatalog(
                departments(),
                current.createQuery("select t from DispatchTypeRecord t order by t.code", DispatchTypeRecord.class)
                        .getResultStream()
                        .map(DispatchTypeRecord::toType)
                        .toList());
    }

    @Override
    public DispatchCatalog catalogForChange() {
        current.joinTransaction();
        // One editor of a district's catalog at a time, until the transaction ends: an edit reads the
        // whole catalog and writes it back, so two at once would lose one (the district's own key).
        current.createNativeQuery("select pg_advisory_xact_lock(hashtext('dispatch_catalog'),"
                        + " hashtext(current_setting('app.district')))")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult();
        return catalog();
    }

    @Override
    public List<Department> departments() {
        current.joinTransaction();
        return current.createQuery("select d from DepartmentRecord d order by d.code", DepartmentRecord.class)
                .getResultStream()
                .map(DepartmentRecord::toDepartment)
                .toList();
    }

    @Override
    public void replace(DispatchCatalog catalog) {
        current.joinTransaction();
        current.createQuery("delete from DispatchTypeRecord t").executeUpdate();
        current.createQuery("delete from DepartmentRecord d").executeUpdate();
        catalog.departments().forEach(d -> current.persist(new DepartmentRecord(d)));
        catalog.types().forEach(t -> current.persist(new DispatchTypeRecord(t)));
        current.flush();
    }
}
