package com.streetgov.enforcement.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.enforcement.domain.AppointmentConsultation;
import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.HandoverMode;
import com.streetgov.enforcement.domain.PowerCode;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerType;
import com.streetgov.enforcement.domain.SecondedStaff;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog, a team, its seconded staff and a consultation through the real schema, per district. */
class EnforcementStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static EntityManagerFactory emf;

    @BeforeAll
    static void seed() {
        emf = TestDatabase.fresh("streetgov_it_enforcement").entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void a_power_and_a_team_with_staff_and_a_consultation_read_back_in_their_district_only() {
        EnforcementPower power = new EnforcementPower(
                PowerCode.of(PowerDomain.CITY_MANAGEMENT, PowerType.PENALTY, 1),
                "对擅自占用城市道路的处罚",
                PowerType.PENALTY,
                PowerDomain.CITY_MANAGEMENT,
                "《城市道路管理条例》",
                "第四十二条",
                "区城管委",
                HandoverMode.HANDED_OVER,
                "跨街道的案件由区级查处",
                LocalDate.of(2020, 1, 1),
                false);
        EnforcementTeam team =
                new EnforcementTeam("dongsi", "东四街道综合执法队", Set.of(PowerDomain.CITY_MANAGEMENT, PowerDomain.WATER));
        SecondedStaff officer = new SecondedStaff("s-1", "dongsi", "王警官", "公安", LocalDate.of(2018, 6, 1));
        AppointmentConsultation asked =
                new AppointmentConsultation("c-1", "dongsi", LocalDate.of(2018, 7, 2), "派驻组长", "李某", "市场监管", "同意");
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            em.persist(new EnforcementPowerEntity(power));
            em.persist(new EnforcementTeamEntity(team));
            em.flush();
            em.persist(new SecondedStaffEntity(officer));
            em.persist(new ConsultationEntity(asked));
        });
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            assertEquals(
                    power, em.find(EnforcementPowerEntity.class, power.code()).toPower());
            assertEquals(team, em.find(EnforcementTeamEntity.class, "dongsi").toTeam());
            assertEquals(officer, em.find(SecondedStaffEntity.class, "s-1").toStaff());
            assertEquals(asked, em.find(ConsultationEntity.class, "c-1").toConsultation());
        });
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            assertEquals(null, em.find(EnforcementPowerEntity.class, power.code()));
            assertEquals(
                    List.of(),
                    em.createQuery("select t from EnforcementTeamEntity t", EnforcementTeamEntity.class)
                            .getResultList());
        });
    }
}
