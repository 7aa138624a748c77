package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The assessment rules editor and the pre-reform baseline ({@code /results/rules}) in the browser, as
 * Dongcheng's district admin: a new version is refused without a reason (at the reason field, named
 * in Chinese) and with weights that do not add up to 100 (at the weights), then saved with a reason,
 * listed among the versions after a reload and audited; the baseline is refused without a reason,
 * then saved, kept, audited and shown on the dashboard.
 *
 * <p>The e2e stack is shared by every test of the build: this class changes only Dongcheng (no other
 * test asserts Dongcheng's figures), and its rules version takes effect in 2036, so the rules in force
 * today, and every figure computed under them, stay as they were.
 */
class RulesIT extends BrowserTest {

    static final String ADMIN = "dongcheng-admin";

    RulesIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_new_rules_version_needs_a_reason_and_is_then_listed_and_audited() throws Exception {
        Page page = openAs(ADMIN, "/results/rules");
        page.locator("#rules-save").waitFor();
        Locator inForce = page.getByText(Pattern.compile("^现行版本："));
        String inForceBefore = inForce.innerText();
        String version = "E2E-" + UUID.randomUUID().toString().substring(0, 8);

        page.locator("#rules-version input").fill(version);
        Locator effective = page.locator("#rules-effective input");
        effective.fill("2036/1/19");
        effective.press("Enter");
        page.waitForCondition(
                () -> "2036-01-19".equals(page.evaluate("document.querySelector('#rules-effective').value")));
        page.locator("#rules-weight-response input").fill("30");
        page.locator("#rules-weight-resolution input").fill("35");
        page.locator("#rules-weight-satisfaction input").fill("35");

        // Without a reason: refused at the reason field, which the refusal names in Chinese.
        assertRefusedAt(page, "#rules-save", "#rules-reason", "理由", "必填");
        assertFalse(page.locator("#rules-history").innerText().contains(version), "nothing saved");

        // Weights adding up to 95: refused at the weights.
        String reason = "按区考核办通知调整综合成绩权重为30/35/35 " + version;
        page.locator("#rules-reason textarea").fill(reason);
        page.locator("#rules-weight-satisfaction input").fill("30");
        assertRefusedAt(page, "#rules-save", "#rules-weight-resolution", "综合成绩权重", "100");
        assertFalse(page.locator("#rules-history").innerText().contains(version), "nothing saved");

        // Corrected: saved, listed with its effective date and weights; the rules in force unchanged.
        page.locator("#rules-weight-satisfaction input").fill("35");
        page.locator("#rules-save").click();
        page.getByText("已保存考核规则 " + version).waitFor();
        assertFalse(invalid(page, "#rules-reason"), "the reason's error is cleared");
        page.reload();
        page.locator("#rules-history").waitFor();
        List<String> row = GridRows.of(page, "#rules-history").stream()
                .filter(r -> r.get(0).equals(version))
                .findFirst()
                .orElseThrow(() -> new AssertionError(version + " is listed: "
                        + page.locator("#rules-history").innerText()));
        assertEquals("2036-01-19", row.get(1));
        assertTrue(row.get(2).contains("权重 30 / 35 / 35"), row.get(2));
        assertEquals(
                inForceBefore, inForce.innerText(), "a version effective in 2036 does not replace the one in force");
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.locator("#rules-history").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("rules-dongcheng.png"))
                .setFullPage(true));

        // Audited: who, the version and its date, the reason.
        page.navigate(stack.appUrl() + "/audit");
        Locator changes = page.locator("#audit-changes");
        page.waitForCondition(() -> changes.isVisible() && changes.innerText().contains(reason));
        String audit = changes.innerText();
        assertTrue(audit.contains("考核规则版本“" + version + "”自2036-01-19起"), audit);
        assertTrue(audit.contains(ADMIN), audit);
    }

    @Test
    void the_baseline_needs_a_reason_and_is_then_kept_audited_and_shown_on_the_dashboard() {
        Page page = openAs(ADMIN, "/results/rules");
        page.locator("#baseline-save").waitFor();
        String label = "改革前（2018年）" + UUID.randomUUID().toString().substring(0, 4);
        page.locator("#baseline-label input").fill(label);
        page.locator("#baseline-resolution input").fill("41.2");
        page.locator("#baseline-satisfaction input").fill("70.05");
        page.locator("#baseline-reason input").fill("");
        assertRefusedAt(page, "#baseline-save", "#baseline-reason", "理由", "必填");

        String reason = "录入区改革评估报告中的改革前数据";
        page.locator("#baseline-reason input").fill(reason);
        page.locator("#baseline-save").click();
        page.getByText("已保存改革前基线").waitFor();
        page.reload();
        page.locator("#baseline-save").waitFor();
        assertEquals(label, page.locator("#baseline-label input").inputValue());
        assertEquals("41.2", page.locator("#baseline-resolution input").inputValue());
        assertEquals("70.05", page.locator("#baseline-satisfaction input").inputValue());

        page.navigate(stack.appUrl() + "/audit");
        Locator changes = page.locator("#audit-changes");
        page.waitForCondition(() -> changes.isVisible() && changes.innerText().contains(reason));
        assertTrue(changes.innerText().contains("改革前基线“" + label + "”"), changes.innerText());
        assertTrue(changes.innerText().contains("解决率41.20，满意率70.05"), changes.innerText());

        // The dashboard sets this period's rates against the baseline.
        page.setDefaultTimeout(90_000);
        page.navigate(stack.appUrl() + "/");
        Locator resolution = page.locator("#dashboard-rate-resolution-note");
        resolution.waitFor();
        assertTrue(resolution.innerText().contains("改革前 41.20%"), resolution.innerText());
        assertTrue(
                page.locator("#dashboard-rate-satisfaction-note").innerText().contains("改革前 70.05%"),
                page.locator("#dashboard-rate-satisfaction-note").innerText());
    }

    /**
     * Clicks {@code button} and waits for the refusal at {@code field}: the field is marked invalid and
     * its message, the service's finding, contains each of {@code words} (the field's Chinese name).
     */
    static void assertRefusedAt(Page page, String button, String field, String... words) {
        page.locator(button).click();
        page.waitForCondition(() -> invalid(page, field));
        String error = String.valueOf(page.evaluate("f => document.querySelector(f).errorMessage", field));
        for (String word : words) {
            assertTrue(error.contains(word), field + ": " + error);
        }
    }

    private static boolean invalid(Page page, String field) {
        return (Boolean) page.evaluate("f => document.querySelector(f).invalid === true", field);
    }
}
