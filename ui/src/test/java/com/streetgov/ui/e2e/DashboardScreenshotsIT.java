package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of each role's dashboard in Simplified Chinese and English (desktop; street staff also
 * on a 390×844 phone), under {@code ui/target/screenshots/}, to be looked at.
 */
class DashboardScreenshotsIT extends BrowserTest {

    DashboardScreenshotsIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void each_role_dashboard_in_chinese_and_english() throws Exception {
        Path shots = Files.createDirectories(stack.work().getParent().resolve("screenshots"));
        shoot("xicheng-admin", "#dashboard-ranking-chart", shots, "dashboard-admin", 0);
        shoot("xicheng-staff", "#dashboard-street-chart", shots, "dashboard-staff", 0);
        shoot("xicheng-staff", "#dashboard-street-chart", shots, "dashboard-staff-phone", 390);
        shoot("xicheng-staff", "#dashboard-street-chart", shots, "dashboard-staff-phone-full", -390);
        shoot("vendor", "#dashboard-volume-chart", shots, "dashboard-vendor", 0);
        for (String name : new String[] {
            "dashboard-admin",
            "dashboard-staff",
            "dashboard-staff-phone",
            "dashboard-staff-phone-full",
            "dashboard-vendor"
        }) {
            for (String lang : new String[] {"zh", "en"}) {
                Path file = shots.resolve(name + "-" + lang + ".png");
                assertTrue(Files.size(file) > 10_000, file + " is written");
            }
        }
    }

    /**
     * Desktop (width 0): 1280 wide, as tall as the dashboard; a phone (width w): w × 844, the first
     * screen; width −w: w wide, as tall as the dashboard.
     */
    private void shoot(String user, String chart, Path shots, String name, int width) {
        ShellPage shell = logIn(user);
        Page page = shell.page();
        for (String lang : new String[] {"zh", "en"}) {
            int w = width == 0 ? 1280 : Math.abs(width);
            page.setViewportSize(w, 844);
            if (lang.equals("en")) {
                // At the shot's own width: on a phone too the header keeps the language choice on screen.
                shell.chooseLanguage("English");
            }
            drawn(page, chart);
            if (width <= 0) {
                int height = ((Number) page.evaluate(
                                "() => document.querySelector('#home-welcome').parentElement.scrollHeight"))
                        .intValue();
                page.setViewportSize(w, Math.max(844, height + 140));
                drawn(page, chart);
            }
            shell.screenshot(shots.resolve(name + "-" + lang + ".png"));
        }
    }

    private static void drawn(Page page, String chart) {
        page.waitForFunction(
                "c => { const e = document.querySelector(c); return e && e.hasAttribute('rendered')"
                        + " && e.querySelectorAll('svg path').length > 0; }",
                chart);
        page.waitForTimeout(300);
    }
}
