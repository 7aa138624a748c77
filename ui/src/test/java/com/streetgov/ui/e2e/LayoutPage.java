package com.streetgov.ui.e2e;

import com.microsoft.playwright.Page;

/** The street-layout screen: a street and a date, the applicable version, org chart and crosswalk. */
public final class LayoutPage {

    private final Page page;

    public LayoutPage(Page page) {
        this.page = page;
        page.locator("#layout-street").waitFor();
    }

    public LayoutPage show(String street, String date) {
        page.locator("#layout-street input").fill(street);
        page.locator("#layout-street input").press("Enter");
        page.locator("#layout-date input").fill(date);
        page.locator("#layout-date input").press("Enter");
        String[] ymd = date.split("/");
        String iso = String.format("%s-%02d-%02d", ymd[0], Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
        page.waitForCondition(() -> version().startsWith(street + "在" + iso));
        return this;
    }

    public String version() {
        return page.locator("#layout-version").innerText();
    }

    public String crosswalk() {
        return page.locator("#layout-crosswalk").innerText();
    }

    public String counts() {
        return page.locator("#layout-counts").innerText();
    }
}
