package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A street clerk's day: one-window intake → the unit's inbox → whistle → report-in → resolve → rating. */
class MatterIT extends BrowserTest {

    MatterIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void intake_inbox_whistle_report_in_resolve_and_rating() throws Exception {
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        Page page = openAs("luohu-staff", "/matters/intake");
        page.locator("#intake-title input").fill("山坡落石隐患");
        page.locator("#intake-description textarea").fill("小区后面的山坡下雨后有石头滚下来，担心滑坡，请尽快处理边坡隐患");
        page.locator("#intake-resident input").fill("陈先生");
        page.locator("#intake-submit").click();
        Locator routing = page.locator("#intake-routing");
        routing.waitFor();
        assertTrue(routing.innerText().contains("城区治理办公室牵头"), routing.innerText());
        assertTrue(routing.innerText().contains("边坡治理"), routing.innerText());
        String number = page.locator("#intake-number").innerText();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("intake-luohu.png"))
                .setFullPage(true));

        // The unit's inbox: 南湖街道 (the clerk's street) and 城区治理办公室.
        page.navigate(stack.appUrl() + "/matters");
        page.locator("#inbox-unit").click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText("城区治理办公室"))
                .click();
        // Narrowed to the new matter by its number, so that its row is the grid's only one whatever else
        // the unit has open.
        page.locator("#inbox-search input").fill(number);
        // .first(): while the filtered rows load, the grid may still hold the previous render's cells.
        Locator row = page.locator("#inbox-grid").getByText(number).first();
        row.waitFor();
        assertTrue(page.locator("#inbox-grid").innerText().contains("剩余"), "a countdown is shown");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("inbox-luohu.png"))
                .setFullPage(true));
        // A click that lands while the filtered rows replace the previous render is lost: click the
        // row (as it is now) until the matter's page opens. A click whose page is still loading when
        // the wait ends leaves no row to click: then only wait again.
        for (int attempt = 0; attempt < 4 && !page.url().endsWith("/matters/" + number); attempt++) {
            Locator cell = page.locator("#inbox-grid").getByText(number).first();
            if (cell.isVisible()) {
                try {
                    cell.click(new Locator.ClickOptions().setTimeout(5_000));
                } catch (com.microsoft.playwright.TimeoutError e) {
                    // the grid re-rendered or the page is leaving: look again
                }
            }
            try {
                page.waitForURL("**/matters/" + number, new Page.WaitForURLOptions().setTimeout(10_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                // not opened: the grid was re-rendering; try again
            }
        }
        Locator state = page.locator("#matter-state");
        page.waitForCondition(() -> state.isVisible() && state.innerText().equals("已派单"));
        assertTrue(
                page.locator("#matter-routing").innerText().contains("得分"),
                page.locator("#matter-routing").innerText());

        assertEquals("签收 退单 人工分派 转办区直部门", buttons(page), "a dispatched matter's steps");
        page.locator("#matter-accept").click();
        page.waitForCondition(() -> state.innerText().equals("已签收"));
        assertEquals("人工分派 开始办理 答复", buttons(page), "an accepted matter may still be re-routed");
        page.locator("#matter-start").click();
        page.waitForCondition(() -> state.innerText().equals("办理中"));

        // The pick list offers the district's departments (its dispatch catalog's); others may be typed.
        page.locator("#whistle-departments").click();
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("罗湖区水务局"))
                .first()
                .waitFor();
        page.keyboard().press("Escape");
        page.locator("#whistle-departments input").fill("区规划土地监察局、区水务局");
        page.locator("#whistle-departments input").press("Enter");
        page.locator("#whistle-reason input").fill("边坡涉及违建与排水，需多部门现场处置");
        page.locator("#whistle-blow").click();
        page.locator("#summons-0-0").waitFor();
        page.locator("#summons-action-0-0 input").fill("派员到场勘查，排除违建");
        page.locator("#summons-report-0-0").click();
        page.waitForCondition(() -> !page.locator("#summons-0-0").innerText().contains("尚未报到"));
        page.locator("#summons-rating-0-0").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("满意").setExact(true))
                .click();
        page.locator("#summons-rate-0-0").click();
        page.waitForCondition(() -> page.locator("#summons-0-0").innerText().contains("街道评价：满意"));
        assertTrue(
                page.locator("#summons-0-1").innerText().contains("尚未报到"),
                page.locator("#summons-0-1").innerText());

        page.locator("#matter-text textarea").fill("已清理落石，设置警示标志，边坡加固已列入计划");
        page.locator("#matter-respond").click();
        page.waitForCondition(() -> state.innerText().equals("已答复"));
        page.locator("#matter-resolve").click();
        page.waitForCondition(() -> state.innerText().equals("已办结"));

        VisitsIT.choose(page, "matter-visit-reached", "是");
        VisitsIT.choose(page, "matter-visit-contacted", "是");
        VisitsIT.choose(page, "matter-visit-resolved", "是");
        page.locator("#matter-visit-satisfaction").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("基本满意").setExact(true))
                .click();
        page.locator("#matter-visit-note textarea").fill("电话回访，居民认可处理结果");
        page.locator("#matter-visit-record").click();
        Locator history = page.locator("#matter-history");
        page.waitForCondition(() -> history.innerText().contains("基本满意"));
        String text = history.innerText();
        assertTrue(text.contains("回访：luohu-staff致电"), "the rating names who called: " + text);
        for (String event : new String[] {"受理", "派单", "签收", "开始办理", "吹哨", "部门报到", "答复", "办结", "居民评价"}) {
            assertTrue(text.contains(event), event + " missing from the history: " + text);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("matter-luohu.png"))
                .setFullPage(true));
    }

    @Test
    void a_district_admin_adds_a_time_limit_that_the_window_then_offers() {
        Page page = openAs("chenghua-admin", "/matters/time-limits");
        page.locator("#limits-code input").fill("WD3");
        page.locator("#limits-name input").fill("3个工作日");
        page.locator("#limits-amount input").fill("3");
        page.locator("#limits-measure").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("个工作日").setExact(true))
                .click();
        page.locator("#limits-add").click();
        page.waitForCondition(() -> page.locator("#limits-grid").innerText().contains("3 个工作日"));
        page.navigate(stack.appUrl() + "/matters/intake");
        page.locator("#intake-limit").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("3个工作日").setExact(true))
                .waitFor();
    }

    @Test
    void a_rejection_is_judged_against_the_duty_list() throws Exception {
        Page page = openAs("luohu-staff", "/matters/intake");
        page.locator("#intake-title input").fill("工地拖欠工资");
        page.locator("#intake-description textarea").fill("楼下工地的老板拖欠工人工资三个月");
        page.locator("#intake-category input").fill("LH-SW-003");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("LH-SW-003"))
                .first()
                .click();
        page.locator("#intake-submit").click();
        page.locator("#intake-routing").waitFor();
        assertTrue(page.locator("#intake-routing").innerText().contains("按所选类别“劳动保障”"));
        page.locator("#intake-number").click();
        Locator state = page.locator("#matter-state");
        state.waitFor();

        // Chosen by category, and the list gives 劳动保障 to 公共事务中心: its rejection is refused.
        page.locator("#matter-text textarea").fill("不属于本单位");
        page.locator("#matter-reject").click();
        Locator history = page.locator("#matter-history");
        page.waitForCondition(() -> history.innerText().contains("退单不予支持"));
        assertTrue(state.innerText().equals("已派单"), state.innerText());
        assertTrue(page.locator("#matter-facts").innerText().contains("公共事务中心"));

        // Naming the item the matter belongs to (土地查违, led by 城区治理办公室) moves it there.
        page.locator("#matter-text textarea").fill("工地涉及违法搭建，应由查违处理");
        page.locator("#matter-item input").fill("LH-ZL-002");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("LH-ZL-002"))
                .first()
                .click();
        page.locator("#matter-reject").click();
        page.waitForCondition(() -> page.locator("#matter-facts").innerText().contains("城区治理办公室"));
        assertTrue(state.innerText().equals("已派单"), state.innerText());
        assertTrue(page.locator("#matter-routing").innerText().contains("退单争议按职责清单裁定"));
        assertTrue(history.innerText().contains("退单"), history.innerText());

        // In English the page says why the matter is there, the ruling in its history and a refusal in
        // English, the clerk's own words as written.
        new ShellPage(page).chooseLanguage("English");
        Locator routing = page.locator("#matter-routing");
        routing.waitFor();
        assertTrue(
                routing.innerText().contains("Rejection dispute judged by the duty list: 工地涉及违法搭建，应由查违处理")
                        && routing.innerText().contains("城区治理办公室 leads it"),
                routing.innerText());
        assertTrue(
                history.innerText()
                        .contains(
                                "By the duty list this unit leads “劳动保障” in this street: the rejection is refused: 不属于本单位"),
                history.innerText());
        page.locator("#matter-reroute").click();
        page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("A re-route needs a reason"))
                .waitFor();
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("matter-refusal-en.png"))
                .setFullPage(true));

        // And in Traditional Chinese: the same reason, ruling and refusal, the clerk's words as written.
        new ShellPage(page).chooseLanguage("繁體中文");
        page.locator("#matter-routing").waitFor();
        assertTrue(
                page.locator("#matter-routing").innerText().contains("退單爭議按職責清單裁定"),
                page.locator("#matter-routing").innerText());
        assertTrue(history.innerText().contains("本單位牽頭，退單不予支持：不属于本单位"), history.innerText());
        page.locator("#matter-reroute").click();
        page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("改派須說明理由"))
                .waitFor();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("matter-refusal-zh-TW.png"))
                .setFullPage(true));
        new ShellPage(page).chooseLanguage("简体中文");
    }

    /** The step buttons the matter page offers, in order. */
    static String buttons(Page page) {
        return String.join(" ", page.locator("#matter-actions vaadin-button").allInnerTexts())
                .strip();
    }
}
