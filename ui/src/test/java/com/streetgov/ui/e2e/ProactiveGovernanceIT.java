package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.streetgov.assessment.domain.Period;
import com.streetgov.matter.application.MatterClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 每月一题, hotspots and the 吹哨报到 double assessment in the browser, on the demo districts' generated
 * year, each figure recounted with plain SQL from the running stack's raw rows: Dongcheng's admin picks
 * the theme of the latest complete period (refused without a reason) and its street staff follow it;
 * Xicheng's hotspots list the categories with most matters and the rising ones, and a count opens
 * exactly its matters; Xicheng's departments are ranked with the summonses each received.
 *
 * <p>Only the theme writes, and only Dongcheng's (no other test asserts Dongcheng's figures; a theme
 * changes no rate).
 */
class ProactiveGovernanceIT extends BrowserTest {

    /** "共 1,234 件，列出 500 件" (counts as the translation's message format writes them). */
    static final Pattern LISTED = Pattern.compile("共 ([\\d,]+) 件，列出 ([\\d,]+) 件");

    ProactiveGovernanceIT(RunningStack stack) {
        super(stack);
    }

    /** A district's latest complete period under its template's start day (Dongcheng and Xicheng: 19th). */
    static Period latest(int startDay) {
        return Period.containing(LocalDate.now(MatterClock.ZONE), startDay).previous(startDay);
    }

    @Test
    void the_admin_picks_the_month_theme_and_street_staff_follow_its_matters() throws Exception {
        Period period = latest(19);
        Page page = openOn("dongcheng-admin", "/results/theme", "#theme-period", period);
        Locator follow = page.locator("#theme-follow");
        page.waitForCondition(() -> follow.innerText().contains(period.label() + " 尚未选定每月一题"));

        String title = "老旧小区电梯运行保障 " + UUID.randomUUID().toString().substring(0, 4);
        page.locator("#theme-title input").fill(title);
        page.locator("#theme-keywords input").fill("电梯");
        page.locator("#theme-problems textarea").fill("电梯故障停运多，老人上下楼难，加装电梯进展慢");
        RulesIT.assertRefusedAt(page, "#theme-pick", "#theme-reason", "理由", "必填");
        assertFalse(follow.innerText().contains(title), "no theme without a reason");

        page.locator("#theme-reason input").fill("电梯类诉求连续三期居前，区委确定为本期主题");
        page.locator("#theme-pick").click();
        page.getByText("已选定每月一题").first().waitFor();
        page.waitForCondition(() -> follow.innerText().contains(title));
        long matters = mattersOf(page.locator("#theme-matters").innerText());
        assertEquals(
                sqlCount(
                        "select count(*) from matter m where m.district_id = 'dongcheng'"
                                + " and m.received_at >= ? and m.received_at < ?"
                                + " and (strpos(m.title, '电梯') > 0 or strpos(m.description, '电梯') > 0)",
                        period),
                matters,
                "the theme follows exactly the period's matters that mention 电梯");
        assertTrue(matters > 0, "Dongcheng's demo year has lift complaints");
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("theme-dongcheng.png"))
                .setFullPage(true));
        assertListed(page, "#theme-matters", matters);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("theme-dongcheng-matters.png")));

        // Street staff of the district see the theme and the same matters, and cannot pick one.
        Page staff = openOn("dongcheng-staff", "/results/theme", "#theme-period", period);
        staff.waitForCondition(() -> staff.locator("#theme-follow").innerText().contains(title));
        assertEquals(matters, mattersOf(staff.locator("#theme-matters").innerText()));
        assertEquals(0, staff.locator("#theme-pick").count(), "street staff do not pick the theme");
    }

    @Test
    void hotspots_list_the_most_and_the_rising_and_a_count_opens_exactly_its_matters() throws Exception {
        Period period = latest(19);
        Page page = openOn("xicheng-admin", "/results/hotspots", "#hotspots-period", period);

        List<List<String>> most = GridRows.of(page, "#hotspots-most");
        assertFalse(most.isEmpty(), "categories with most matters");
        assertTrue(most.size() <= 10, "the top ten: " + most);
        assertEquals("1", most.get(0).get(0));
        long top = Long.parseLong(most.get(0).get(2));
        assertEquals(
                sqlCount(
                        "select max(c) from (select count(*) c from matter m where m.district_id = 'xicheng'"
                                + " and m.received_at >= ? and m.received_at < ? group by coalesce(nullif(m.category, ''), '')) x",
                        period),
                top,
                "the first category has as many matters as the most frequent category counted with SQL");
        for (int i = 1; i < most.size(); i++) {
            assertTrue(
                    Long.parseLong(most.get(i).get(2))
                            <= Long.parseLong(most.get(i - 1).get(2)),
                    most.toString());
        }
        List<List<String>> rising = GridRows.of(page, "#hotspots-rising");
        assertFalse(rising.isEmpty(), "categories rising against the three periods before");
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("hotspots-xicheng.png"))
                .setFullPage(true));

        GridRows.cell(page, "#hotspots-most", 0, 2)
                .querySelector("vaadin-button")
                .click();
        Matcher listed = listed(page);
        assertEquals(top, number(listed.group(1)), "the dialog counts what the table showed");
        assertEquals(Math.min(top, 500), number(listed.group(2)));
        assertEquals(number(listed.group(2)), DashboardIT.Drill.size(page, "#matters-dialog-grid"));
        page.keyboard().press("Escape");

        GridRows.choose(page, "#hotspots-kind", "社区");
        page.waitForCondition(() -> !GridRows.of(page, "#hotspots-most")
                .get(0)
                .get(1)
                .equals(most.get(0).get(1)));
        assertFalse(GridRows.of(page, "#hotspots-most").isEmpty(), "communities with most matters");
    }

    @Test
    void departments_are_ranked_with_the_summonses_each_received() throws Exception {
        Period period = latest(19);
        Page page = openAs("xicheng-admin", "/results/whistles");
        page.locator("#whistles-departments").waitFor();
        List<List<String>> rows = GridRows.of(page, "#whistles-departments");
        Map<String, Long> shown = new TreeMap<>();
        for (List<String> row : rows) {
            shown.put(row.get(1), Long.parseLong(row.get(2)));
        }
        Map<String, Long> counted = new TreeMap<>();
        try (Connection c = Open311TrustIT.database("xicheng");
                PreparedStatement q = c.prepareStatement("select s.department, count(*) from whistle w"
                        + " join whistle_summons s on s.district_id = w.district_id and s.whistle_id = w.id"
                        + " where w.district_id = 'xicheng' and w.blown_at >= ? and w.blown_at < ?"
                        + " group by s.department")) {
            bind(q, period);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    counted.put(r.getString(1), r.getLong(2));
                }
            }
        }
        assertFalse(counted.isEmpty(), "Xicheng's latest period has whistles");
        assertEquals(counted, shown, "each department with the summonses it received");
        assertEquals("1", rows.get(0).get(0), "the ranking starts at 1: " + rows);
        List<Integer> ranks = rows.stream()
                .map(r -> r.get(0))
                .filter(r -> r.matches("\\d+"))
                .map(Integer::valueOf)
                .toList();
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i) >= ranks.get(i - 1), "ranked in order: " + rows);
        }
        assertFalse(GridRows.of(page, "#whistles-streets").isEmpty(), "the streets that blew whistles");
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("whistles-xicheng.png"))
                .setFullPage(true));

        long first = Long.parseLong(rows.get(0).get(2));
        GridRows.cell(page, "#whistles-departments", 0, 2)
                .querySelector("vaadin-button")
                .click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        dialog.getByText(LISTED).waitFor();
        Matcher m = LISTED.matcher(dialog.getByText(LISTED).innerText());
        assertTrue(m.find());
        assertEquals(first, number(m.group(1)));
        assertEquals(first, number(m.group(2)));
        assertEquals(first, DashboardIT.Drill.size(page, "#whistles-lines"), "one line per summons");
    }

    /** Opens {@code path} as {@code user} and picks {@code period} in its period selector. */
    private Page openOn(String user, String path, String periodSelect, Period period) {
        Page page = openAs(user, path);
        page.locator(periodSelect).waitFor();
        GridRows.choose(page, periodSelect, period.label());
        return page;
    }

    /** Opens the matters behind {@code button} and checks the dialog (left open) lists them all (up to 500). */
    private static void assertListed(Page page, String button, long count) {
        page.locator(button).click();
        Matcher listed = listed(page);
        assertEquals(count, number(listed.group(1)));
        assertEquals(Math.min(count, 500), number(listed.group(2)));
        assertEquals(Math.min(count, 500), DashboardIT.Drill.size(page, "#matters-dialog-grid"));
        assertNotEquals(0, count);
    }

    /** A count as shown, with or without grouping commas. */
    static long number(String shown) {
        return Long.parseLong(shown.replace(",", ""));
    }

    private static Matcher listed(Page page) {
        Locator header = page.locator("#matters-dialog-count");
        header.waitFor();
        Matcher m = LISTED.matcher(header.innerText());
        assertTrue(m.matches(), header.innerText());
        return m;
    }

    /** "相关诉求 123 件（…），点击查看" → 123. */
    private static long mattersOf(String text) {
        Matcher m = Pattern.compile("相关诉求 ([\\d,]+) 件").matcher(text);
        assertTrue(m.find(), text);
        return number(m.group(1));
    }

    private static long sqlCount(String sql, Period period) throws Exception {
        try (Connection c = Open311TrustIT.database(sql);
                PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, period);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                return r.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement q, Period period) throws Exception {
        q.setTimestamp(1, Timestamp.valueOf(period.start().atStartOfDay()));
        q.setTimestamp(2, Timestamp.valueOf(period.end().atStartOfDay()));
    }
}
