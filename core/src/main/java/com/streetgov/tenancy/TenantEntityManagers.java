package com.streetgov.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Opens EntityManagers scoped to one district. The request's EntityManager ({@link TenantScoped}) is
 * bound to {@link CurrentDistrict}; background or vendor work names its district explicitly with
 * {@link #open(DistrictId)}. Repositories reach the request's one through {@link TenantRepository#em()},
 * which joins it to the JTA transaction; the user of one opened with {@link #open(DistrictId)} joins it.
 * Each is opened on the shard that holds its district ({@link ShardDirectory}).
 */
@ApplicationScoped
public class TenantEntityManagers {

    /** EclipseLink's context property that carries the tenant discriminator value. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @PersistenceUnit(unitName = "streetgov")
    EntityManagerFactory emf;

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    ShardDirectory shards;

    /** EclipseLink's EntityManager property that gives its client session another JTA data source. */
    static final String DATA_SOURCE_PROPERTY = "jakarta.persistence.jtaDataSource";

    /** The properties that bind an EntityManager to {@code district}. */
    public static Map<String, Object> propertiesFor(DistrictId district) {
        return Map.of(TENANT_PROPERTY, district.value());
    }

    /**
     * An EntityManager for {@code district} on the database that holds its rows (DD039): the
     * persistence unit's own for a district on main, else its shard's data source, which EclipseLink
     * takes as an EntityManager property for the client session's connections. Inside a {@link
     * StandbyRead} operation routed to a standby (DD040), that standby's data source instead.
     */
    public EntityManager open(DistrictId district) {
        DataSource shard = StandbyContext.standbyFor(district).orElseGet(() -> shards.dataSourceFor(district));
        if (shard == null) {
            return emf.createEntityManager(propertiesFor(district));
        }
        Map<String, Object> properties = new HashMap<>(propertiesFor(district));
        properties.put(DATA_SOURCE_PROPERTY, shard);
        return emf.createEntityManager(properties);
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
