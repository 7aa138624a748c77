package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A district admin creates an Open311 client key in the browser, the client posts with it, the admin
 * revokes it and the client is refused; the key is stored only as its hash and both steps are audited.
 */
class ClientKeysIT extends BrowserTest {

    final ApiClient api;

    ClientKeysIT(RunningStack stack) {
        super(stack);
        this.api = new ApiClient(stack);
    }

    HttpResponse<String> post(String key) throws Exception {
        return api.postForm(
                "/api/open311/v2/requests.json",
                "jurisdiction_id=chenghua&api_key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                        + "&service_code=CH-ZF-001&attribute%5Bstreet%5D=urban-1&description="
                        + URLEncoder.encode("小区门口占道经营，晚上很吵", StandardCharsets.UTF_8));
    }

    @Test
    void an_admin_creates_a_key_the_client_posts_with_it_and_after_revoking_is_refused() throws Exception {
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        String client = "社区App-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = openAs("chenghua-admin", "/open311/keys");
        page.locator("#keys-client input").fill(client);
        page.locator("#keys-reason input").fill("接入社区App");
        page.locator("#keys-create").click();
        Locator secretField = page.locator("#keys-secret input");
        secretField.waitFor();
        String secret = secretField.inputValue();
        assertTrue(secret.matches("sgk_[A-Za-z0-9_-]{43}"), secret);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("client-key-created.png")));
        page.locator("#keys-secret-close").click();
        page.locator("#keys-grid").getByText(client).waitFor();

        HttpResponse<String> created = post(secret);
        assertEquals(201, created.statusCode(), created.body());
        List<String> stored = Open311TrustIT.column("select key_hash from api_key where client = ?", client);
        assertEquals(List.of(Open311TrustIT.sha256(secret)), stored, "only the SHA-256 is stored");
        assertNotEquals(secret, stored.get(0));
        assertEquals(
                List.of("chenghua"), Open311TrustIT.column("select district_id from api_key where client = ?", client));
        assertEquals(
                List.of(),
                Open311TrustIT.column("select client from api_key where key_hash = ?", secret),
                "the key itself is nowhere (in either shard)");

        page.locator("#keys-revoke-" + secret.substring(0, 8)).click();
        page.locator("#keys-revoke-reason input").fill("App 停止服务");
        page.locator("#keys-revoke-confirm").click();
        Locator audit = page.locator("#keys-audit");
        page.waitForCondition(() -> audit.innerText().contains("App 停止服务"));
        assertTrue(audit.innerText().contains("chenghua-admin"), audit.innerText());
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("client-key-revoked.png"))
                .setFullPage(true));

        HttpResponse<String> refused = post(secret);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(
                List.of("CREATED chenghua-admin 接入社区App", "REVOKED chenghua-admin App 停止服务"),
                Open311TrustIT.column(
                        "select action || ' ' || actor || ' ' || reason from api_key_audit where client = ? order by at",
                        client));
        assertEquals(
                List.of("chenghua-admin"),
                Open311TrustIT.column("select revoked_by from api_key where client = ?", client));
    }
}
