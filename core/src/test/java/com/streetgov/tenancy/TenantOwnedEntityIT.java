package com.streetgov.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.organisation.domain.District;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink takes the tenancy of {@link TenantOwnedEntity} over into every entity that extends it:
 * each entity but the district registry is SINGLE_TABLE multitenant on {@code district_id}, filled
 * from the EntityManager's tenant property and part of the primary key.
 */
class TenantOwnedEntityIT {

    static EntityManagerFactory emf;

    @BeforeAll
    static void open() {
        emf = TestDatabase.fresh("streetgov_it_tenant_owned").entityManagerFactory();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void every_entity_but_the_district_registry_is_tenant_owned_through_the_mapped_superclass() {
        Session session = JpaHelper.getServerSession(emf);
        List<Class<?>> entities = emf.getMetamodel().getEntities().stream()
                .<Class<?>>map(EntityType::getJavaType)
                .filter(c -> c != District.class)
                .toList();
        assertTrue(entities.size() >= 30, "entities: " + entities);
        for (Class<?> entity : entities) {
            assertTrue(TenantOwnedEntity.class.isAssignableFrom(entity), entity + " extends TenantOwnedEntity");
            ClassDescriptor descriptor = session.getDescriptor(entity);
            assertTrue(
                    descriptor.getMultitenantPolicy() instanceof SingleTableMultitenantPolicy,
                    entity + " is SINGLE_TABLE multitenant");
            var policy = (SingleTableMultitenantPolicy) descriptor.getMultitenantPolicy();
            var fields = policy.getTenantDiscriminatorFields();
            assertEquals(1, fields.size(), entity.toString());
            var field = fields.keySet().iterator().next();
            assertEquals("district_id", field.getName().toLowerCase(), entity.toString());
            assertEquals(TenantEntityManagers.TENANT_PROPERTY, fields.get(field), entity.toString());
            assertTrue(
                    descriptor.getPrimaryKeyFields().stream()
                            .anyMatch(f -> f.getName().equalsIgnoreCase("district_id")),
                    entity + " has district_id in its primary key");
        }
        assertTrue(session.getDescriptor(District.class).getMultitenantPolicy() == null, "the registry is not");
    }
}
