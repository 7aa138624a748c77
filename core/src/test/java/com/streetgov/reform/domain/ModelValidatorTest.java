package com.streetgov.reform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each rule, broken by one fixture, reports what and where (in zh-CN here; English and zh-TW at the end). */
public class ModelValidatorTest {

    static final Map<UnitKind, String> TERMS = Map.of(
            UnitKind.DEPARTMENT,
            "部",
            UnitKind.OFFICE,
            "办公室",
            UnitKind.CENTER,
            "中心",
            UnitKind.TEAM,
            "队",
            UnitKind.COMMISSION,
            "委");

    static Unit unit(String code, String name, UnitKind kind, String... legacy) {
        return new Unit(code, name, kind, false, false, false, List.of(), List.of(legacy), Map.of(), null, null, false);
    }

    static Unit staffed(String code, String name, int administrative) {
        return new Unit(
                code,
                name,
                UnitKind.DEPARTMENT,
                false,
                false,
                false,
                List.of(),
                List.of(),
                Map.of(StaffType.ADMINISTRATIVE, administrative),
                null,
                null,
                false);
    }

    static ModelVersion district(List<Unit> units, List<LegacySection> legacy) {
        return new ModelVersion(
                "all",
                "全区",
                VersionLevel.DISTRICT,
                null,
                true,
                List.of(),
                VersionStatus.EFFECTIVE,
                LocalDate.of(2016, 4, 1),
                legacy,
                units,
                List.of());
    }

    /** Two urban streets inside the zone, ≤ 3 departments, departments locked, 10 administrative posts. */
    public static ReformModel valid() {
        List<LegacySection> legacy =
                List.of(new LegacySection("L1", "党政办", false, false), new LegacySection("L2", "计生办", false, false));
        List<Unit> units = List.of(
                unit("zonghe", "综合部", UnitKind.DEPARTMENT, "L1"),
                unit("minsheng", "民生事务部", UnitKind.DEPARTMENT, "L2"),
                unit("gonggong", "公共事务中心", UnitKind.CENTER, "L2"));
        ModelRules rules = new ModelRules(
                Set.of(UnitKind.DEPARTMENT, UnitKind.OFFICE, UnitKind.CENTER),
                List.of(new UnitCountLimit("综合性科室不超过3个", null, "INSIDE", Set.of(UnitKind.DEPARTMENT), null, 3)),
                Set.of(UnitKind.DEPARTMENT),
                30,
                Map.of(StaffType.ADMINISTRATIVE, 10));
        return new ReformModel(
                "test",
                "测试",
                List.of(),
                "测试区",
                null,
                TERMS,
                List.of(
                        new StreetProfile("nanhu", "南湖街道", StreetKind.URBAN, "INSIDE", null, null, null, false),
                        new StreetProfile("huangbei", "黄贝街道", StreetKind.URBAN, "INSIDE", null, null, null, false)),
                rules,
                List.of(district(units, legacy)));
    }

    static ReformModel withVersions(ReformModel m, UnaryOperator<List<ModelVersion>> change) {
        return VersionLifecycle.replaceVersions(m, change.apply(new ArrayList<>(m.versions())));
    }

    static ReformModel withUnits(UnaryOperator<List<Unit>> change) {
        ReformModel m = valid();
        ModelVersion v = m.versions().get(0);
        return withVersions(m, vs -> List.of(district(change.apply(new ArrayList<>(v.units())), v.legacySections())));
    }

    static Finding only(ReformModel model, String rule) {
        List<Finding> errors =
                ModelValidator.validate(model).stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(rule, errors.get(0).rule());
        return errors.get(0);
    }

    @Test
    void the_fixture_is_valid() {
        assertEquals(List.of(), ModelValidator.validate(valid()));
    }

    @Test
    void unit_names_are_unique_within_a_version() {
        Finding f = only(
                withUnits(u -> {
                    u.add(unit("zonghe2", "综合部", UnitKind.DEPARTMENT, "L1"));
                    return u;
                }),
                ModelValidator.UNIQUE);
        assertEquals("版本“全区”（all）：单位名称“综合部”重复", f.message().inDefaultLanguage());
        assertEquals("/versions/0/units/3", f.path());
    }

    @Test
    void unit_kinds_must_be_allowed_by_the_district() {
        Finding f = only(
                withUnits(u -> {
                    u.add(unit("dui", "执法队", UnitKind.TEAM, "L1"));
                    return u;
                }),
                ModelValidator.KIND_ALLOWED);
        assertEquals("版本“全区”（all）：单位“执法队”的类型“队”不在本区允许的类型之内", f.message().inDefaultLanguage());
        assertEquals("/versions/0/units/3/kind", f.path());
    }

    @Test
    void every_legacy_section_is_mapped_to_a_unit() {
        Finding f = only(
                withUnits(u -> {
                    u.set(0, unit("zonghe", "综合部", UnitKind.DEPARTMENT));
                    return u;
                }),
                ModelValidator.LEGACY_MAPPED);
        assertEquals("版本“全区”（all）：原科室“党政办”未划入任何新单位", f.message().inDefaultLanguage());
        assertEquals("/versions/0/legacySections/0", f.path());
    }

    @Test
    void the_unit_count_limit_holds_for_every_covered_street() {
        ReformModel model = withUnits(u -> {
            u.add(unit("pingan", "平安建设部", UnitKind.DEPARTMENT, "L1"));
            u.add(unit("fazhan", "发展更新部", UnitKind.DEPARTMENT, "L1"));
            return u;
        });
        List<Finding> errors =
                ModelValidator.validate(model).stream().filter(Finding::isError).toList();
        assertEquals(2, errors.size(), "one per street: " + errors);
        assertEquals(
                "版本“全区”（all）：南湖街道计入限额的单位有4个，不符合“综合性科室不超过3个”（至多3个）",
                errors.get(0).message().inDefaultLanguage());
    }

    @Test
    void quotas_stay_within_the_district_totals() {
        ReformModel model = withUnits(u -> {
            u.add(staffed("a", "甲中心", 6));
            u.set(
                    2,
                    new Unit(
                            "gonggong",
                            "公共事务中心",
                            UnitKind.CENTER,
                            false,
                            false,
                            false,
                            List.of(),
                            List.of("L2"),
                            Map.of(StaffType.ADMINISTRATIVE, 5),
                            null,
                            null,
                            false));
            return u;
        });
        List<Finding> errors =
                ModelValidator.validate(model).stream().filter(Finding::isError).toList();
        assertTrue(
                errors.stream()
                        .anyMatch(e -> e.message().inDefaultLanguage().equals("版本“全区”（all）：南湖街道的行政编制合计11名，超过区定总额10名")),
                errors.toString());
    }

    @Test
    void a_street_plan_may_not_change_locked_departments() {
        ReformModel m = valid();
        ModelVersion d = m.versions().get(0);
        List<Unit> renamed = new ArrayList<>(d.units());
        renamed.set(1, unit("minsheng", "社会事务部", UnitKind.DEPARTMENT, "L2"));
        ModelVersion plan = new ModelVersion(
                "nanhu-plan",
                "南湖方案",
                VersionLevel.STREET,
                "nanhu",
                false,
                List.of(),
                VersionStatus.DRAFT,
                null,
                d.legacySections(),
                renamed,
                List.of());
        Finding f = only(
                withVersions(m, vs -> {
                    vs.add(plan);
                    return vs;
                }),
                ModelValidator.LOCKED);
        assertEquals(
                "版本“南湖方案”（nanhu-plan）：区里锁定了“部”的数量和名称（应为民生事务部、综合部），街道方案为社会事务部、综合部",
                f.message().inDefaultLanguage());
    }

    @Test
    void a_filed_version_needs_its_effective_date() {
        ReformModel m = valid();
        Finding f = only(
                withVersions(m, vs -> List.of(vs.get(0).withStatus(VersionStatus.FILED, null))),
                ModelValidator.EFFECTIVE_DATE);
        assertEquals("/versions/0/effectiveFrom", f.path());
    }

    @Test
    void references_to_streets_sections_and_units_must_resolve() {
        ReformModel m = valid();
        ModelVersion d = m.versions().get(0);
        ModelVersion broken = new ModelVersion(
                "x",
                "错版",
                VersionLevel.DISTRICT,
                null,
                false,
                List.of("nowhere"),
                VersionStatus.DRAFT,
                null,
                d.legacySections(),
                d.units(),
                List.of(new DispatchedAgency("司法所", "pingan", "区司法局")));
        List<Finding> errors = ModelValidator.validate(withVersions(m, vs -> List.of(broken))).stream()
                .filter(Finding::isError)
                .toList();
        assertEquals(
                List.of("版本“错版”（x）：适用范围中的街道“nowhere”不存在", "版本“错版”（x）：派出机构“司法所”下沉的单位“pingan”不存在"),
                errors.stream().map(f -> f.message().inDefaultLanguage()).toList());
    }

    @Test
    void to_be_confirmed_elements_are_warnings_not_errors() {
        ReformModel m = valid();
        ModelVersion d = m.versions().get(0);
        List<LegacySection> legacy = new ArrayList<>(d.legacySections());
        legacy.add(new LegacySection("L9", "待确认科室9", false, true));
        List<Finding> findings = ModelValidator.validate(withVersions(m, vs -> List.of(district(d.units(), legacy))));
        assertTrue(findings.stream().noneMatch(Finding::isError), findings.toString());
        assertTrue(
                findings.stream().anyMatch(f -> f.message().inDefaultLanguage().equals("版本“全区”（all）：原科室“待确认科室9”待确认")));
    }

    @Test
    void as_of_a_date_a_street_follows_the_latest_version_that_took_effect() {
        ReformModel m = valid();
        ModelVersion first = m.versions().get(0);
        ModelVersion later = new ModelVersion(
                "later",
                "调整",
                VersionLevel.DISTRICT,
                null,
                false,
                List.of("nanhu"),
                VersionStatus.EFFECTIVE,
                LocalDate.of(2017, 1, 1),
                first.legacySections(),
                first.units(),
                List.of());
        ReformModel model = withVersions(m, vs -> {
            vs.add(later);
            return vs;
        });
        assertEquals(
                "all",
                model.layoutOf("nanhu", LocalDate.of(2016, 12, 31))
                        .orElseThrow()
                        .code());
        assertEquals(
                "later",
                model.layoutOf("nanhu", LocalDate.of(2017, 1, 1)).orElseThrow().code());
        assertEquals(
                "all",
                model.layoutOf("huangbei", LocalDate.of(2017, 1, 1))
                        .orElseThrow()
                        .code());
        assertTrue(model.layoutOf("nanhu", LocalDate.of(2016, 3, 31)).isEmpty());
    }
}
