package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Return visits and exclusions in the browser: a street clerk answers a matter, finds its visit in
 * the 回访 queue and records the call from the dialog; asks to exclude the matter from assessment;
 * the district admin approves that on the approval screen, and the matter's page and history say so.
 */
class VisitsIT extends BrowserTest {

    final ApiClient api;

    VisitsIT(RunningStack stack) {
        super(stack);
        this.api = new ApiClient(stack);
    }

    /** A matter of 南湖街道 taken in through the API, routed to 城区治理办公室. */
    String matter() throws Exception {
        HttpResponse<String> created = api.post(
                "/api/matters",
                api.token("luohu-staff"),
                "{\"title\":\"山坡落石隐患\",\"description\":\"小区后面的山坡下雨后有石头滚下来，担心滑坡，请尽快处理边坡隐患\","
                        + "\"street\":\"nanhu\",\"residentName\":\"陈先生\",\"residentPhone\":\"13700001111\"}",
                "visits-" + UUID.randomUUID());
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) ApiClient.parse(created.body())).getString("number");
    }

    static void choose(Page page, String group, String label) {
        page.locator("#" + group + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first()
                .click();
    }

    @Test
    void staff_record_a_visit_from_the_queue_and_the_admin_approves_an_exclusion() throws Exception {
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        String number = matter();
        Page page = openAs("luohu-staff", "/matters/" + number);
        Locator state = page.locator("#matter-state");
        page.waitForCondition(() -> state.isVisible() && state.innerText().equals("已派单"));
        assertTrue(page.locator("#matter-visit-state").innerText().contains("尚无"));
        page.locator("#matter-accept").click();
        page.waitForCondition(() -> state.innerText().equals("已签收"));
        page.locator("#matter-text textarea").fill("已清理落石，设置警示标志");
        page.locator("#matter-respond").click();
        page.waitForCondition(() -> state.innerText().equals("已答复"));
        assertTrue(
                page.locator("#matter-visit-state").innerText().contains("待回访"),
                page.locator("#matter-visit-state").innerText());

        // The queue: the answered matter waits for its call, with the resident's phone.
        page.navigate(stack.appUrl() + "/visits");
        Locator open = page.locator("#visits-open-" + number);
        open.waitFor();
        assertTrue(page.locator("#visits-grid").innerText().contains("13700001111"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("visits-queue-luohu.png"))
                .setFullPage(true));
        open.click();
        page.locator("#visit-record").waitFor();
        page.locator("#visit-record").click();
        page.getByText("请选择是否联系上居民").waitFor();
        choose(page, "visit-reached", "是");
        choose(page, "visit-contacted", "是");
        choose(page, "visit-resolved", "否");
        page.locator("#visit-satisfaction").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("不满意").setExact(true))
                .click();
        page.locator("#visit-note textarea").fill("边坡加固尚未开工，居民仍担心");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("visits-dialog-luohu.png")));
        page.locator("#visit-record").click();
        page.getByText("已记录诉求" + number + "的回访").waitFor();
        // The grid keeps a pool of row elements: what it shows is its text.
        page.waitForCondition(() -> !page.locator("#visits-grid").innerText().contains(number));

        // The matter page: the visit is done, the rating heard on the call is the matter's, and the
        // clerk asks to exclude the matter (a repeat without new facts).
        page.navigate(stack.appUrl() + "/matters/" + number);
        Locator visitState = page.locator("#matter-visit-state");
        visitState.waitFor();
        String done = visitState.innerText();
        assertTrue(done.contains("已完成") && done.contains("luohu-staff") && done.contains("问题未解决"), done);
        assertTrue(page.locator("#matter-rating").innerText().contains("不满意"));
        assertEquals(0, page.locator("#matter-visit-record").count(), "a done visit offers no form");
        page.locator("#exclusion-kind").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("重复诉求且无新情况").setExact(true))
                .click();
        page.locator("#exclusion-reason textarea").fill("与上月诉求相同，无新情况");
        page.locator("#exclusion-request").click();
        page.waitForCondition(() -> page.locator("#exclusion-state").innerText().contains("等待审核"));
        assertTrue(page.locator("#matter-history").innerText().contains("申请不计入考核"));

        // The district admin decides.
        Page admin = openAs("luohu-admin", "/exclusions");
        Locator approve = admin.locator("#exclusion-approve-" + number);
        approve.waitFor();
        assertTrue(admin.locator("#exclusions-grid").innerText().contains("与上月诉求相同"));
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("exclusions-luohu.png"))
                .setFullPage(true));
        admin.locator("#exclusion-refuse-" + number).click();
        admin.getByText("不予核准须说明理由").first().waitFor();
        admin.locator("#exclusions-note input").fill("核实确属重复诉求");
        approve.click();
        admin.getByText("已核准诉求" + number + "不计入考核").waitFor();
        admin.waitForCondition(
                () -> !admin.locator("#exclusions-grid").innerText().contains(number));
        admin.navigate(stack.appUrl() + "/matters/" + number);
        Locator exclusion = admin.locator("#exclusion-state");
        exclusion.waitFor();
        assertTrue(exclusion.innerText().contains("已核准不计入考核"), exclusion.innerText());
        String history = admin.locator("#matter-history").innerText();
        assertTrue(history.contains("核准不计入考核：") || history.contains("核准不计入考核（"), history);
        assertTrue(history.contains("回访"), history);
    }

    @Test
    void street_staff_cannot_open_the_approval_screen() {
        Page page = openAs("luohu-staff", "/exclusions");
        page.locator("#access-refused").waitFor();
        assertEquals(0, page.locator("#exclusions-grid").count());
    }
}
