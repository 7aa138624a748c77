package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5 in the browser, on Xicheng: the district admin keeps 德胜街道's residents' delegates
 * and two co-governance projects, generates the delegates' scoring questionnaire into a future version,
 * issues one link per delegate (the sheet names each), two delegates vote on a phone without login, and
 * the page shows who voted (not how) and the projects ranked by the votes — the means worked out here
 * from the Likert values given (5 and 4: 100 and 75; 2 and 4: 25 and 75). Then the streets' rating of
 * the district departments is generated from Xicheng's dispatch catalog.
 *
 * <p>The e2e stack is shared: this class adds delegates, projects and two versions effective 45 and 60
 * days ahead to Xicheng; no other test reads them, and the version in force stays the template's.
 */
class PanelsIT extends BrowserTest {

    static final String ADMIN = "xicheng-admin";
    static final String STREET = "德胜街道";

    PanelsIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void delegates_vote_once_each_and_the_projects_rank_by_their_votes() throws Exception {
        Page admin = openAs(ADMIN, "/evaluation/panels");
        admin.locator("#delegate-add").waitFor();
        GridRows.choose(admin, "#delegate-street", STREET);
        admin.locator("#delegate-add").click();
        Locator delegateRefusal = admin.locator("#delegate-refusal");
        admin.waitForCondition(() -> !delegateRefusal.innerText().isEmpty());
        assertEquals("请填写代表姓名（不超过100个字符）", delegateRefusal.innerText());
        for (String name : List.of("张三", "李四")) {
            admin.locator("#delegate-name input").fill(name);
            admin.locator("#delegate-add").click();
            admin.waitForCondition(() -> GridRows.of(admin, "#delegate-grid").stream()
                    .anyMatch(r -> r.get(1).equals(name)));
        }
        assertEquals("", delegateRefusal.innerText());

        admin.locator("#project-code input").fill("P 1");
        admin.locator("#project-name input").fill("老旧小区加装电梯");
        GridRows.choose(admin, "#project-street", STREET);
        admin.locator("#project-save").click();
        Locator projectRefusal = admin.locator("#project-refusal");
        admin.waitForCondition(() -> !projectRefusal.innerText().isEmpty());
        assertEquals("项目编号为1至32位字母、数字或连字符", projectRefusal.innerText());
        saveProject(admin, "DS-1", "老旧小区加装电梯");
        saveProject(admin, "DS-2", "背街小巷环境整治");

        // The year's projects into a version effective 45 days ahead.
        assertEquals("projects", admin.locator("#generate-code input").inputValue());
        admin.locator("#generate-version input").fill("共治评议E2E");
        DutyIT.date(admin, "#generate-from", LocalDate.now().plusDays(45));
        admin.locator("#generate-reason input").fill("年度问效会");
        admin.locator("#generate-save").click();
        admin.waitForCondition(
                () -> !admin.locator("#generate-done").innerText().isEmpty()
                        || !admin.locator("#generate-refusal").innerText().isEmpty());
        assertEquals(
                "已保存为版本“共治评议E2E”，含问卷“共治项目年度评议”。",
                admin.locator("#generate-done").innerText(),
                admin.locator("#generate-refusal").innerText());

        // One link per delegate in office, the sheet naming each.
        admin.locator("#delegate-links-issue").click();
        admin.locator(".delegate-link").first().waitFor();
        List<Locator> cards = admin.locator(".delegate-link").all();
        List<String> labels = cards.stream().map(Locator::innerText).toList();
        assertTrue(labels.containsAll(List.of(STREET + " · 张三", STREET + " · 李四")), labels.toString());
        Download sheet =
                download(admin, () -> admin.locator("#delegate-links-sheet").click());
        String html = Files.readString(sheet.path());
        assertEquals(labels.size(), html.split("<svg", -1).length - 1, "one QR code per delegate");
        assertTrue(html.contains(STREET + " · 张三"), "each card names its delegate");
        String zhang = href(admin, STREET + " · 张三");
        String li = href(admin, STREET + " · 李四");

        vote(zhang, "5", "2");
        vote(li, "4", "4");
        Page again = browser.newPage(390, 844);
        assertEquals(404, again.navigate(zhang).status(), "one vote per delegate");
        again.context().close();

        admin.navigate(stack.appUrl() + "/evaluation/panels");
        admin.locator("#delegate-turnout").waitFor();
        GridRows.settle(admin);
        List<List<String>> turnout = GridRows.of(admin, "#delegate-turnout");
        assertTrue(turnout.contains(List.of(STREET, "张三", "已投票")), turnout.toString());
        assertTrue(turnout.contains(List.of(STREET, "李四", "已投票")), turnout.toString());
        admin.locator("#ranking-grid").waitFor();
        GridRows.settle(admin);
        List<List<String>> ranking = GridRows.of(admin, "#ranking-grid");
        assertEquals(List.of("1", "老旧小区加装电梯 · " + STREET, "87.50", "2"), ranking.get(0), ranking.toString());
        assertEquals(List.of("2", "背街小巷环境整治 · " + STREET, "50.00", "2"), ranking.get(1), ranking.toString());
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("evaluation-panels.png"))
                .setFullPage(true));
        admin.locator("#delegate-links")
                .screenshot(new Locator.ScreenshotOptions().setPath(shots.resolve("evaluation-panels-votes.png")));

        // The streets' rating of the departments, one question per department of the catalog.
        admin.locator("#generate-kind").getByText("街道评价区直部门").click();
        admin.waitForCondition(
                () -> admin.locator("#generate-code input").inputValue().equals("departments"));
        admin.locator("#generate-version input").fill("部门评价E2E");
        DutyIT.date(admin, "#generate-from", LocalDate.now().plusDays(60));
        admin.locator("#generate-reason input").fill("年度部门评议");
        admin.locator("#generate-save").click();
        admin.waitForCondition(() -> admin.locator("#generate-done").innerText().contains("部门评价E2E")
                || !admin.locator("#generate-refusal").innerText().isEmpty());
        assertEquals("", admin.locator("#generate-refusal").innerText());
        admin.navigate(stack.appUrl() + "/evaluation");
        admin.locator("#eval-versions").waitFor();
        GridRows.settle(admin);
        List<String> versions =
                GridRows.of(admin, "#eval-versions").stream().map(r -> r.get(0)).toList();
        assertTrue(versions.containsAll(List.of("部门评价E2E", "共治评议E2E")), versions.toString());

        // Its links go out before it takes effect: 问卷发放 offers every version, the one in force first.
        admin.navigate(stack.appUrl() + "/evaluation/surveys");
        admin.locator("#survey-issue").waitFor();
        GridRows.choose(admin, "#survey-version", "部门评价E2E");
        GridRows.choose(admin, "#survey-questionnaire", "街道评价区直部门 · 街道");
        GridRows.choose(admin, "#survey-street", STREET);
        admin.locator("#survey-count input").fill("1");
        admin.locator("#survey-issue").click();
        admin.locator(".survey-link").first().waitFor();
        Page street = browser.newPage(390, 844);
        street.navigate(admin.locator(".survey-link").first().getAttribute("href"));
        street.locator("#survey-form").waitFor();
        assertTrue(street.locator("input[name='q.D01']").count() == 5, "the first department, rated 1–5");
        street.context().close();
    }

    private static void saveProject(Page admin, String code, String name) {
        admin.locator("#project-code input").fill(code);
        admin.locator("#project-name input").fill(name);
        admin.locator("#project-save").click();
        admin.waitForCondition(() -> GridRows.of(admin, "#project-grid").stream()
                .anyMatch(r -> r.get(2).equals(code)));
    }

    private static String href(Page admin, String label) {
        return admin.locator(".delegate-link")
                .filter(new Locator.FilterOptions().setHasText(label))
                .getAttribute("href");
    }

    /** A delegate's vote on a phone: the first project, then the second, on the 1–5 scale. */
    private void vote(String link, String first, String second) {
        Page phone = browser.newPage(390, 844);
        phone.navigate(link);
        phone.locator("#survey-form").waitFor();
        phone.locator("input[name='q.DS-1'][value='" + first + "']").check();
        phone.locator("input[name='q.DS-2'][value='" + second + "']").check();
        phone.locator("#survey-submit").click();
        phone.locator("#survey-thanks").waitFor();
        phone.context().close();
    }
}
