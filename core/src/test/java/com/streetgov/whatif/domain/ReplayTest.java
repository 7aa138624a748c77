package com.streetgov.whatif.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.matter.domain.Router;
import com.streetgov.reform.domain.ModelValidatorTest;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay's rules without a database: which layout a draft replaces, that only matters routed to an
 * item and a unit move, and that the effect table's gains and losses account for every moved matter.
 */
public class ReplayTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final ReformModel VALID = ModelValidatorTest.valid();
    public static final ModelVersion ALL = VALID.versions().get(0);

    @Test
    void a_draft_in_force_on_its_day_replaces_the_layout_and_later_versions_are_left_out() {
        ModelVersion later = copy("later", VersionStatus.EFFECTIVE, DAY.plusDays(10), ALL.units());
        ModelVersion draft =
                copy("draft", VersionStatus.DRAFT, null, ALL.units().subList(0, 1));
        ReformModel model = model(List.of(ALL, later, draft));
        ReformModel asIf = Replay.asIfInForce(model, draft, DAY.plusDays(5));
        assertEquals(
                List.of("all", "draft"),
                asIf.versions().stream().map(ModelVersion::code).toList());
        assertEquals(
                "draft", asIf.layoutOf("nanhu", DAY.plusDays(5)).orElseThrow().code());
        assertEquals("all", asIf.layoutOf("nanhu", DAY).orElseThrow().code(), "before the draft's day");
        assertEquals(VersionStatus.DRAFT, model.version("draft").orElseThrow().status(), "the model is not changed");
    }

    @Test
    void only_matters_routed_to_an_item_and_a_unit_move_and_every_move_is_a_loss_and_a_gain() {
        List<DutyItem> items = List.of(item("I1", "minsheng", "gonggong"), item("I2", "zonghe"));
        ReformModel model = model(List.of(ALL));
        Router now = new Router(model, items, List.of(), null, DispatchCatalog.EMPTY);
        ModelVersion without = copy(
                "v2",
                VersionStatus.DRAFT,
                null,
                ALL.units().stream().filter(u -> !u.code().equals("minsheng")).toList());
        ReformModel draftModel = Replay.asIfInForce(model, without, DAY);
        Replay replay = new Replay(
                new Replay.Side(now, model), new Replay.Side(now.withDraft(draftModel, items), draftModel), DAY);
        List<PastMatter> matters = new ArrayList<>();
        matters.add(new PastMatter("1", "nanhu", "I1", "一", DAY, Placement.unit("minsheng", "民生事务部")));
        matters.add(new PastMatter("2", "nanhu", "I2", "二", DAY, Placement.unit("zonghe", "综合部")));
        matters.add(new PastMatter("3", "nanhu", null, null, DAY, Placement.DESK));
        matters.add(new PastMatter("4", "nanhu", "I1", "一", DAY, Placement.department("d", "区民政局")));
        matters.add(new PastMatter("5", "huangbei", "I1", "一", DAY, Placement.unit("minsheng", "民生事务部")));
        List<Integer> heard = new ArrayList<>();
        WhatIfReport report = new WhatIfReport(
                Text.literal("t"),
                DAY,
                DAY,
                DAY,
                Map.of("nanhu", "南湖街道"),
                replay.run(matters, heard::add, () -> false),
                replay.leaderless(List.of("nanhu"), items));
        assertEquals(
                List.of("1", "5"),
                report.moved().stream().map(m -> m.matter().number()).toList());
        assertEquals(Placement.unit("gonggong", "公共事务中心"), report.moved().get(0).draft());
        assertEquals(List.of(0, 5), heard);
        int gained = report.effects().stream().mapToInt(e -> e.gained().size()).sum();
        int lost = report.effects().stream().mapToInt(e -> e.lost().size()).sum();
        assertEquals(List.of(2, 2), List.of(gained, lost));
        WhatIfReport.Effect first = report.effects().get(0);
        assertTrue(!first.gained().isEmpty() || !first.lost().isEmpty(), "changed rows come first");
        assertEquals("南湖街道", report.streetName("nanhu"));
        assertEquals("huangbei", report.streetName("huangbei"), "an unknown street shows its code");
        assertEquals(List.of(), report.leaderless(), "I1 still has 公共事务中心");
    }

    /** A copy of the fixture's district version under another code, status, date and units. */
    public static ModelVersion copy(
            String code, VersionStatus status, LocalDate from, List<com.streetgov.reform.domain.Unit> units) {
        return new ModelVersion(
                code, code, ALL.level(), null, true, List.of(), status, from, ALL.legacySections(), units, List.of());
    }

    /** {@link ModelValidatorTest#valid()} with {@code versions}. */
    public static ReformModel model(List<ModelVersion> versions) {
        return new ReformModel(
                VALID.templateId(),
                VALID.title(),
                VALID.sources(),
                VALID.districtName(),
                VALID.adcode(),
                VALID.terminology(),
                VALID.streets(),
                VALID.rules(),
                versions);
    }

    /** A street-level item 事项{code} led by {@code leads} in turn, since 2016. */
    public static DutyItem item(String code, String... leads) {
        return new DutyItem(
                code,
                "事项" + code,
                "民生",
                DutyLevel.STREET,
                DutyRole.LEAD,
                List.of(leads),
                List.of(),
                null,
                null,
                LocalDate.of(2016, 4, 1),
                null,
                List.of(),
                false,
                null,
                null);
    }
}
