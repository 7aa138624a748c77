package com.streetgov.ui.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Debian's Chromium driven by Playwright, headless; one fresh context (no cookies) per page. */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final List<String> cspViolations = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedResponses = Collections.synchronizedList(new ArrayList<>());

    public Browser() {
        playwright = Playwright.create();
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("streetgov.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A new page in a new context, as a new user would have it. */
    public Page newPage() {
        return newPage(1280, 800);
    }

    /** The same at another viewport size (e.g. a phone's 390 × 844). */
    public Page newPage(int width, int height) {
        BrowserContext context = chromium.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(message -> {
            // Keycloak's own pages are not ours to judge; the application's pages must run under its CSP.
            if (message.text().contains("Content Security Policy")
                    && !page.url().contains("/realms/")) {
                cspViolations.add(page.url() + ": " + message.text());
            }
        });
        page.onResponse(response -> {
            // Keycloak's own pages are not ours; everything the application answers must succeed.
            if (response.status() >= 400 && !response.url().contains("/realms/")) {
                failedResponses.add(response.status() + " " + response.request().method() + " " + response.url());
            }
        });
        return page;
    }

    /** The application's 4xx/5xx answers the browser saw since the last call ("404 GET http://…"). */
    public List<String> takeFailedResponses() {
        synchronized (failedResponses) {
            List<String> seen = List.copyOf(failedResponses);
            failedResponses.clear();
            return seen;
        }
    }

    /** The Content Security Policy violations the application's pages reported since the last call. */
    public List<String> takeCspViolations() {
        synchronized (cspViolations) {
            List<String> seen = List.copyOf(cspViolations);
            cspViolations.clear();
            return seen;
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
