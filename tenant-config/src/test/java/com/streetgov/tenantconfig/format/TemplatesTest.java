package com.streetgov.tenantconfig.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.reform.domain.Finding;
import com.streetgov.reform.domain.ModelValidator;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The four seed templates read, validate with warnings only, and say what the sources say. */
class TemplatesTest {

    static final List<String> IDS = Templates.IDS;

    @ParameterizedTest
    @FieldSource("IDS")
    void template_reads_and_validates_with_warnings_only(String id) {
        ReformModel model = Templates.load(id);
        List<Finding> findings = ModelValidator.validate(model);
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        assertEquals(List.of(), errors, id + " has errors");
        assertTrue(
                findings.stream()
                        .allMatch(f -> f.rule().equals(ModelValidator.TO_BE_CONFIRMED)
                                || f.rule().equals(ModelValidator.LEGACY_MAPPED)),
                "warnings are only for what is to be confirmed: " + findings);
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void template_export_then_import_gives_the_identical_model(String id) throws Exception {
        ReformModel model = Templates.load(id);
        String exported = ModelFileWriter.write(model);
        assertEquals(model, ModelFileReader.read(exported));
        assertEquals(exported, ModelFileWriter.write(ModelFileReader.read(exported)));
    }

    static Set<String> unitNames(ReformModel model, String street, LocalDate date) {
        return model.unitsOf(street, date).stream().map(Unit::name).collect(Collectors.toSet());
    }

    @Test
    void dongsi_has_the_pilot_layout_in_june_2018_and_the_roll_out_layout_in_2019() {
        ReformModel dongcheng = Templates.load("dongcheng");
        Set<String> pilot = unitNames(dongcheng, "dongsi", LocalDate.of(2018, 6, 1));
        assertTrue(
                pilot.containsAll(Set.of(
                        "综合保障部",
                        "党群工作部",
                        "社区建设部",
                        "民生保障部",
                        "社区平安部",
                        "城市管理部",
                        "综合执法队",
                        "社区服务中心",
                        "政务服务中心",
                        "网格化服务管理中心",
                        "党建服务中心")),
                pilot.toString());
        assertTrue(pilot.stream().anyMatch(n -> n.startsWith("纪工委")), pilot.toString());
        assertEquals(12, pilot.size(), "六部一队四中心 plus 纪工委");

        List<Unit> rollOut = dongcheng.unitsOf("dongsi", LocalDate.of(2019, 1, 1));
        assertEquals(
                6, rollOut.stream().filter(u -> u.kind() == UnitKind.OFFICE).count(), "六办");
        assertEquals(
                1, rollOut.stream().filter(u -> u.kind() == UnitKind.COMMISSION).count(), "一委");
        assertEquals(1, rollOut.stream().filter(u -> u.kind() == UnitKind.TEAM).count(), "一队");
        assertEquals(
                4, rollOut.stream().filter(u -> u.kind() == UnitKind.CENTER).count(), "四中心");
        assertFalse(rollOut.stream().anyMatch(u -> u.name().endsWith("部")), "部 became 办公室");
    }

    @Test
    void a_street_outside_the_pilot_had_no_reformed_layout_before_the_roll_out() {
        ReformModel dongcheng = Templates.load("dongcheng");
        String other = dongcheng.streets().stream()
                .map(s -> s.code())
                .filter(c -> !Set.of("dongzhimen", "dongsi", "chaoyangmen").contains(c))
                .findFirst()
                .orElseThrow();
        assertTrue(dongcheng.layoutOf(other, LocalDate.of(2018, 6, 1)).isEmpty());
        assertEquals(12, dongcheng.unitsOf(other, LocalDate.of(2019, 1, 1)).size());
    }

    @Test
    void xicheng_is_one_commission_seven_offices_three_centres_one_team_with_agencies_sunk() {
        ReformModel xicheng = Templates.load("xicheng");
        List<Unit> units = xicheng.versions().get(xicheng.versions().size() - 1).units();
        assertEquals(
                1, units.stream().filter(u -> u.kind() == UnitKind.COMMISSION).count());
        assertEquals(7, units.stream().filter(u -> u.kind() == UnitKind.OFFICE).count());
        assertEquals(3, units.stream().filter(u -> u.kind() == UnitKind.CENTER).count());
        assertEquals(1, units.stream().filter(u -> u.kind() == UnitKind.TEAM).count());
        var version = xicheng.versions().get(xicheng.versions().size() - 1);
        var sunk = version.dispatchedAgencies().stream()
                .collect(Collectors.toMap(
                        a -> a.name(),
                        a -> version.unit(a.sunkInto()).orElseThrow().name()));
        assertEquals("平安建设办公室", sunk.get("司法所"));
        assertEquals("地区协调服务办公室", sunk.get("统计所"));
    }

    @Test
    void luohu_is_five_departments_two_offices_two_centres_with_departments_locked() {
        ReformModel luohu = Templates.load("luohu");
        List<Unit> units = luohu.versions().get(luohu.versions().size() - 1).units();
        assertEquals(
                5, units.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).count());
        assertEquals(2, units.stream().filter(u -> u.kind() == UnitKind.OFFICE).count());
        assertEquals(2, units.stream().filter(u -> u.kind() == UnitKind.CENTER).count());
        assertTrue(luohu.rules().lockedKinds().contains(UnitKind.DEPARTMENT));
        assertEquals(30, luohu.rules().streetPlanDeadlineDays());
    }
}
