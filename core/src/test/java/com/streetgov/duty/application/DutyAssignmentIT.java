package com.streetgov.duty.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.audit.infrastructure.JpaAuditRepository;
import com.streetgov.duty.domain.Coverage;
import com.streetgov.duty.domain.DutyItemBuilder;
import com.streetgov.duty.domain.DutyListChanged;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.duty.infrastructure.JpaDutyListRepository;
import com.streetgov.duty.infrastructure.JpaDutySettingsRepository;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.ModelValidatorTest;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.RecordingEvent;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The district's division of leads by layout (what a seed template's layoutLeads install) on the real
 * PostgreSQL: saved as street assignments whatever the district says about streets re-dividing,
 * audited with the template's reason, winning over the item's lead in coverage; a wrong assignment
 * refuses the whole list and records nothing.
 */
class DutyAssignmentIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final String REASON = "按模板：涉农街道由城市化推进科室牵头";
    static final ReformModel MODEL = ModelValidatorTest.valid();
    static EntityManagerFactory emf;
    static final List<DutyListChanged> FIRED = new ArrayList<>();

    @BeforeAll
    static void seed() {
        emf = TestDatabase.fresh("streetgov_it_duty_assignment").entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            var repository = new JpaDutyListRepository();
            TestDatabase.inject(repository, "current", TestDatabase.joined(em));
            repository.save(DutyItemBuilder.item("T-001", "征地拆迁").lead("zonghe").build());
            repository.save(
                    DutyItemBuilder.item("T-002", "社会救助").lead("minsheng").build());
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    interface Work<T> {
        T run(DutyListService service) throws Exception;
    }

    /** Runs {@code work} on a service wired to Luohu's data as its district admin, in one transaction. */
    static <T> T inLuohu(Work<T> work) {
        return TestDatabase.withService(emf, LUOHU, DutyAssignmentIT::service, work::run);
    }

    static DutyListService service(EntityManager em) {
        EntityManager joined = TestDatabase.joined(em);
        DutyListService service = new DutyListService();
        JpaDutyListRepository repository = new JpaDutyListRepository();
        TestDatabase.inject(repository, "current", joined);
        service.repository = repository;
        JpaDutySettingsRepository settings = new JpaDutySettingsRepository();
        TestDatabase.inject(settings, "current", joined);
        service.settings = settings;
        service.reformModels = new ReformModelService() {
            @Override
            public Optional<ReformModel> current() {
                return Optional.of(MODEL);
            }
        };
        CurrentCaller caller = new CurrentCaller();
        caller.set(Caller.user("luohu-admin", Set.of(CallerRole.DISTRICT_ADMIN), Optional.of(LUOHU), Optional.empty()));
        ConfigChanges audit = new ConfigChanges();
        JpaAuditRepository trail = new JpaAuditRepository();
        TestDatabase.inject(trail, "current", joined);
        TestDatabase.inject(audit, "repository", trail);
        TestDatabase.inject(audit, "caller", caller);
        service.audit = audit;
        CurrentDistrict district = new CurrentDistrict();
        district.set(LUOHU);
        service.district = district;
        service.changed = new RecordingEvent<DutyListChanged>(FIRED);
        return service;
    }

    /** Luohu's configuration trail, newest first. */
    static List<ConfigChange> trail() {
        List<ConfigChange> changes = new ArrayList<>();
        TestDatabase.inDistrict(emf, LUOHU, em -> {
            JpaAuditRepository trail = new JpaAuditRepository();
            TestDatabase.inject(trail, "current", TestDatabase.joined(em));
            changes.addAll(trail.changes(100));
        });
        return changes;
    }

    @Test
    void the_districts_division_by_layout_is_saved_audited_and_wins_in_coverage_though_streets_may_not_redivide() {
        assertTrue(!inLuohu(DutyListService::streetsMayRedivide), "Luohu here does not let streets re-divide");
        AssertionError own = assertThrows(
                AssertionError.class,
                () -> inLuohu(s -> {
                    s.reassign(new StreetAssignment("nanhu", "T-001", List.of("gonggong")), Optional.empty());
                    return null;
                }));
        assertEquals(List.of("本区未允许街道自行调整职责分工"), inDefaultLanguage(own));

        int before = trail().size();
        FIRED.clear();
        inLuohu(s -> {
            s.assignByLayout(List.of(new StreetAssignment("nanhu", "T-001", List.of("gonggong"))), DAY, REASON);
            return null;
        });
        assertEquals(
                List.of(new StreetAssignment("nanhu", "T-001", List.of("gonggong"))),
                inLuohu(DutyListService::assignments));
        List<ConfigChange> trail = trail();
        assertEquals(before + 1, trail.size());
        ConfigChange entry = trail.get(0);
        assertEquals(ConfigArea.REDIVISION, entry.area());
        assertEquals("luohu-admin", entry.actor());
        assertEquals("按机构设置将街道 nanhu 事项 T-001 的牵头单位设为 gonggong", entry.summary().inDefaultLanguage());
        assertEquals(REASON, entry.reason());
        assertEquals(1, FIRED.size(), "routing hears of the change");

        Coverage nanhu = inLuohu(s -> s.coverage("nanhu", DAY));
        Coverage huangbei = inLuohu(s -> s.coverage("huangbei", DAY));
        assertTrue(nanhu.problems().stream().noneMatch(p -> p.units().contains("gonggong")), "gonggong leads in nanhu");
        assertTrue(
                huangbei.problems().stream()
                        .anyMatch(p -> p.kind() == Coverage.Problem.Kind.IDLE_UNIT
                                && p.units().contains("gonggong")),
                "huangbei keeps the item's own lead");
    }

    @Test
    void a_wrong_assignment_refuses_the_whole_list_and_records_nothing() {
        List<StreetAssignment> saved = inLuohu(DutyListService::assignments);
        int before = trail().size();
        AssertionError refused = assertThrows(
                AssertionError.class,
                () -> inLuohu(s -> {
                    s.assignByLayout(
                            List.of(
                                    new StreetAssignment("huangbei", "T-002", List.of("zonghe")),
                                    new StreetAssignment("huangbei", "T-999", List.of("chengshihua")),
                                    new StreetAssignment("nowhere", "T-002", List.of("zonghe"))),
                            DAY,
                            REASON);
                    return null;
                }));
        assertEquals(
                List.of("没有编码为“T-999”的街道层级事项", "单位“chengshihua”不在街道 huangbei 的机构设置中", "没有编码为“nowhere”的街道"),
                inDefaultLanguage(refused));
        assertEquals(saved, inLuohu(DutyListService::assignments));
        assertEquals(before, trail().size());
    }

    /** The problems of the refusal that {@code failed} wraps, in zh-CN. */
    static List<String> inDefaultLanguage(AssertionError failed) {
        return ((DutyListService.InvalidItemException) failed.getCause())
                .problems().stream().map(Text::inDefaultLanguage).toList();
    }
}
