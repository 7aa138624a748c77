package com.streetgov.ui.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The reform-model screen. */
public final class ReformPage {

    private final Page page;

    public ReformPage(Page page) {
        this.page = page;
        page.locator("#reform-title").waitFor();
    }

    public String versions() {
        return page.locator("#reform-versions").innerText();
    }

    public String findings() {
        return page.locator("#reform-findings").innerText();
    }

    public String history() {
        return page.locator("#reform-history").innerText();
    }

    public String beforeAfter() {
        return page.locator("#reform-before-after").innerText();
    }

    /** Selects the first version whose row shows {@code title}; its units show below. */
    public ReformPage selectVersion(String title) {
        page.locator("#reform-versions vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        // Until the server has answered the click (as TestBench's waitForVaadin).
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        return this;
    }

    public ReformPage newDraft() {
        String before = versions();
        page.locator("#reform-new-draft").click();
        page.waitForCondition(() -> !versions().equals(before));
        return this;
    }

    public ReformPage selectUnit(String name) {
        page.locator("#reform-units vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first()
                .click();
        return this;
    }

    public ReformPage renameSelectedUnit(String newName) {
        String before = history();
        page.locator("#reform-unit-name input").fill(newName);
        page.locator("#reform-rename").click();
        page.waitForCondition(() -> !history().equals(before));
        return this;
    }

    /** Merges the units named into the selected one. */
    public ReformPage mergeIntoSelected(String... names) {
        Locator input = page.locator("#reform-editor-merge input");
        for (String name : names) {
            input.click();
            input.fill(name);
            page.locator("vaadin-multi-select-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText(name))
                    .first()
                    .click();
        }
        page.keyboard().press("Escape");
        return click("#reform-merge");
    }

    private ReformPage click(String id) {
        String before = history();
        page.locator(id).click();
        page.waitForCondition(() -> !history().equals(before));
        return this;
    }

    public ReformPage submit() {
        return click("#reform-submit");
    }

    public ReformPage file(String date) {
        Locator input = page.locator("#reform-effective-from input");
        input.fill(date);
        input.press("Enter");
        return click("#reform-file");
    }

    public ReformPage makeEffective() {
        return click("#reform-make-effective");
    }
}
