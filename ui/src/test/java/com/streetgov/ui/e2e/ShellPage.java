package com.streetgov.ui.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** The application shell (main layout) and whatever view is inside it. */
public final class ShellPage {

    private final Page page;

    public ShellPage(Page page) {
        this.page = page;
    }

    ShellPage waitUntilShown() {
        page.locator("#shell-district").waitFor();
        return this;
    }

    public Page page() {
        return page;
    }

    public String district() {
        return page.locator("#shell-district").innerText();
    }

    public String userName() {
        return page.locator("#shell-user").innerText();
    }

    public String role() {
        return page.locator("#shell-role").innerText();
    }

    public String navigation() {
        return page.locator("vaadin-side-nav").innerText();
    }

    /** Picks a language in the shell's selector; the page reloads in it. */
    public ShellPage chooseLanguage(String label) {
        String before = role();
        page.locator("#shell-language").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(label))
                .click();
        page.waitForCondition(() -> page.locator("#shell-role").count() == 1 && !role().equals(before));
        return this;
    }

    public ShellPage open(String baseUrl, String path) {
        page.navigate(baseUrl + path);
        return waitUntilShown();
    }

    public Locator content(String selector) {
        return page.locator(selector);
    }

    public KeycloakLoginPage logOut() {
        page.locator("#shell-logout").click();
        KeycloakLoginPage login = new KeycloakLoginPage(page);
        login.isShown();
        return login;
    }

    public Path screenshot(Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
