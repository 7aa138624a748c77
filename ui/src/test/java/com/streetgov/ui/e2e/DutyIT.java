package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.tenantconfig.duty.DutyGenerator;
import com.streetgov.tenantconfig.duty.DutySheet;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duty lists in the browser: import preview → commit with progress, the coverage report, admission. */
class DutyIT extends BrowserTest {

    DutyIT(RunningStack stack) {
        super(stack);
    }

    Path shots() throws Exception {
        return Files.createDirectories(stack.work().resolve("screenshots"));
    }

    static String count(Page page) {
        return page.locator("#duties-count").innerText();
    }

    @Test
    void a_bad_file_is_refused_whole_then_a_1000_row_file_is_previewed_and_committed_with_progress() throws Exception {
        Page page = openAs("dongcheng-admin", "/duties");
        page.waitForCondition(() -> count(page).equals("共 106 项"));

        // 1,000 rows: the template's 106 items kept as they are, plus 894 generated ones.
        List<DutyItem> items = new ArrayList<>(TemplateDuties.load("dongcheng").items());
        items.addAll(DutyGenerator.generate(
                "DC-IMP",
                1000 - items.size(),
                List.of("城市管理", "民生保障"),
                List.of("chengshi-guanli", "minsheng"),
                7,
                LocalDate.of(2019, 1, 1)));
        byte[] good = DutySheet.write(items);

        // A copy with two bad rows is refused whole, each row and column named; nothing is written.
        List<DutyItem> broken = new ArrayList<>(items);
        DutyItem second = broken.get(1);
        broken.set(
                1,
                new DutyItem(
                        second.code(),
                        "",
                        second.area(),
                        second.level(),
                        second.streetRole(),
                        second.leadUnits(),
                        second.assistingUnits(),
                        null,
                        null,
                        second.effectiveFrom(),
                        null,
                        List.of(),
                        false,
                        null,
                        null));
        broken.set(500, broken.get(3));
        Path bad = upload("dongcheng-bad.xlsx", DutySheet.write(broken));
        page.locator("#duties-import-details").click();
        // Vaadin's upload speaks the user's language.
        page.waitForCondition(() -> "将文件拖到此处"
                .equals(page.locator("#duties-import-upload")
                        .evaluate("u => u.i18n && u.i18n.dropFiles ? u.i18n.dropFiles.one : null")));
        page.locator("#duties-import-upload input[type=file]").setInputFiles(bad);
        Locator errors = page.locator("#duties-import-errors");
        errors.getByText("第3行").first().waitFor();
        String errorText = errors.innerText();
        assertTrue(errorText.contains("文件整体未导入（2 处错误）"), errorText);
        assertTrue(errorText.contains("第3行“事项名称”列：不能为空"), errorText);
        assertTrue(errorText.contains("第502行“编码”列：编码“" + items.get(3).code() + "”重复"), errorText);
        page.reload();
        page.waitForCondition(() -> count(page).equals("共 106 项"));

        Path file = upload("dongcheng-1000.xlsx", good);
        page.locator("#duties-import-details").click();
        page.locator("#duties-import-upload input[type=file]").setInputFiles(file);
        Locator summary = page.locator("#duties-import-summary");
        summary.waitFor();
        assertEquals("共 1000 行：新增 894 项，修改 0 项，删除 0 项。确认后将整体替换现有清单。", summary.innerText());
        page.screenshot(new Page.ScreenshotOptions().setPath(shots().resolve("duties-import-preview.png")));
        assertEquals("共 106 项", count(page), "nothing is written before confirming");

        page.locator("#duties-import-commit").click();
        page.locator("#duties-import-progress").waitFor();
        page.waitForCondition(
                () -> page.locator("#duties-import-result").innerText().equals("已导入 1000 行"));
        assertEquals("1000", page.locator("#duties-import-progress").getAttribute("aria-valuenow"));
        page.waitForCondition(() -> count(page).equals("共 1000 项"));

        page.locator("#duties-search input").fill("DC-IMP-G0894");
        page.waitForCondition(() -> count(page).equals("共 1 项"));
    }

    @Test
    void the_coverage_report_names_a_planted_double_lead_and_links_to_the_item() throws Exception {
        Page page = openAs("xicheng-admin", "/duties/coverage");
        Locator totals = page.locator("#coverage-totals");
        assertEquals(
                "今天|星期一|一月",
                page.locator("vaadin-date-picker")
                        .first()
                        .evaluate("p => [p.i18n.today, p.i18n.weekdays[1], p.i18n.monthNames[0]].join('|')"),
                "Vaadin's date picker speaks the user's language");
        totals.waitFor();
        page.locator("#coverage-street").click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText("新街口街道"))
                .click();
        page.waitForCondition(() -> totals.innerText().startsWith("新街口街道"));
        assertTrue(totals.innerText().contains("街道层级有效事项 122 项"), totals.innerText());
        assertEquals("主责 38", page.locator("#coverage-role-LEAD").innerText());
        assertEquals("协调 36", page.locator("#coverage-role-COORDINATE").innerText());
        assertEquals("配合 24", page.locator("#coverage-role-ASSIST").innerText());
        assertTrue(!page.locator("#coverage-problems").innerText().contains("牵头单位："));

        // Plant a double lead through the item editor: 低保 led by 民生保障办公室 and 平安建设办公室.
        page.navigate(stack.appUrl() + "/duties?item=XC-MS-002");
        Locator editor = page.locator("#duty-name");
        editor.waitFor();
        pick(page, "#duty-lead", "平安建设办公室");
        page.locator("#duty-save").click();
        editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

        page.navigate(stack.appUrl() + "/duties/coverage");
        Locator problems = page.locator("#coverage-problems");
        problems.getByText("多头牵头").first().waitFor();
        String text = problems.innerText();
        assertTrue(
                text.contains("事项“最低生活保障（低保）申请受理与审核”（XC-MS-002）有2个牵头单位：民生保障办公室、平安建设办公室")
                        || text.contains("事项“最低生活保障（低保）申请受理与审核”（XC-MS-002）有2个牵头单位：平安建设办公室、民生保障办公室"),
                text);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots().resolve("coverage-double-lead.png"))
                .setFullPage(true));

        // The link opens the item; taking the second lead away clears the problem.
        page.locator(".coverage-item-link")
                .filter(new Locator.FilterOptions().setHasText("XC-MS-002"))
                .click();
        editor.waitFor();
        page.locator("#duty-lead [part~='clear-button']").click();
        pick(page, "#duty-lead", "民生保障办公室");
        page.locator("#duty-save").click();
        editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        page.navigate(stack.appUrl() + "/duties/coverage");
        page.locator("#coverage-totals").waitFor();
        page.waitForCondition(
                () -> !page.locator("#coverage-problems").innerText().contains("多头牵头"));
    }

    @Test
    void an_admitted_task_becomes_a_duty_item_and_a_task_never_admitted_may_be_refused() throws Exception {
        Page page = openAs("chenghua-admin", "/duties/admission");
        page.locator("#admission-policy").waitFor();
        page.locator("#admission-new").click();
        page.locator("#admission-task input").fill("共享单车停放秩序巡查");
        page.locator("#admission-department input").fill("区交通运输局");
        page.locator("#admission-area input").fill("城市管理");
        page.locator("#admission-area input").press("Enter");
        LocalDate soon = LocalDate.now().plusDays(3);
        date(page, "#admission-effective", soon);
        page.locator("#admission-apply").click();
        Locator problem = page.locator("#admission-problem");
        page.waitForCondition(() -> problem.innerText().contains("须提前30个工作日申请"));

        LocalDate later = LocalDate.now().plusDays(90);
        date(page, "#admission-effective", later);
        page.locator("#admission-apply").click();
        Locator grid = page.locator("#admission-grid");
        grid.getByText("共享单车停放秩序巡查").waitFor();
        String code = "ZR-" + LocalDate.now().getYear() + "-001";
        for (String step : List.of("review", "approve", "admit")) {
            page.locator("#admission-" + step + "-" + code).click();
            page.locator("#admission-" + step + "-" + code)
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        }
        page.waitForCondition(() -> grid.innerText().contains("已准入"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots().resolve("admission-register.png"))
                .setFullPage(true));

        page.locator("#refusal-task input").fill("共享单车停放秩序巡查");
        date(page, "#refusal-on", later);
        page.locator("#refusal-check").click();
        page.waitForCondition(() -> page.locator("#refusal-result").innerText().contains("街道应当承接"));
        date(page, "#refusal-on", later.minusDays(1));
        page.locator("#refusal-check").click();
        page.waitForCondition(() -> page.locator("#refusal-result").innerText().equals("事项“共享单车停放秩序巡查”未经准入，街道可以拒绝承接"));
        page.locator("#refusal-task input").fill("临时性统计报表填报");
        date(page, "#refusal-on", later);
        page.locator("#refusal-check").click();
        page.waitForCondition(() -> page.locator("#refusal-result").innerText().equals("事项“临时性统计报表填报”未经准入，街道可以拒绝承接"));

        // Chenghua's 77 items moved down to streets, now 78 with the admitted one; 75 to communities.
        Locator movements = page.locator("#admission-movements");
        page.waitForCondition(() ->
                movements.innerText().contains("78") && movements.innerText().contains("75"));

        page.navigate(stack.appUrl() + "/duties?item=" + code);
        page.locator("#duty-name").waitFor();
        assertEquals("共享单车停放秩序巡查", page.locator("#duty-name input").inputValue());
    }

    @Test
    void a_luohu_street_re_divides_a_duty_among_its_own_units_and_only_its_own() throws Exception {
        Page page = openAs("luohu-staff", "/duties/coverage");
        Locator totals = page.locator("#coverage-totals");
        totals.waitFor();
        selectStreet(page, "黄贝街道");
        page.waitForCondition(
                () -> page.locator("#redivision-state").innerText().equals("仅黄贝街道本街道可以调整其职责分工。"));
        assertTrue(!page.locator("#redivision-item").isVisible(), "another street's division is not ours to change");

        selectStreet(page, "南湖街道");
        page.locator("#redivision-item").waitFor();
        page.locator("#redivision-item input").fill("LH-SW-002");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("文化体育"))
                .first()
                .click();
        pick(page, "#redivision-lead", "民生事务部");
        page.locator("#redivision-save").click();
        Locator grid = page.locator("#redivision-grid");
        page.waitForCondition(
                () -> grid.innerText().contains("LH-SW-002") && grid.innerText().contains("民生事务部"));
        assertTrue(!page.locator("#coverage-problems").innerText().contains("多头牵头"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots().resolve("coverage-redivision.png"))
                .setFullPage(true));

        Page xicheng = openAs("xicheng-admin", "/duties/coverage");
        xicheng.locator("#coverage-totals").waitFor();
        assertEquals("本区未允许街道自行调整职责分工。", xicheng.locator("#redivision-state").innerText());
    }

    static void selectStreet(Page page, String name) {
        page.locator("#coverage-street").click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText(name))
                .click();
        page.waitForCondition(() -> page.locator("#coverage-totals").innerText().startsWith(name));
    }

    @Test
    void street_staff_see_the_beijing_catalog_held_by_every_streets_team() throws Exception {
        Page page = openAs("xicheng-staff", "/enforcement");
        page.locator("#powers-total").waitFor();
        assertEquals("现行职权 431 项：", page.locator("#powers-total").innerText());
        String domains = page.locator("#powers-domains").innerText();
        for (String figure : List.of("城市管理 393", "水务 22", "卫生健康 11", "生态环境 4", "农业农村 1")) {
            assertTrue(domains.contains(figure), domains);
        }
        assertEquals("各街道综合执法队均已承接全部下放职权。", page.locator("#powers-gaps").innerText());
        assertEquals(0, page.locator("#powers-import-details").count(), "street staff cannot import");
        page.locator("#powers-domain").click();
        page.locator("vaadin-select-item[role=option]")
                .filter(new Locator.FilterOptions().setHasText("水务"))
                .click();
        page.waitForCondition(() -> page.locator("#powers-count").innerText().equals("共 22 项"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots().resolve("enforcement-xicheng.png"))
                .setFullPage(true));
    }

    static void pick(Page page, String comboId, String name) {
        Locator input = page.locator(comboId + " input");
        input.click();
        input.fill(name);
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first()
                .click();
        input.press("Tab");
    }

    static void date(Page page, String pickerId, LocalDate date) {
        Locator input = page.locator(pickerId + " input");
        input.fill(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
        input.press("Enter");
    }
}
