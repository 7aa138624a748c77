package com.streetgov.duty.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.duty.domain.AdmissionApplication;
import com.streetgov.duty.domain.AdmissionEntry;
import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.Movement;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.duty.domain.WorkingDayCalendar;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Admissions, calendar days, policy, street assignments and item movements through the real schema. */
class AdmissionStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static EntityManagerFactory emf;

    @BeforeAll
    static void seed() {
        emf = TestDatabase.fresh("streetgov_it_admission").entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void an_application_reads_back_with_its_proposal_in_its_district_only() throws Exception {
        AdmissionEntry entry = new AdmissionEntry(
                AdmissionApplication.apply(
                                "ZR-2024-001",
                                "老旧小区加装电梯协调",
                                "区住建委",
                                DutyLevel.STREET,
                                LocalDate.of(2024, 6, 3),
                                LocalDate.of(2024, 8, 1),
                                new AdmissionPolicy(30, 15),
                                new WorkingDayCalendar(Set.of(), Set.of()))
                        .review(),
                "城市建设",
                List.of("chengshi-guanli"));
        TestDatabase.inDistrict(emf, XICHENG, em -> em.persist(new AdmissionEntity(entry, "xicheng-admin")));
        TestDatabase.inDistrict(
                emf,
                XICHENG,
                em -> assertEquals(
                        entry, em.find(AdmissionEntity.class, "ZR-2024-001").toEntry()));
        TestDatabase.inDistrict(
                emf,
                LUOHU,
                em -> assertEquals(
                        0L,
                        em.createQuery("select count(a) from AdmissionEntity a").getSingleResult()));
    }

    @Test
    void calendar_days_and_the_policy_are_per_district() {
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            em.persist(new CalendarDayEntity(new CalendarDay(LocalDate.of(2024, 10, 1), false, "国庆节")));
            em.persist(new CalendarDayEntity(new CalendarDay(LocalDate.of(2024, 10, 12), true, "国庆调休")));
            em.persist(new DutySettingsEntity(new AdmissionPolicy(30, 15)));
        });
        TestDatabase.inDistrict(emf, LUOHU, em -> em.persist(new DutySettingsEntity(new AdmissionPolicy(20, 10))));
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            var days = em.createQuery("select c from CalendarDayEntity c order by c.day", CalendarDayEntity.class)
                    .getResultStream()
                    .map(CalendarDayEntity::toDay)
                    .toList();
            WorkingDayCalendar calendar = CalendarDay.calendarOf(days);
            assertEquals(false, calendar.isWorkingDay(LocalDate.of(2024, 10, 1)));
            assertEquals(true, calendar.isWorkingDay(LocalDate.of(2024, 10, 12)));
            assertEquals(
                    new AdmissionPolicy(30, 15),
                    em.find(DutySettingsEntity.class, DutySettingsEntity.ADMISSION)
                            .toPolicy());
        });
        TestDatabase.inDistrict(
                emf,
                LUOHU,
                em -> assertEquals(
                        new AdmissionPolicy(20, 10),
                        em.find(DutySettingsEntity.class, DutySettingsEntity.ADMISSION)
                                .toPolicy()));
    }

    @Test
    void the_calendar_repository_saves_replaces_and_deletes_a_day_of_its_district_only() {
        LocalDate newYear = LocalDate.of(2025, 1, 1);
        JpaCalendarRepository calendar = new JpaCalendarRepository();
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            TestDatabase.inject(calendar, "current", TestDatabase.joined(em));
            calendar.saveDay(new CalendarDay(newYear, true, "试运行"));
            calendar.saveDay(new CalendarDay(newYear, false, "元旦"));
            assertEquals(List.of(new CalendarDay(newYear, false, "元旦")), calendar.calendarDays());
            assertEquals(false, calendar.calendar().isWorkingDay(newYear));
        });
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            TestDatabase.inject(calendar, "current", TestDatabase.joined(em));
            assertEquals(false, calendar.calendarDays().stream().anyMatch(d -> d.day()
                    .equals(newYear)));
        });
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            TestDatabase.inject(calendar, "current", TestDatabase.joined(em));
            calendar.deleteDay(newYear);
            assertEquals(List.of(), calendar.calendarDays());
        });
    }

    @Test
    void a_street_assignment_and_a_moved_item_read_back() {
        DutyItem cancelled = new DutyItem(
                        "LH-SQ-001",
                        "社区工作站统计报表",
                        "统计",
                        DutyLevel.WORKSTATION,
                        com.streetgov.duty.domain.DutyRole.LEAD,
                        List.of(),
                        List.of(),
                        null,
                        "区统计局",
                        LocalDate.of(2010, 1, 1),
                        null,
                        List.of(),
                        false,
                        null,
                        null)
                .moved(Movement.CANCELLED, LocalDate.of(2014, 6, 1));
        StreetAssignment own = new StreetAssignment("nanhu", "LH-001", List.of("minsheng"));
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            em.persist(new DutyItemEntity(cancelled));
            em.persist(new StreetAssignmentEntity(own));
        });
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            DutyItem back = em.find(DutyItemEntity.class, "LH-SQ-001").toItem();
            assertEquals(cancelled, back);
            assertEquals(LocalDate.of(2014, 6, 1), back.effectiveTo());
            assertEquals(
                    List.of(own),
                    em.createQuery("select a from StreetAssignmentEntity a", StreetAssignmentEntity.class)
                            .getResultStream()
                            .map(StreetAssignmentEntity::toAssignment)
                            .toList());
        });
        TestDatabase.inDistrict(
                emf,
                XICHENG,
                em -> assertEquals(
                        0L,
                        em.createQuery("select count(a) from StreetAssignmentEntity a")
                                .getSingleResult()));
    }
}
