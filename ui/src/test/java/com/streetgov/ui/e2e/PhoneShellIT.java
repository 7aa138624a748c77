package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Street staff on a 390 × 844 phone: a compact header whose texts never wrap, the drawer closed until
 * asked for, the window's form, the inbox as cards and a matter's page, none of them wider than the
 * screen; and the inbox still a table on a desktop.
 */
class PhoneShellIT extends BrowserTest {

    private static final int WIDTH = 390;

    PhoneShellIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_grid_worker_takes_in_finds_and_opens_a_matter_on_a_phone() throws Exception {
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        Page page = browser.newPage(WIDTH, 844);
        page.navigate(stack.appUrl() + "/");
        new KeycloakLoginPage(page).logIn("luohu-staff", PASSWORD);

        assertHeaderOnOneLine(page);
        page.waitForCondition(
                () -> (Boolean) page.evaluate("() => document.querySelector('vaadin-app-layout').overlay"));
        assertFalse(drawerOpened(page), "on a phone the drawer starts closed");
        page.locator("vaadin-drawer-toggle").click();
        page.waitForCondition(() -> drawerOpened(page));
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("一窗受理"))
                .click();
        page.waitForURL("**/matters/intake");
        page.waitForCondition(() -> !drawerOpened(page));

        // The window: one column of full-width fields.
        page.locator("#intake-title input").fill("路灯不亮");
        page.locator("#intake-description textarea").fill("小区门口的路灯连续三晚不亮，晚上行人看不清路");
        page.locator("#intake-resident input").fill("王女士");
        assertNoHorizontalOverflow(page, "intake form");
        Locator title = page.locator("#intake-title");
        assertTrue(title.boundingBox().width > WIDTH * 0.75, "the title field spans the screen");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("phone-intake.png"))
                .setFullPage(true));
        page.locator("#intake-submit").click();
        page.locator("#intake-number").waitFor();
        String number = page.locator("#intake-number").innerText();
        assertNoHorizontalOverflow(page, "intake result");

        // The inbox: a card a matter, no table to scroll sideways.
        page.navigate(stack.appUrl() + "/matters");
        Locator cards = page.locator("#inbox-grid .inbox-card");
        cards.first().waitFor();
        assertHeaderOnOneLine(page);
        assertFalse(drawerOpened(page));
        assertNoHorizontalOverflow(page, "inbox");
        assertEquals(
                Boolean.TRUE,
                page.evaluate("() => { const t = document.querySelector('#inbox-grid').shadowRoot"
                        + ".querySelector('#table'); return t.scrollWidth <= t.clientWidth; }"),
                "the inbox grid scrolls no sideways");
        assertTrue(cards.first().boundingBox().width <= WIDTH, "a card fits the screen");
        assertEquals(2, cards.first().locator("[theme~=badge]").count(), "a card shows state and countdown");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("phone-inbox.png"))
                .setFullPage(true));

        // The matter's page.
        page.navigate(stack.appUrl() + "/matters/" + number);
        page.locator("#matter-state").waitFor();
        assertHeaderOnOneLine(page);
        assertNoHorizontalOverflow(page, "matter page");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("phone-matter.png"))
                .setFullPage(true));
    }

    @Test
    void on_a_desktop_the_inbox_stays_a_table_beside_an_open_drawer() throws Exception {
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        Page page = openAs("luohu-staff", "/matters");
        page.locator("#inbox-grid vaadin-grid-cell-content").first().waitFor();
        assertTrue(drawerOpened(page), "on a desktop the drawer is open");
        assertTrue(page.locator("#inbox-unit").isVisible(), "the filters are shown");
        assertTrue(page.locator("#shell-title").isVisible()
                && page.locator("#shell-user").isVisible());
        assertHeaderOnOneLine(page);
        String grid = page.locator("#inbox-grid").innerText();
        assertTrue(grid.contains("编号") && grid.contains("剩余时间"), grid);
        assertEquals(0, page.locator("#inbox-grid .inbox-card").count(), "no cards on a desktop");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("desktop-inbox.png")));
    }

    private static boolean drawerOpened(Page page) {
        return (Boolean) page.evaluate("() => document.querySelector('vaadin-app-layout').drawerOpened");
    }

    /** Each of the header's texts is either hidden or on one line (no wrapping, a character a line). */
    private static void assertHeaderOnOneLine(Page page) {
        for (String id : List.of("#shell-title", "#shell-district", "#shell-user", "#shell-role")) {
            Object oneLine = page.evaluate(
                    "id => { const e = document.querySelector(id); if (!e) return 'missing';"
                            + " const r = e.getBoundingClientRect(); if (r.height === 0) return true;"
                            + " const s = getComputedStyle(e); const lh = parseFloat(s.lineHeight)"
                            + " || parseFloat(s.fontSize) * 1.6;"
                            + " return r.height < 2 * lh && r.right <= window.innerWidth ? true"
                            + " : r.width + 'x' + r.height + ' line ' + lh; }",
                    id);
            assertEquals(Boolean.TRUE, oneLine, id + " on one line");
        }
    }

    /**
     * Neither the page nor any field or button in it reaches past the screen's right edge (the layout's
     * content area clips what the document itself would not show as overflow).
     */
    private static void assertNoHorizontalOverflow(Page page, String what) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) width).intValue() <= WIDTH, what + " is " + width + " px wide");
        Object past = page.evaluate("() => [...document.querySelectorAll('vaadin-text-field, vaadin-text-area,"
                + " vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-select, vaadin-integer-field,"
                + " vaadin-button')].filter(e => { const r = e.getBoundingClientRect();"
                + " return r.width > 0 && r.right > window.innerWidth + 1; }).map(e => e.id || e.localName)");
        assertEquals(List.of(), past, what + ": fields past the right edge");
    }
}
