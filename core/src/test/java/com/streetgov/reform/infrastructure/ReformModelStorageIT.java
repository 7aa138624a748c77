package com.streetgov.reform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.reform.domain.AuditEntry;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reform models and their audit trail are tenant-owned like everything else, on the real PostgreSQL. */
class ReformModelStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static EntityManagerFactory emf;

    @BeforeAll
    static void seed() {
        emf = TestDatabase.fresh("streetgov_it_reform").entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        inDistrict(LUOHU, em -> {
            em.persist(new ReformModelEntity("{\"luohu\": true}"));
            em.persist(new ReformAuditEntity(entry("luohu-admin")));
        });
        inDistrict(XICHENG, em -> {
            em.persist(new ReformModelEntity("{\"xicheng\": true}"));
            em.persist(new ReformAuditEntity(entry("xicheng-admin")));
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static AuditEntry entry(String actor) {
        return new AuditEntry(
                OffsetDateTime.now(ZoneOffset.UTC), actor, "INSTALL", null, Text.literal("安装"), null, null, "{}");
    }

    static void inDistrict(DistrictId district, Consumer<EntityManager> work) {
        TestDatabase.inDistrict(emf, district, work);
    }

    @Test
    void a_district_reads_only_its_own_model_and_history() {
        inDistrict(LUOHU, em -> {
            List<String> docs = em.createQuery("select m from ReformModelEntity m", ReformModelEntity.class)
                    .getResultStream()
                    .map(ReformModelEntity::document)
                    .toList();
            assertEquals(List.of("{\"luohu\": true}"), docs);
            List<String> actors = em.createQuery("select a from ReformAuditEntity a", ReformAuditEntity.class)
                    .getResultStream()
                    .map(a -> a.toEntry().actor())
                    .toList();
            assertEquals(List.of("luohu-admin"), actors);
        });
    }

    @Test
    void a_district_has_at_most_one_model() {
        assertThrows(
                RuntimeException.class,
                () -> inDistrict(LUOHU, em -> {
                    em.persist(new ReformModelEntity("{\"second\": true}"));
                    em.flush();
                }));
    }
}
