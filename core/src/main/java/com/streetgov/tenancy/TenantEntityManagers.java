package com.streetgov.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;

/**
 * Opens EntityManagers scoped to one district. The request's EntityManager ({@link TenantScoped}) is
 * bound to {@link CurrentDistrict}; background or vendor work names its district explicitly with
 * {@link #open(DistrictId)}. Repositories reach the request's one through {@link TenantRepository#em()},
 * which joins it to the JTA transaction; the user of one opened with {@link #open(DistrictId)} joins it.
 */
@ApplicationScoped
public class TenantEntityManagers {

    /** EclipseLink's context property that carries the tenant discriminator value. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @PersistenceUnit(unitName = "streetgov")
    EntityManagerFactory emf;

    @Inject
    CurrentDistrict currentDistrict;

    /** The properties that bind an EntityManager to {@code district}. */
    public static Map<String, Object> propertiesFor(DistrictId district) {
        return Map.of(TENANT_PROPERTY, district.value());
    }

    public EntityManager open(DistrictId district) {
        return emf.createEntityManager(propertiesFor(district));
    }

    @Produces
    @TenantScoped
    @RequestScoped
    EntityManager forCurrentDistrict() {
        return open(currentDistrict.require());
    }

    void close(@Disposes @TenantScoped EntityManager em) {
        if (em.isOpen()) {
            em.close();
        }
    }
}
