package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The vendor onboards a district from the Luohu template; its new administrator logs in and edits. */
class OnboardingIT extends BrowserTest {

    OnboardingIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_district_onboarded_from_the_luohu_template_works_for_its_new_administrator() throws Exception {
        Page vendor = openAs("vendor", "/vendor/onboard");
        vendor.locator("#onboard-code input").fill("pingshan");
        vendor.locator("#onboard-name input").fill("坪山示范区");
        vendor.locator("#onboard-adcode input").fill("440310");
        vendor.locator("#onboard-streets textarea").fill("甲街道\n乙街道");
        vendor.locator("#onboard-term-department input").fill("处");
        vendor.locator("#onboard-admin-user input").fill("pingshan-admin");
        vendor.locator("#onboard-admin-family input").fill("坪山");
        vendor.locator("#onboard-admin-given input").fill("管理员");
        vendor.locator("#onboard-admin-password input").fill("demo12345");
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        vendor.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("onboarding-form.png")));
        vendor.locator("#onboard-create").click();
        vendor.waitForCondition(
                () -> !vendor.locator("#onboard-result").innerText().isBlank());
        String result = vendor.locator("#onboard-result").innerText();
        assertTrue(result.startsWith("已开通坪山示范区：2个街道"), result);

        vendor.locator("#onboard-create").click();
        vendor.waitForCondition(
                () -> vendor.locator("#onboard-result").innerText().startsWith("未开通"));
        assertTrue(vendor.locator("#onboard-result").innerText().contains("区代码“pingshan”已被使用"));

        ShellPage shell = logIn("pingshan-admin", "demo12345");
        Page admin = shell.page();
        assertEquals("坪山示范区", shell.district());
        assertEquals("区管理员", shell.role());
        shell.open(stack.appUrl(), "/streets");
        String streets = shell.content("#streets-grid").innerText();
        assertTrue(streets.contains("甲街道") && streets.contains("乙街道"), streets);

        admin.navigate(stack.appUrl() + "/reform");
        ReformPage reform = new ReformPage(admin);
        assertTrue(reform.versions().contains("全区推行"), reform.versions());
        reform.newDraft().selectUnit("综合部").renameSelectedUnit("综合事务处");
        assertTrue(reform.findings().startsWith("规则检查：0处错误"), reform.findings());
        assertTrue(reform.history().contains("pingshan-admin"), reform.history());
        assertTrue(reform.history().contains("由模板“luohu”开通"), reform.history());
    }
}
