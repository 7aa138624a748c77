package com.streetgov.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.organisation.domain.Street;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** EclipseLink multitenancy against the real PostgreSQL schema that Flyway builds. */
class TenantIsolationIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");

    static TestDatabase db;
    static EntityManagerFactory emf;
    static String xichengStreetId;

    @BeforeAll
    static void seed() {
        db = TestDatabase.fresh("streetgov_it_tenancy");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);

        inDistrict(LUOHU, em -> em.persist(new Street("南湖街道", 0)));
        Street xicheng = new Street("西长安街街道", 0);
        xichengStreetId = xicheng.id();
        inDistrict(XICHENG, em -> em.persist(xicheng));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static void inDistrict(DistrictId district, Consumer<EntityManager> work) {
        TestDatabase.inDistrict(emf, district, work);
    }

    @Test
    void find_does_not_return_another_districts_row() {
        inDistrict(LUOHU, em -> assertNull(em.find(Street.class, xichengStreetId)));
        inDistrict(XICHENG, em -> assertNotNull(em.find(Street.class, xichengStreetId)));
    }

    @Test
    void jpql_queries_see_only_the_current_districts_rows() {
        inDistrict(LUOHU, em -> {
            List<String> names =
                    em.createQuery("select s.name from Street s", String.class).getResultList();
            assertEquals(List.of("南湖街道"), names);
            Long byId = em.createQuery("select count(s) from Street s where s.id = :id", Long.class)
                    .setParameter("id", xichengStreetId)
                    .getSingleResult();
            assertEquals(0L, byId);
        });
    }

    @Test
    void bulk_updates_cannot_touch_another_districts_rows() {
        inDistrict(LUOHU, em -> {
            int changed = em.createQuery("update Street s set s.name = 'x' where s.id = :id")
                    .setParameter("id", xichengStreetId)
                    .executeUpdate();
            assertEquals(0, changed);
        });
        inDistrict(
                XICHENG,
                em -> assertEquals(
                        "西长安街街道", em.find(Street.class, xichengStreetId).name()));
    }

    @Test
    void rows_written_in_a_district_carry_its_district_id() throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select district_id from street where id = '" + xichengStreetId + "'")) {
            assertTrue(rs.next());
            assertEquals("xicheng", rs.getString(1));
        }
    }

    @Test
    void writing_a_tenant_owned_row_with_no_district_set_fails() throws Exception {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            assertThrows(RuntimeException.class, () -> {
                em.persist(new Street("无区街道", 0));
                em.flush();
            });
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from street where name = '无区街道'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void reading_tenant_owned_rows_with_no_district_set_fails() {
        EntityManager em = emf.createEntityManager();
        try {
            assertThrows(RuntimeException.class, () -> em.createQuery("select s from Street s", Street.class)
                    .getResultList());
        } finally {
            em.close();
        }
    }
}
