package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reform's evaluation in the browser (issue 14), on Xicheng's template (3 categories, 4 levels, 41
 * items) and the demo round the start-up opens over the periods up to the running one: the district
 * admin issues two resident-questionnaire links for 德胜街道 and downloads their printable sheet; a
 * resident answers one on a phone without login — first refused for a missing answer, then taken —;
 * the same link cannot answer again, and the link under another district's address shows nothing; the
 * round's report then shows 德胜's item fed by that question with the answer's score, and its total
 * changed; once Xicheng's pre-reform baseline is entered, the report sets the district's rates beside it.
 *
 * <p>The e2e stack is shared: this class only adds questionnaire answers to Xicheng's demo round and
 * Xicheng's baseline, which no other test reads.
 */
class EvaluationPageIT extends BrowserTest {

    static final String ADMIN = "xicheng-admin";
    static final String STREET = "德胜街道";
    /** Xicheng's item fed by resident/R1 (群众办事“一窗通办”). */
    static final String ITEM = "群众办事“一窗通办”";

    EvaluationPageIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_link_answers_once_without_login_and_the_report_follows() throws Exception {
        Page admin = openAs(ADMIN, "/evaluation");
        admin.locator("#eval-summary").waitFor();
        assertTrue(
                admin.locator("#eval-summary").innerText().contains("3类、4级、41项"),
                admin.locator("#eval-summary").innerText());
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("evaluation-system.png"))
                .setFullPage(true));

        List<String> before = itemRow(admin);
        assertTrue(before.get(3).startsWith("暂无数据"), "no answer yet: " + before);
        String totalBefore = streetTotal(admin);

        admin.navigate(stack.appUrl() + "/evaluation/surveys");
        admin.locator("#survey-issue").waitFor();
        GridRows.choose(admin, "#survey-questionnaire", "辖区居民满意度调查 · 居民");
        GridRows.choose(admin, "#survey-street", STREET);
        admin.locator("#survey-count input").fill("2");
        admin.locator("#survey-issue").click();
        admin.locator(".survey-link").first().waitFor();
        List<String> links = admin.locator(".survey-link").all().stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertEquals(2, links.size());
        assertTrue(links.get(0).contains("/r/xicheng/q/q_"), links.get(0));
        Download sheet = download(admin, () -> admin.locator("#survey-sheet").click());
        String html = Files.readString(sheet.path());
        assertEquals(2, html.split("<svg", -1).length - 1, "one QR code per link");
        assertTrue(html.contains(links.get(1)) && html.contains(STREET), "each card carries its address and street");

        Page phone = browser.newPage(390, 844);
        phone.navigate(links.get(0));
        phone.locator("#survey-form").waitFor();
        assertTrue(phone.locator("#survey-street").innerText().contains(STREET));
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("evaluation-form-390.png"))
                .setFullPage(true));
        // Nothing answered: refused, naming the first question, nothing taken (the link still opens).
        phone.locator("#survey-submit").click();
        phone.locator("#resident-problems").waitFor();
        assertTrue(
                phone.locator("#resident-problems").innerText().contains("请回答“到街道办事能否“一窗通办””"),
                phone.locator("#resident-problems").innerText());
        for (String q : List.of("R1", "R2", "R3", "R4", "R5")) {
            phone.locator("input[name='q." + q + "'][value='5']").check();
        }
        phone.locator("textarea[name='q.R6']").fill("希望继续保持");
        phone.locator("#survey-submit").click();
        phone.locator("#survey-thanks").waitFor();
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("evaluation-answered-390.png"))
                .setFullPage(true));

        // The same link again: the page is gone, and a hand-made post is refused as not found.
        Response again = phone.navigate(links.get(0));
        assertEquals(404, again.status());
        APIResponse posted = phone.request()
                .post(
                        links.get(0),
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("q.R1", "1")
                                        .set("q.R2", "1")
                                        .set("q.R3", "1")
                                        .set("q.R4", "1")
                                        .set("q.R5", "1")));
        assertEquals(404, posted.status());
        // Another district's address with this link: nothing.
        assertEquals(
                404,
                phone.navigate(links.get(1).replace("/r/xicheng/", "/r/luohu/")).status());
        // The second link still works: links are independent.
        assertEquals(200, phone.navigate(links.get(1)).status());
        phone.context().close();

        // The questions ranked by their answers, for 德胜: the one answer scores each question 100.
        admin.navigate(stack.appUrl() + "/evaluation/surveys");
        admin.locator("#ranking-grid").waitFor();
        GridRows.choose(admin, "#ranking-questionnaire", "辖区居民满意度调查");
        GridRows.choose(admin, "#ranking-street", STREET);
        List<String> first = GridRows.of(admin, "#ranking-grid").get(0);
        assertEquals(List.of("1", "100.00", "1"), List.of(first.get(0), first.get(2), first.get(3)), first.toString());

        List<String> after = itemRow(admin);
        assertEquals("1个回答平均100.00分", after.get(3), after.toString());
        assertEquals("100.00", after.get(2), after.toString());
        assertNotEquals(totalBefore, streetTotal(admin), "德胜's total follows the answer");

        // The pre-reform baseline (Xicheng's published 解决率 and 满意率) beside the round's district rates.
        admin.navigate(stack.appUrl() + "/results/rules");
        admin.locator("#baseline-save").waitFor();
        admin.locator("#baseline-label input").fill("改革前（2018年）");
        admin.locator("#baseline-resolution input").fill("39.17");
        admin.locator("#baseline-satisfaction input").fill("65.76");
        admin.locator("#baseline-reason input").fill("西城区改革评估报告");
        admin.locator("#baseline-save").click();
        admin.getByText("已保存改革前基线").waitFor();
        admin.navigate(stack.appUrl() + "/evaluation/rounds/demo");
        admin.locator("#report-baseline-rates").waitFor();
        GridRows.settle(admin);
        List<List<String>> rates = GridRows.of(admin, "#report-baseline-rates");
        assertEquals(List.of("响应率", "—"), rates.get(0).subList(0, 2), rates.toString());
        assertEquals(List.of("解决率", "39.17%"), rates.get(1).subList(0, 2), rates.toString());
        assertEquals(List.of("满意率", "65.76%"), rates.get(2).subList(0, 2), rates.toString());
        assertTrue(rates.get(1).get(2).endsWith("%"), "this round's 解决率: " + rates);
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("evaluation-report.png"))
                .setFullPage(true));
    }

    /** 德胜's row of the item fed by resident/R1 in the demo round's report: name, weight, score, source. */
    private List<String> itemRow(Page admin) {
        openStreet(admin);
        return GridRows.of(admin, "#report-tree").stream()
                .filter(r -> r.get(0).equals(ITEM))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ITEM + " in " + GridRows.of(admin, "#report-tree")));
    }

    private String streetTotal(Page admin) {
        openStreet(admin);
        return GridRows.of(admin, "#report-totals").stream()
                .filter(r -> r.get(0).equals(STREET))
                .findFirst()
                .orElseThrow()
                .get(1);
    }

    private void openStreet(Page admin) {
        admin.navigate(stack.appUrl() + "/evaluation/rounds/demo");
        admin.locator("#report-totals").waitFor();
        int row = 0;
        for (List<String> r : GridRows.of(admin, "#report-totals")) {
            if (r.get(0).equals(STREET)) {
                break;
            }
            row++;
        }
        GridRows.cell(admin, "#report-totals", row, 0).click();
        admin.getByText(STREET + "：").first().waitFor();
        GridRows.settle(admin);
    }
}
