package com.streetgov.duty.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyItemBuilder;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Duty items round-trip through the real schema and stay within their district. */
class DutyListStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
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
        emf = TestDatabase.fresh("streetgov_it_duty").entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        TestDatabase.inDistrict(emf, XICHENG, em -> em.persist(new DutyItemRecord(DIBAO)));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static List<DutyItem> items(EntityManager em) {
        return em.createQuery("select d from DutyItemRecord d", DutyItemRecord.class)
                .getResultStream()
                .map(DutyItemRecord::toItem)
                .toList();
    }

    @Test
    void an_item_reads_back_as_written_in_its_district_only() {
        TestDatabase.inDistrict(emf, XICHENG, em -> assertEquals(List.of(DIBAO), items(em)));
        TestDatabase.inDistrict(emf, LUOHU, em -> assertEquals(List.of(), items(em)));
    }

    @Test
    void an_item_cannot_end_before_it_starts() {
        DutyItem backwards = DutyItemBuilder.item("XC-002", "倒置事项")
                .active(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1))
                .build();
        assertThrows(
                RuntimeException.class,
                () -> TestDatabase.inDistrict(emf, XICHENG, em -> {
                    em.persist(new DutyItemRecord(backwards));
                    em.flush();
                }));
    }
}
