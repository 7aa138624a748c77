package com.streetgov.duty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coverage finds a planted gap and a planted double lead, naming the unit and the item. */
class CoverageTest {

    static final LocalDate DAY = LocalDate.of(2021, 3, 1);

    static Unit unit(String code, String name) {
        return new Unit(
                code, name, UnitKind.OFFICE, false, false, false, List.of(), List.of(), Map.of(), null, null, false);
    }

    static DutyItem item(String code, String name, String area, DutyRole role, List<String> lead, List<String> assist) {
        return DutyItemBuilder.item(code, name)
                .area(area)
                .role(role)
                .lead(lead)
                .assist(assist)
                .build();
    }

    static final List<Unit> LAYOUT =
            List.of(unit("minsheng", "民生保障办公室"), unit("pingan", "平安建设办公室"), unit("chengshi", "城市管理办公室"));

    @Test
    void a_complete_list_has_no_problems_and_counts_by_role_and_area() {
        List<DutyItem> items = List.of(
                item("X-001", "最低生活保障", "民生保障", DutyRole.LEAD, List.of("minsheng"), List.of()),
                item("X-002", "矛盾纠纷调解", "平安建设", DutyRole.COORDINATE, List.of("pingan"), List.of("minsheng")),
                item("X-003", "环境卫生", "城市管理", DutyRole.ASSIST, List.of("chengshi"), List.of()));
        Coverage coverage = Coverage.of("s1", DAY, LAYOUT, items, List.of());
        assertEquals(List.of(), coverage.problems());
        assertEquals(Map.of(DutyRole.LEAD, 1, DutyRole.COORDINATE, 1, DutyRole.ASSIST, 1), coverage.byRole());
        assertEquals(3, coverage.activeItems());
    }

    @Test
    void a_planted_gap_and_double_lead_are_named() {
        List<DutyItem> items = List.of(
                item("X-001", "最低生活保障", "民生保障", DutyRole.LEAD, List.of("minsheng"), List.of()),
                item("X-002", "违法建设查处", "城市管理", DutyRole.LEAD, List.of(), List.of("pingan")),
                item("X-003", "环境卫生", "城市管理", DutyRole.LEAD, List.of("chengshi", "pingan"), List.of()));
        List<String> messages = Coverage.of("s1", DAY, LAYOUT, items, List.of()).problems().stream()
                .map(p -> p.message().inDefaultLanguage())
                .toList();
        assertEquals(List.of("事项“违法建设查处”（X-002）没有牵头单位", "事项“环境卫生”（X-003）有2个牵头单位：城市管理办公室、平安建设办公室"), messages);
        List<String> english = Coverage.of("s1", DAY, LAYOUT, items, List.of()).problems().stream()
                .map(p -> p.message().render(Locale.ENGLISH))
                .toList();
        assertEquals(
                List.of(
                        "Duty item “违法建设查处” (X-002) has no lead unit",
                        "Duty item “环境卫生” (X-003) has 2 lead units: 城市管理办公室、平安建设办公室"),
                english);
        assertEquals(
                "事項「违法建设查处」（X-002）沒有牽頭單位",
                Coverage.of("s1", DAY, LAYOUT, items, List.of())
                        .problems()
                        .get(0)
                        .message()
                        .render(Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void a_streets_re_division_overrides_the_district_lead_and_idle_units_are_listed() {
        List<DutyItem> items = List.of(
                item("X-001", "最低生活保障", "民生保障", DutyRole.LEAD, List.of("minsheng"), List.of()),
                item("X-002", "矛盾纠纷调解", "平安建设", DutyRole.LEAD, List.of("pingan"), List.of()));
        List<StreetAssignment> redivided = List.of(new StreetAssignment("s1", "X-002", List.of("minsheng")));
        List<Coverage.Problem> problems =
                Coverage.of("s1", DAY, LAYOUT, items, redivided).problems();
        assertEquals(
                List.of("单位“平安建设办公室”没有承担任何职责事项", "单位“城市管理办公室”没有承担任何职责事项"),
                problems.stream().map(p -> p.message().inDefaultLanguage()).toList());
        assertEquals(
                1,
                Coverage.of("s2", DAY, LAYOUT, items, redivided).problems().size(),
                "other streets keep the district's division");
    }

    @Test
    void items_outside_their_effective_period_do_not_count() {
        DutyItem returned = DutyItemBuilder.item("X-009", "已归还事项")
                .active(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1))
                .build();
        assertEquals(
                0, Coverage.of("s1", DAY, LAYOUT, List.of(returned), List.of()).activeItems());
    }
}
