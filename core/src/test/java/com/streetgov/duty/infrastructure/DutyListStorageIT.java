package com.streetgov.duty.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyItemBuilder;
import com.streetgov.duty.domain.DutyQuery;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Duty items round-trip through the real schema and stay within their district. */
class DutyListStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static TestDatabase db;
    static EntityManagerFactory emf;

    static final DutyItem DIBAO = DutyItemBuilder.item("XC-001", "最低生活保障审核")
            .lead("minsheng")
            .assist("shequ", "diqu")
            .legalBasis("《社会救助暂行办法》")
            .origin("区民政局")
            .keywords("低保", "救助")
            .build();

    @BeforeAll
    static void seed() {
        db = TestDatabase.fresh("streetgov_it_duty");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        TestDatabase.inDistrict(emf, XICHENG, em -> em.persist(new DutyItemEntity(DIBAO)));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static List<DutyItem> items(EntityManager em) {
        return em.createQuery("select d from DutyItemEntity d", DutyItemEntity.class)
                .getResultStream()
                .map(DutyItemEntity::toItem)
                .toList();
    }

    @Test
    void an_item_reads_back_as_written_in_its_district_only() {
        TestDatabase.inDistrict(emf, XICHENG, em -> assertEquals(List.of(DIBAO), items(em)));
        TestDatabase.inDistrict(emf, LUOHU, em -> assertEquals(List.of(), items(em)));
    }

    @Test
    void a_keyword_containing_the_list_separator_survives_a_round_trip() {
        DutyItem lift = DutyItemBuilder.item("XC-003", "老旧小区加装电梯协调")
                .lead("minsheng")
                .assist("shequ")
                .keywords("加装电梯、协调", "电梯")
                .build();
        TestDatabase.inDistrict(emf, XICHENG, em -> em.persist(new DutyItemEntity(lift)));
        TestDatabase.inDistrict(
                emf,
                XICHENG,
                em -> assertEquals(
                        List.of("加装电梯、协调", "电梯"),
                        em.find(DutyItemEntity.class, "XC-003").toItem().keywords()));
        remove("XC-003");
    }

    @Test
    void a_list_stored_the_old_way_joined_with_the_separator_still_reads() throws Exception {
        DutyItem old = DutyItemBuilder.item("XC-004", "旧数据事项").lead("minsheng").build();
        TestDatabase.inDistrict(emf, XICHENG, em -> em.persist(new DutyItemEntity(old)));
        try (Connection owner = db.connect();
                Statement s = owner.createStatement()) {
            s.executeUpdate("update duty_item set keywords = '低保、救助', assisting_units = '' where code = 'XC-004'");
        }
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            DutyItem read = em.find(DutyItemEntity.class, "XC-004").toItem();
            assertEquals(List.of("低保", "救助"), read.keywords());
            assertEquals(List.of(), read.assistingUnits());
            assertEquals(List.of("minsheng"), read.leadUnits());
        });
        remove("XC-004");
    }

    @Test
    void the_text_filter_still_finds_an_item_by_one_of_its_keywords() {
        JpaDutyListRepository repository = new JpaDutyListRepository();
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            TestDatabase.inject(repository, "current", TestDatabase.joined(em));
            assertEquals(List.of(DIBAO), repository.page(new DutyQuery("救助", null, null, null), 0, 10));
            assertEquals(List.of(), repository.page(new DutyQuery("电梯", null, null, null), 0, 10));
        });
    }

    /** Takes a test's own item away again, so that the district lists DIBAO alone. */
    static void remove(String code) {
        TestDatabase.inDistrict(emf, XICHENG, em -> em.remove(em.find(DutyItemEntity.class, code)));
    }

    @Test
    void an_item_cannot_end_before_it_starts() {
        DutyItem backwards = DutyItemBuilder.item("XC-002", "倒置事项")
                .active(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1))
                .build();
        assertThrows(
                RuntimeException.class,
                () -> TestDatabase.inDistrict(emf, XICHENG, em -> {
                    em.persist(new DutyItemEntity(backwards));
                    em.flush();
                }));
    }
}
