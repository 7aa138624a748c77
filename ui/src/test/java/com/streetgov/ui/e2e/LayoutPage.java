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
        String before = version();
        page.locator("#layout-date input").fill(date);
        page.locator("#layout-date input").press("Enter");
        page.waitForCondition(() -> !version().equals(before) && version().contains(street));
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
