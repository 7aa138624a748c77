package com.streetgov.ui.e2e;

import com.microsoft.playwright.Page;

/** Keycloak's login, which with organizations enabled asks for the username, then the password. */
public final class KeycloakLoginPage {

    private final Page page;

    public KeycloakLoginPage(Page page) {
        this.page = page;
    }

    /** Logs in from wherever the application sent the browser, and waits for the shell. */
    public ShellPage logIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#kc-login").click();
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        return new ShellPage(page).waitUntilShown();
    }

    public boolean isShown() {
        page.locator("#username").waitFor();
        return page.url().contains("/realms/streetgov/");
    }
}
