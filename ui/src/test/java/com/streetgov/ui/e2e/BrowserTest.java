package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests: the running stack, one Chromium per test class, and a fresh page per
 * user logged in through Keycloak's real login pages.
 */
@ExtendWith(StackExtension.class)
abstract class BrowserTest {

    static final String PASSWORD = "demo1234";
    static Browser browser;
    final RunningStack stack;

    /** The files this test wrote to upload and the ones it downloaded, deleted when it ends. */
    private final List<Path> uploads = new ArrayList<>();

    private final List<Download> downloads = new ArrayList<>();

    BrowserTest(RunningStack stack) {
        this.stack = stack;
    }

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    /** Every page a test opened ran under the application's Content Security Policy (DD018). */
    @AfterEach
    void noCspViolations() {
        assertEquals(List.of(), browser.takeCspViolations(), "CSP violations in the browser console");
    }

    /**
     * Nothing a test uploaded or downloaded outlives it: each file is deleted, not left for the
     * build's clean or the JVM's exit.
     */
    @AfterEach
    void deleteFiles() throws IOException {
        for (Download download : downloads) {
            download.delete();
        }
        downloads.clear();
        for (Path file : uploads) {
            Files.deleteIfExists(file);
        }
        uploads.clear();
    }

    @AfterAll
    static void quit() {
        browser.close();
    }

    /** A new browser context logged in as {@code username}, on the start page. */
    ShellPage logIn(String username) {
        return logIn(username, PASSWORD);
    }

    ShellPage logIn(String username, String password) {
        Page page = browser.newPage();
        page.navigate(stack.appUrl() + "/");
        return new KeycloakLoginPage(page).logIn(username, password);
    }

    /**
     * A file for a test to upload, written under the build's work directory ({@code target/e2e/uploads})
     * rather than the system's temp directory, and deleted when the test ends.
     */
    Path upload(String name, byte[] content) throws IOException {
        Path file = Files.write(
                Files.createDirectories(stack.work().resolve("uploads")).resolve(name), content);
        uploads.add(file);
        return file;
    }

    /** The file {@code click} makes {@code page} download, deleted when the test ends. */
    Download download(Page page, Runnable click) {
        Download download = page.waitForDownload(click);
        downloads.add(download);
        return download;
    }

    /** A new browser context logged in as {@code username}, on {@code path}. */
    Page openAs(String username, String path) {
        Page page = logIn(username).page();
        page.navigate(stack.appUrl() + path);
        return page;
    }
}
