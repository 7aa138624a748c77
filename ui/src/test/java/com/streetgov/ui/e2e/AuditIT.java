package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The vendor reads a district's cases only with a reason, which that district's admin then sees in
 * 访问记录; configuration changes appear in the same 审计记录 screen with who made them (issue 9).
 */
class AuditIT extends BrowserTest {

    AuditIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void the_vendor_reads_luohu_cases_only_with_a_reason_that_luohu_admin_then_sees() throws Exception {
        ApiClient api = new ApiClient(stack);
        String title = "审计测试 井盖缺失 " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = api.post(
                "/api/matters",
                api.token("luohu-staff"),
                "{\"title\":\"" + title + "\",\"description\":\"小区门口井盖缺失，很危险\",\"street\":\"nanhu\"}",
                "audit-" + UUID.randomUUID());
        assertEquals(201, created.statusCode(), created.body());
        String number = ((JsonObject) ApiClient.parse(created.body())).getString("number");
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));

        Page vendor = openAs("vendor", "/districts/luohu");
        vendor.locator("#review-open").click();
        vendor.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("须填写理由"))
                .waitFor();
        assertFalse(vendor.locator("#review-matters").isVisible(), "no case is shown without a reason");

        String reason = "核查居民投诉处理情况 " + UUID.randomUUID().toString().substring(0, 6);
        vendor.locator("#review-reason input").fill(reason);
        vendor.locator("#review-open").click();
        Locator matters = vendor.locator("#review-matters");
        vendor.waitForCondition(() -> matters.isVisible() && matters.innerText().contains(number));
        assertTrue(matters.innerText().contains("南湖街道"), "streets by name: " + matters.innerText());
        vendor.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("vendor-review-luohu.png")));

        Page admin = openAs("luohu-admin", "/duties/admission");
        admin.locator("#admission-policy-save").click();
        // Leave only once the save has been answered (under load a navigation could overtake it).
        admin.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("准入时限已保存"))
                .waitFor();
        admin.navigate(stack.appUrl() + "/audit");
        Locator accesses = admin.locator("#audit-accesses");
        admin.waitForCondition(() -> accesses.innerText().contains(reason));
        assertTrue(accesses.innerText().contains("vendor"), accesses.innerText());
        Locator changes = admin.locator("#audit-changes");
        admin.waitForCondition(() -> changes.innerText().contains("准入时限"));
        assertTrue(changes.innerText().contains("luohu-admin"), "the change names who made it");
        // The oldest entry is the reform model's installation, merged in from its own trail.
        admin.evaluate("document.querySelector('#audit-changes').scrollToIndex(100000)");
        admin.waitForCondition(() -> changes.innerText().contains("安装改革模型"));
        assertTrue(changes.innerText().contains("改革模型"), changes.innerText());
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("audit-luohu.png"))
                .setFullPage(true));

        Page xicheng = openAs("xicheng-admin", "/audit");
        Locator xichengAccesses = xicheng.locator("#audit-accesses");
        xichengAccesses.waitFor();
        assertFalse(xichengAccesses.innerText().contains(reason), "another district never sees Luohu's log");
    }
}
