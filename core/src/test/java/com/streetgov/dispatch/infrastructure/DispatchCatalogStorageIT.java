package com.streetgov.dispatch.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dispatch catalog on the real schema: stored and read back whole, replaced whole, and one
 * district's catalog is invisible to and untouched by another's (the same codes in both), each row
 * carrying its district.
 */
class DispatchCatalogStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static TestDatabase db;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("streetgov_it_dispatch");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static <T> T in(DistrictId district, Function<JpaDispatchCatalogRepository, T> work) {
        Object[] result = new Object[1];
        TestDatabase.inDistrict(emf, district, em -> {
            JpaDispatchCatalogRepository repository = new JpaDispatchCatalogRepository();
            TestDatabase.inject(repository, "current", TestDatabase.joined(em));
            result[0] = work.apply(repository);
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    static DispatchCatalog catalog(String departmentName, String itemCode) {
        return new DispatchCatalog(
                List.of(new Department("qu-scjg", departmentName, List.of("市场监管局", "市监局"), "inferred")),
                List.of(
                        new DispatchType(
                                "FOOD-A",
                                "超市卖过期食品",
                                "FOOD_SAFETY",
                                List.of("过期", "变质\n食品"),
                                List.of("楼下超市卖过期牛奶。", "面包发霉了还在卖。"),
                                DispatchTarget.department("qu-scjg"),
                                "inferred"),
                        new DispatchType(
                                "SAN-A",
                                "道路保洁",
                                "SANITATION",
                                List.of("没人扫"),
                                List.of(),
                                DispatchTarget.item(itemCode),
                                "source"),
                        new DispatchType(
                                "RC-A",
                                "居委会换届",
                                "RESIDENTS_COMMITTEE",
                                List.of("换届"),
                                List.of("换届选举没通知。"),
                                DispatchTarget.community(),
                                "inferred")));
    }

    static long rows(String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void a_catalog_is_stored_whole_and_seen_by_its_own_district_only() throws Exception {
        DispatchCatalog luohu = catalog("罗湖区市场监督管理局", "LH-PD-001");
        in(LUOHU, r -> {
            r.replace(luohu);
            return null;
        });
        assertEquals(DispatchCatalog.EMPTY, in(XICHENG, r -> r.catalog()), "another district sees nothing");

        DispatchCatalog read = in(LUOHU, r -> r.catalog());
        assertEquals(luohu.departments(), read.departments());
        DispatchType food = read.type("FOOD-A").orElseThrow();
        assertEquals(luohu.type("FOOD-A").orElseThrow().examples(), food.examples());
        assertEquals(DispatchTarget.department("qu-scjg"), food.target());
        assertEquals(luohu.type("SAN-A"), read.type("SAN-A"));
        assertEquals(
                List.of("过期", "变质 食品"),
                read.type("FOOD-A").orElseThrow().synonyms(),
                "a line break in an entry becomes a space");
        assertEquals(luohu.type("RC-A"), read.type("RC-A"));

        DispatchCatalog xicheng = catalog("西城区市场监督管理局", "XC-PD-001");
        in(XICHENG, r -> {
            r.replace(xicheng);
            return null;
        });
        assertEquals(
                "罗湖区市场监督管理局", in(LUOHU, r -> r.catalog()).departments().get(0).name(), "same codes, untouched");
        assertEquals(3, rows("select count(*) from dispatch_type where district_id = 'luohu'"));
        assertEquals(3, rows("select count(*) from dispatch_type where district_id = 'xicheng'"));
        assertEquals(1, rows("select count(*) from district_department where district_id = 'xicheng'"));

        in(LUOHU, r -> {
            r.replace(new DispatchCatalog(List.of(), List.of(luohu.types().get(2))));
            return null;
        });
        DispatchCatalog replaced = in(LUOHU, r -> r.catalog());
        assertEquals(
                List.of("RC-A"),
                replaced.types().stream().map(DispatchType::code).toList(),
                "replaced whole");
        assertTrue(replaced.departments().isEmpty());
        assertEquals(3, rows("select count(*) from dispatch_type where district_id = 'xicheng'"), "xicheng untouched");
    }

    @Test
    void an_edit_of_a_districts_catalog_waits_for_the_one_before_and_another_district_does_not() throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        long[] released = new long[1];
        var first = java.util.concurrent.CompletableFuture.runAsync(() -> in(LUOHU, repository -> {
            repository.catalogForChange();
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            released[0] = System.nanoTime();
            return null;
        }));
        held.await();
        long otherDistrict = in(XICHENG, repository -> {
            repository.catalogForChange();
            return System.nanoTime();
        });
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> in(LUOHU, repository -> {
            repository.catalogForChange();
            return System.nanoTime();
        }));
        Thread.sleep(300);
        assertTrue(!second.isDone(), "the second editor of the same district waits");
        release.countDown();
        first.get();
        long acquired = second.get();
        assertTrue(acquired > released[0], "it goes on only after the first transaction ended");
        assertTrue(otherDistrict < released[0], "another district's editor did not wait");
    }
}
