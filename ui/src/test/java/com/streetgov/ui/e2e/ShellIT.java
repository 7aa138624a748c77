package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Logging in through Keycloak's real pages and what each role then sees, in Debian's Chromium. */
class ShellIT extends BrowserTest {

    ShellIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void xicheng_admin_logs_in_through_keycloak_and_sees_xicheng_in_the_shell() throws Exception {
        ShellPage shell = logIn("xicheng-admin");
        assertEquals("西城区", shell.district());
        assertEquals("区管理员", shell.role());
        assertTrue(shell.navigation().contains("本区街道"), shell.navigation());
        assertFalse(shell.navigation().contains("全部区"), shell.navigation());
        shell.open(stack.appUrl(), "/streets");
        String streets = shell.content("#streets-grid").innerText();
        assertTrue(
                streets.contains("西长安街街道")
                        && streets.contains("广安门外街道")
                        && !streets.contains("待确认")
                        && streets.contains("12个单位"),
                streets);
        browser.takeFailedResponses();
        shell.open(stack.appUrl(), "/");
        Page page = shell.content("body").page();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertEquals(List.of(), browser.takeFailedResponses(), "4xx/5xx answers during a page load");
        // Chromium fetches the page's icon outside what Playwright reports: the declared one, or else
        // /favicon.ico, which answered 404 on every page load. Ask for it as the browser does; an image must
        // come back (Vaadin answers unknown paths with its HTML page and 200).
        String icon = (String) page.evaluate(
                "() => (document.querySelector(\"link[rel~='icon']\") || {}).href || location.origin + '/favicon.ico'");
        APIResponse answer = page.request().get(icon);
        assertEquals(200, answer.status(), icon);
        assertTrue(
                answer.headers().getOrDefault("content-type", "").startsWith("image/"), icon + ": " + answer.headers());
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        shell.screenshot(shots.resolve("shell-xicheng-admin.png"));
    }

    /**
     * The menu is built from the views' {@code @Menu} and {@code @RolesAllowed}: each role sees exactly
     * its entries, in this order, and nothing of another role's.
     */
    @Test
    void each_role_sees_exactly_its_menu_in_order() {
        List<String> common = List.of(
                "首页", "本区街道", "机构设置", "一窗受理", "待办诉求", "派单台", "考核结果", "吹哨报到考核", "热点", "每月一题", "回访", "职责清单", "派单目录",
                "职责覆盖", "事项准入", "执法事项");
        List<String> staff = new java.util.ArrayList<>(common);
        staff.addAll(List.of("评估指标体系", "改革测评"));
        List<String> admin = new java.util.ArrayList<>(common);
        admin.addAll(List.of(
                "办理时限", "考核规则", "评估指标体系", "改革测评", "问卷发放", "共治评议与部门评价", "不计入考核审核", "改革模型", "街道方案进度", "审计记录", "开放接口密钥"));
        assertEquals(staff, menu(logIn("luohu-staff")));
        assertEquals(admin, menu(logIn("xicheng-admin")));
        assertEquals(List.of("首页", "全部区", "数据分片", "开通新区"), menu(logIn("vendor")));
    }

    private static List<String> menu(ShellPage shell) {
        return shell.content("vaadin-side-nav-item").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    @Test
    void luohu_admin_is_refused_a_xicheng_only_page() {
        ShellPage shell = logIn("luohu-admin");
        assertEquals("罗湖区", shell.district());
        Page page = shell.content("body").page();

        // Vaadin answers the page itself with 200 and routes on the server in the next request: the
        // refusal is the server rendering its refusal view instead of the district view.
        page.navigate(stack.appUrl() + "/districts/xicheng");
        assertEquals("无权访问此页面", page.locator("#access-refused").innerText());
        assertEquals(0, page.locator("#district-name").count());
        assertEquals(0, page.getByText("110102").count(), "nothing of Xicheng is shown");

        page.navigate(stack.appUrl() + "/districts/luohu");
        assertEquals("罗湖区", page.locator("#district-name").innerText());
        assertEquals(0, page.locator("#access-refused").count());
    }

    @Test
    void street_staff_may_not_open_the_vendor_screen() {
        ShellPage shell = logIn("luohu-staff");
        assertEquals("街道工作人员", shell.role());
        Page page = shell.content("body").page();
        page.navigate(stack.appUrl() + "/vendor/districts");
        assertEquals("无权访问此页面", page.locator("#access-refused").innerText());
        assertEquals(0, page.locator("#districts-grid").count());
        page.navigate(stack.appUrl() + "/vendor/shards");
        assertEquals("无权访问此页面", page.locator("#access-refused").innerText());
        assertEquals(0, page.locator("#shards-placements").count());
    }

    @Test
    void vendor_operator_sees_all_four_districts() throws Exception {
        ShellPage shell = logIn("vendor");
        assertEquals("平台（全部区）", shell.district());
        shell.open(stack.appUrl(), "/vendor/districts");
        String grid = shell.content("#districts-grid").innerText();
        for (String district : List.of("罗湖区", "西城区", "东城区", "成华区")) {
            assertTrue(grid.contains(district), district + " missing from: " + grid);
        }
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        shell.screenshot(shots.resolve("vendor-districts.png"));
    }

    @Test
    void the_ui_speaks_simplified_chinese_by_default_and_switches_to_traditional_chinese_and_english() {
        ShellPage shell = logIn("chenghua-admin");
        assertTrue(shell.navigation().contains("首页"), shell.navigation());
        shell.chooseLanguage("繁體中文");
        assertTrue(shell.navigation().contains("首頁"), shell.navigation());
        assertEquals("區管理員", shell.role());
        shell.chooseLanguage("English");
        assertEquals("District administrator", shell.role());
    }

    /**
     * On a 390×844 phone the header wraps rather than cutting off its end: the district, the role, the
     * language choice and logout are all on screen, in Chinese and in English (the vendor's district
     * and role are the longest labels), and the language can be chosen there.
     */
    @Test
    void on_a_phone_the_header_keeps_the_language_choice_and_logout_on_screen() throws Exception {
        ShellPage shell = logIn("vendor");
        Page page = shell.page();
        page.setViewportSize(390, 844);
        assertOnScreen(page, 390);
        shell.chooseLanguage("English");
        assertEquals("Vendor operator", shell.role());
        assertOnScreen(page, 390);
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        shell.screenshot(shots.resolve("shell-phone-vendor-en.png"));
    }

    private static void assertOnScreen(Page page, int width) {
        for (String id : List.of("#shell-district", "#shell-role", "#shell-language", "#shell-logout")) {
            com.microsoft.playwright.options.BoundingBox box = page.locator(id).boundingBox();
            assertTrue(
                    box != null && box.x >= 0 && box.x + box.width <= width,
                    id + " on screen: " + (box == null ? "not shown" : box.x + " + " + box.width));
        }
    }

    @Test
    void logout_ends_the_session_at_keycloak_too() {
        ShellPage shell = logIn("dongcheng-staff");
        KeycloakLoginPage login = shell.logOut();
        assertTrue(login.isShown());
        Page page = shell.content("body").page();
        page.navigate(stack.appUrl() + "/");
        assertTrue(new KeycloakLoginPage(page).isShown(), "after logout the app asks for a login again");
    }
}
