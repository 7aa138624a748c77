package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A district administrator edits a draft of the reform model and takes it through its life cycle. */
class ReformIT extends BrowserTest {

    ReformIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void dongsi_shows_the_pilot_layout_in_2018_and_the_roll_out_layout_in_2019() throws Exception {
        Page page = openAs("dongcheng-staff", "/reform/layout");
        LayoutPage layout = new LayoutPage(page);

        layout.show("东四街道", "2018/6/1");
        assertTrue(layout.version().contains("六部一队四中心"), layout.version());
        assertTrue(layout.crosswalk().contains("综合保障部"), layout.crosswalk());
        assertTrue(layout.crosswalk().contains("纪工委"), layout.crosswalk());
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.locator("#layout-chart-image").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("org-chart-dongsi-2018.png")));

        layout.show("东四街道", "2019/1/1");
        assertTrue(layout.version().contains("六办一委一队四中心"), layout.version());
        assertTrue(layout.crosswalk().contains("综合保障办公室"), layout.crosswalk());
        assertTrue(layout.counts().endsWith("→ 新单位12个"), layout.counts());
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("before-after-dongsi-2019.png"))
                .setFullPage(true));
    }

    @Test
    void merging_two_centres_in_a_draft_reduces_the_unit_count_and_is_recorded() {
        Page page = openAs("xicheng-admin", "/reform");
        ReformPage reform = new ReformPage(page).newDraft();
        assertTrue(reform.beforeAfter().endsWith("新单位12个"), reform.beforeAfter());
        reform.selectUnit("党群服务中心").mergeIntoSelected("市民服务中心");
        assertTrue(reform.beforeAfter().endsWith("新单位11个"), reform.beforeAfter());
        assertTrue(reform.history().contains("将市民服务中心并入“党群服务中心”"), reform.history());
    }

    @Test
    void street_plans_count_their_deadline_from_the_latest_district_model_and_a_started_plan_is_a_draft() {
        // The test owns the date the deadline runs from: it files a district-wide version effective a
        // year from now, later than any other test's, so every street's deadline is that date + 30 days
        // and no street is overdue, whatever ran before. Overdue plans are unit-tested
        // (StreetPlanProgressTest).
        LocalDate effective = LocalDate.now().plusYears(1);
        Page page = openAs("luohu-admin", "/reform");
        new ReformPage(page)
                .selectVersion("全区推行")
                .newDraft()
                .submit()
                .file(effective.getYear() + "/" + effective.getMonthValue() + "/" + effective.getDayOfMonth());

        page.navigate(stack.appUrl() + "/reform/street-plans");
        page.locator("#street-plans").waitFor();
        assertEquals(
                "各街道须在区级方案生效后30天内制定本街道方案并报区编委备案。",
                page.locator("#street-plans-rule").innerText());
        String grid = page.locator("#street-plans").innerText();
        assertTrue(grid.contains("南湖街道") && grid.contains("尚未制定"), grid);
        assertTrue(grid.contains(effective.plusDays(30).toString()), grid);
        assertTrue(grid.contains("按期"), grid);
        assertFalse(grid.contains("逾期"), grid);
        page.locator("#street-plans vaadin-button").first().click();
        page.waitForCondition(() -> page.locator("#street-plans").innerText().contains("草稿"));
        page.navigate(stack.appUrl() + "/reform");
        assertTrue(new ReformPage(page).versions().contains("街道方案"));
    }

    @Test
    void a_bad_model_file_uploaded_in_the_screen_is_refused_with_its_line_and_nothing_changes() throws Exception {
        Page page = openAs("chenghua-admin", "/reform");
        ReformPage reform = new ReformPage(page);
        String versionsBefore = reform.versions();
        String exported = Files.readString(
                download(page, () -> page.locator("#reform-export").click()).path());
        assertTrue(exported.startsWith("{") && exported.contains("streetgov-reform-model/1"), exported);

        Path bad = upload(
                "chenghua-bad.json",
                exported.replaceFirst("\"kind\": \"CENTER\"", "\"kind\": \"INSTITUTE\"")
                        .getBytes(StandardCharsets.UTF_8));
        page.locator("#reform-import input[type=file]").setInputFiles(bad);
        page.locator("#reform-import-problems").getByText("INSTITUTE").first().waitFor();
        String problems = page.locator("#reform-import-problems").innerText();
        assertTrue(problems.startsWith("文件有1处错误，未作任何修改"), problems);
        assertTrue(
                problems.matches("(?s).*第\\d+行第\\d+列 /versions/\\d+/units/\\d+/kind：“INSTITUTE”不是有效的取值.*"), problems);
        page.navigate(stack.appUrl() + "/reform");
        assertEquals(versionsBefore, new ReformPage(page).versions());
    }

    @Test
    void an_edit_made_on_a_stale_screen_is_refused_instead_of_overwriting_a_newer_one() {
        Page first = openAs("dongcheng-admin", "/reform");
        ReformPage a = new ReformPage(first).newDraft();

        Page second = openAs("dongcheng-admin", "/reform");
        ReformPage b = new ReformPage(second);

        a.selectUnit("党建服务中心").renameSelectedUnit("党建引领服务中心");
        String before = b.history();
        b.selectUnit("社区服务中心");
        second.locator("#reform-unit-name input").fill("社区综合服务中心");
        second.locator("#reform-rename").click();
        second.waitForCondition(() -> !b.history().equals(before));
        assertTrue(b.history().contains("改名为“党建引领服务中心”"), "the stale screen was reloaded: " + b.history());
        assertTrue(!b.history().contains("社区综合服务中心"), "the stale edit was not saved: " + b.history());
    }

    @Test
    void admin_meets_a_rule_violation_fixes_it_then_submits_files_and_makes_the_draft_effective() throws Exception {
        Page page = openAs("luohu-admin", "/reform");
        ReformPage reform = new ReformPage(page);
        assertTrue(reform.versions().contains("全区推行"), reform.versions());
        reform.selectVersion("全区推行");
        assertEquals("原科室（牌子）31个 → 新单位9个", reform.beforeAfter());
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("reform-luohu.png")));

        reform.newDraft();
        assertTrue(reform.versions().contains("修订草稿"), reform.versions());
        assertTrue(reform.versions().contains("草稿"), reform.versions());

        reform.selectUnit("公共安全办公室").renameSelectedUnit("城区治理办公室");
        assertTrue(reform.findings().contains("单位名称“城区治理办公室”重复"), reform.findings());

        // The same finding with the UI in English: the rule speaks English, the model's names stay as written.
        ShellPage shell = new ShellPage(page).chooseLanguage("English");
        String english = new ReformPage(page).findings();
        assertTrue(english.contains("Unit name “城区治理办公室” is repeated"), english);
        assertFalse(english.contains("重复"), english);
        Path findingShots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(findingShots.resolve("reform-finding-en.png"))
                .setFullPage(true));
        shell.chooseLanguage("繁體中文");
        String traditional = new ReformPage(page).findings();
        assertTrue(traditional.contains("重複") && traditional.contains("城区治理办公室"), traditional);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(findingShots.resolve("reform-finding-zh-TW.png"))
                .setFullPage(true));
        shell.chooseLanguage("简体中文");
        reform = new ReformPage(page);
        assertTrue(reform.findings().contains("单位名称“城区治理办公室”重复"), reform.findings());

        // Either of the two units now named alike may take the new name; the screen reloaded, so pick one again.
        reform.selectUnit("城区治理办公室").renameSelectedUnit("公共安全管理办公室");
        assertTrue(reform.findings().startsWith("规则检查：0处错误"), reform.findings());

        reform.submit();
        assertTrue(reform.versions().contains("已提交"), reform.versions());
        reform.file("2026/12/1");
        assertTrue(reform.versions().contains("已备案"), reform.versions());
        assertTrue(reform.versions().contains("2026-12-01"), reform.versions());
        reform.makeEffective();
        String versions = reform.versions();
        assertTrue(versions.contains("已生效"), versions);
        assertTrue(versions.contains("已被取代"), "the previous district-wide model is superseded: " + versions);

        String history = reform.history();
        for (String step :
                new String[] {"新建草稿", "改名为“城区治理办公室”", "改名为“公共安全管理办公室”", "提交版本", "备案，生效日期 2026-12-01", "生效"}) {
            assertTrue(history.contains(step), step + " missing from the history: " + history);
        }
        assertTrue(history.contains("luohu-admin"), history);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("reform-luohu-after.png")));
    }
}
