package com.streetgov.tenantconfig.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.duty.domain.Coverage;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import com.streetgov.duty.domain.MovementRegister;
import com.streetgov.enforcement.domain.EnforcementCoverage;
import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenantconfig.format.Templates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed templates' duty lists and catalogs carry the sources' figures and cover their layouts. */
class TemplateDutiesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    static List<DutyItem> streetItems(TemplateDuties t) {
        return t.items().stream()
                .filter(i -> i.level() == DutyLevel.STREET && i.activeOn(TODAY))
                .toList();
    }

    @Test
    void xicheng_has_122_items_over_7_areas_of_which_38_lead_36_coordinate_24_assist() {
        TemplateDuties xicheng = TemplateDuties.load("xicheng");
        List<DutyItem> items = streetItems(xicheng);
        assertEquals(122, items.size());
        assertEquals(7, items.stream().map(DutyItem::area).distinct().count());
        Map<DutyRole, Long> roles =
                items.stream().collect(Collectors.groupingBy(DutyItem::streetRole, Collectors.counting()));
        assertEquals(
                Map.of(DutyRole.LEAD, 38L, DutyRole.COORDINATE, 36L, DutyRole.ASSIST, 24L, DutyRole.UNCLASSIFIED, 24L),
                roles);
        assertTrue(items.stream()
                .anyMatch(i -> i.name().contains("低保") && i.leadUnits().equals(List.of("minsheng")) && !i.generated()));
        assertEquals(431, xicheng.powers().size());
    }

    @Test
    void dongcheng_has_106_items_and_luohu_its_community_lists_and_2014_movements() {
        assertEquals(106, streetItems(TemplateDuties.load("dongcheng")).size());
        List<DutyItem> luohu = TemplateDuties.load("luohu").items();
        Map<DutyLevel, Map<DutyRole, Long>> community = luohu.stream()
                .filter(i -> i.level() != DutyLevel.STREET && i.movement() == Movement.ORIGINAL)
                .collect(Collectors.groupingBy(
                        DutyItem::level, Collectors.groupingBy(DutyItem::streetRole, Collectors.counting())));
        assertEquals(
                Map.of(
                        DutyLevel.COMMUNITY_PARTY_ORG, Map.of(DutyRole.LEAD, 6L),
                        DutyLevel.RESIDENTS_COMMITTEE, Map.of(DutyRole.LEAD, 13L),
                        DutyLevel.WORKSTATION, Map.of(DutyRole.LEAD, 11L, DutyRole.ASSIST, 15L),
                        DutyLevel.SERVICE_CENTRE, Map.of(DutyRole.LEAD, 16L)),
                community);
        MovementRegister register = MovementRegister.of(luohu);
        assertEquals(80, register.items(Movement.CANCELLED, Set.of(DutyLevel.WORKSTATION)));
        assertEquals(20, register.items(Movement.RETURNED, Set.of(DutyLevel.STREET)));
        assertTrue(luohu.stream()
                .anyMatch(i -> i.name().contains("边坡") && i.leadUnits().equals(List.of("chengqu-zhili"))));
    }

    @Test
    void chenghua_moved_9_categories_77_items_to_streets_and_75_to_communities() {
        MovementRegister register =
                MovementRegister.of(TemplateDuties.load("chenghua").items());
        assertTrue(register.rows().contains(new MovementRegister.Row(Movement.MOVED_DOWN, DutyLevel.STREET, 9, 77)));
        assertTrue(
                register.rows().contains(new MovementRegister.Row(Movement.MOVED_DOWN, DutyLevel.WORKSTATION, 9, 75)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"luohu", "xicheng", "dongcheng", "chenghua"})
    void every_street_item_has_one_lead_unit_in_every_streets_layout_and_every_power_a_team(String id) {
        ReformModel model = Templates.load(id);
        TemplateDuties duties = TemplateDuties.load(id);
        Map<String, String> streets = new LinkedHashMap<>();
        List<EnforcementTeam> teams = model.streets().stream()
                .map(s -> new EnforcementTeam(
                        s.code(), s.name() + duties.team().name(), duties.team().domains()))
                .toList();
        for (StreetProfile street : model.streets()) {
            streets.put(street.code(), street.name());
            Coverage coverage = Coverage.of(
                    street.code(),
                    TODAY,
                    model.unitsOf(street.code(), TODAY),
                    duties.items(),
                    duties.layoutAssignments(model, TODAY));
            assertEquals(
                    List.of(),
                    coverage.problems().stream()
                            .filter(p -> p.kind() != Coverage.Problem.Kind.IDLE_UNIT)
                            .map(Coverage.Problem::message)
                            .toList(),
                    id + "/" + street.code());
        }
        assertEquals(
                List.of(),
                EnforcementCoverage.of(streets, duties.powers(), teams, TODAY).gaps());
        assertTrue(duties.team().domains().contains(PowerDomain.CITY_MANAGEMENT));
    }

    @Test
    void chenghuas_urbanisation_item_is_led_by_the_urbanisation_section_in_agri_streets_and_city_management_else() {
        ReformModel model = Templates.load("chenghua");
        TemplateDuties duties = TemplateDuties.load("chenghua");
        var assignments = duties.layoutAssignments(model, TODAY);
        Map<String, String> leadOf = Map.of("agri-1", "chengshihua", "urban-1", "chengshi-guanli");
        leadOf.forEach((street, lead) -> {
            assertEquals(
                    street.startsWith("agri") ? "agri-2012" : "urban-2012",
                    model.layoutOf(street, TODAY).orElseThrow().code());
            Coverage coverage = Coverage.of(street, TODAY, model.unitsOf(street, TODAY), duties.items(), assignments);
            assertEquals(
                    List.of(),
                    coverage.problems().stream()
                            .filter(p -> "CH-PD-013".equals(p.itemCode()))
                            .map(Coverage.Problem::message)
                            .toList(),
                    street);
            assertEquals(
                    List.of(),
                    coverage.problems().stream()
                            .filter(p -> p.kind() != Coverage.Problem.Kind.IDLE_UNIT)
                            .map(Coverage.Problem::message)
                            .toList(),
                    street);
            List<String> leads = assignments.stream()
                    .filter(a -> a.street().equals(street) && a.itemCode().equals("CH-PD-013"))
                    .map(a -> a.leadUnits())
                    .findFirst()
                    .orElse(duties.items().stream()
                            .filter(i -> i.code().equals("CH-PD-013"))
                            .findFirst()
                            .orElseThrow()
                            .leadUnits());
            assertEquals(List.of(lead), leads, street);
        });
        // the agri streets' urbanisation section now leads something: no longer an idle unit there
        Coverage agri = Coverage.of("agri-1", TODAY, model.unitsOf("agri-1", TODAY), duties.items(), assignments);
        assertTrue(agri.problems().stream().noneMatch(p -> p.units().contains("chengshihua")));
    }

    @Test
    void communities_commissioners_and_grids_come_at_the_sources_sizes() {
        var xicheng = com.streetgov.tenantconfig.community.TemplateCommunities.generate(
                TemplateDuties.load("xicheng").communities(), Templates.load("xicheng"), 1);
        assertEquals(263, xicheng.communities().size());
        assertEquals(
                15,
                xicheng.communities().stream().map(c -> c.street()).distinct().count());
        var dongcheng = com.streetgov.tenantconfig.community.TemplateCommunities.generate(
                TemplateDuties.load("dongcheng").communities(), Templates.load("dongcheng"), 1);
        assertEquals(159, dongcheng.commissioners().size());
        assertEquals(
                17,
                dongcheng.communities().stream().map(c -> c.street()).distinct().count());
        assertEquals(
                26,
                dongcheng.commissioners().stream()
                        .filter(c -> c.since().equals(LocalDate.of(2018, 5, 19)))
                        .count());
        var chenghua = com.streetgov.tenantconfig.community.TemplateCommunities.generate(
                TemplateDuties.load("chenghua").communities(), Templates.load("chenghua"), 1);
        assertTrue(chenghua.grids().stream().allMatch(g -> g.households() >= 300));
    }

    @Test
    void a_district_onboarded_from_a_template_gets_communities_only_in_its_own_streets() {
        ReformModel dongcheng = Templates.load("dongcheng");
        ReformModel renamed = new ReformModel(
                dongcheng.templateId(),
                dongcheng.title(),
                dongcheng.sources(),
                "新区",
                null,
                dongcheng.terminology(),
                dongcheng.streets().stream()
                        .map(s -> new StreetProfile(
                                "new-" + s.code(), s.name(), s.kind(), s.zone(), null, null, null, true))
                        .toList(),
                dongcheng.rules(),
                dongcheng.versions());
        var generated = com.streetgov.tenantconfig.community.TemplateCommunities.generate(
                TemplateDuties.load("dongcheng").communities(), renamed, 1);
        var codes = renamed.streets().stream().map(StreetProfile::code).collect(Collectors.toSet());
        assertEquals(159, generated.communities().size());
        assertTrue(generated.communities().stream().allMatch(c -> codes.contains(c.street())));
    }

    @Test
    void the_shared_calendar_knows_national_day_and_its_worked_saturday() {
        var calendar = com.streetgov.duty.domain.CalendarDay.calendarOf(TemplateDuties.holidayCalendar());
        assertTrue(!calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)));
    }
}
