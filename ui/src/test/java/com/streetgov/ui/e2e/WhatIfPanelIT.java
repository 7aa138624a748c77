package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 试算影响 in 改革模型 (issue 16), on Chenghua's demo history: a new draft of the urban streets' layout
 * without 综合执法队 is tried on the last three months' matters; every urban street's 综合执法队 loses all
 * its matters and gets none under the draft (the agricultural streets keep their own layout), the summary's counts agree with the table's, and a row drills
 * down to exactly the matters it counts, each shown at 综合执法队 today. Submitted afterwards, the
 * version's audit entry keeps the run's summary.
 *
 * <p>The e2e stack is shared: this class leaves a submitted version in Chenghua's model (created after every
 * version ReformIT reads for Chenghua, which only compares its versions before and after its own
 * refused upload) and changes nothing else.
 */
class WhatIfPanelIT extends BrowserTest {

    static final String UNIT = "综合执法队";

    WhatIfPanelIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_draft_without_a_unit_shows_its_matters_lost_and_drills_down_to_them() throws Exception {
        Page page = openAs("chenghua-admin", "/reform");
        ReformPage reform = new ReformPage(page).selectVersion("城区街道").newDraft();
        String history = reform.history();
        reform.selectUnit(UNIT);
        page.locator("#reform-remove").click();
        page.waitForCondition(() -> !reform.history().equals(history));

        page.locator("#reform-whatif > vaadin-details-summary").click();
        page.locator("#reform-whatif-run").click();
        page.locator("#reform-whatif-effects").waitFor();
        page.waitForCondition(
                () -> !page.locator("#reform-whatif-summary").innerText().isEmpty());
        GridRows.settle(page);
        List<List<String>> rows = GridRows.of(page, "#reform-whatif-effects");
        // street, place, today, under the draft, gained, lost
        List<List<String>> unit =
                rows.stream().filter(r -> r.get(1).equals(UNIT)).toList();
        assertFalse(unit.isEmpty(), rows.toString());
        int lost = 0;
        for (List<String> r : unit) {
            if (r.get(3).equals("0")) {
                // an urban street: the draft's layout has no 综合执法队, so it loses every matter
                assertEquals(List.of("0", r.get(2)), List.of(r.get(4), r.get(5)), r.toString());
                lost += Integer.parseInt(r.get(5));
            } else {
                // an agricultural street keeps its own layout: nothing changes there
                assertEquals(List.of(r.get(2), "0", "0"), List.of(r.get(3), r.get(4), r.get(5)), r.toString());
            }
        }
        assertTrue(lost > 0, rows.toString());
        int gained = rows.stream().mapToInt(r -> Integer.parseInt(r.get(4))).sum();
        int allLost = rows.stream().mapToInt(r -> Integer.parseInt(r.get(5))).sum();
        assertEquals(allLost, gained, "every matter lost somewhere is gained elsewhere (a unit, or no unit)");
        String summary = page.locator("#reform-whatif-summary").innerText();
        assertTrue(summary.contains("，" + allLost + "件将改派"), summary + " / " + rows);
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.locator("#reform-whatif")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(shots.resolve("whatif-reform.png")));

        List<String> first =
                unit.stream().filter(r -> r.get(3).equals("0")).findFirst().orElseThrow();
        int row = rows.indexOf(first);
        GridRows.cell(page, "#reform-whatif-effects", row, 0).click();
        page.locator("#reform-whatif-drill").waitFor();
        assertEquals(Integer.parseInt(first.get(5)), GridRows.size(page, "#reform-whatif-drill"), "every matter lost");
        // number, item, actually sent to, today, under the draft, why (the rows drawn first)
        for (List<String> m : GridRows.drawn(page, "#reform-whatif-drill", 5)) {
            assertEquals(UNIT, m.get(3), m.toString());
            assertFalse(m.get(4).equals(UNIT), m.toString());
        }
        assertTrue(
                page.locator("#reform-whatif-drill-title").innerText().startsWith(first.get(0) + UNIT),
                page.locator("#reform-whatif-drill-title").innerText());
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("whatif-drill.png"))
                .setFullPage(true));
    }

    /**
     * The assessment-rules editor's 试算影响 on Xicheng's demo history: rules dividing by all visits with
     * no minimum sample rank every street; a street's row drills down to exactly as many counted matters
     * as its denominator under the draft. Nothing is saved (the rules' history is unchanged).
     */
    @Test
    void draft_rules_rank_every_street_and_drill_down_to_what_they_count() throws Exception {
        Page page = openAs("xicheng-admin", "/results/rules");
        page.locator("#rules-save").waitFor();
        String history = page.locator("#rules-history").innerText();
        GridRows.choose(page, "#rules-denominator", "全部回访");
        page.locator("#rules-min-valid input").fill("1");
        page.locator("#rules-whatif > vaadin-details-summary").click();
        page.locator("#rules-whatif-run").click();
        page.waitForCondition(() -> page.locator("#rules-whatif-moves").isVisible()
                || !page.locator("#rules-whatif-refusal").innerText().isEmpty());
        assertEquals("", page.locator("#rules-whatif-refusal").innerText(), "unnamed rules can be tried");
        GridRows.settle(page);
        // street, rank today, rank under the draft, places, composite, resolution, satisfaction, counted
        List<List<String>> moves = GridRows.of(page, "#rules-whatif-moves");
        assertTrue(moves.size() >= 10, moves.toString());
        for (List<String> m : moves) {
            assertFalse(m.get(2).equals("—"), "every street is ranked under the draft: " + m);
        }
        List<String> first = moves.get(0);
        assertEquals("1", first.get(2), first.toString());
        GridRows.cell(page, "#rules-whatif-moves", 0, 0).click();
        page.locator("#rules-whatif-drill").waitFor();
        String title = page.locator("#rules-whatif-drill-title").innerText();
        assertTrue(
                title.endsWith("计入" + first.get(7) + "件"), "the drill-down counts the draft's denominator: " + title);
        assertTrue(
                GridRows.size(page, "#rules-whatif-drill") >= Integer.parseInt(first.get(7)),
                "the counted matters are listed with the others");
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.locator("#rules-whatif")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(shots.resolve("whatif-rules.png")));
        assertEquals(history, page.locator("#rules-history").innerText(), "nothing saved");
    }
}
