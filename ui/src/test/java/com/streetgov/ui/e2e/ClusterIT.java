package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two application instances in one Payara Micro cluster (issue 15, DD038): the e2e stack's instance A
 * and a second instance B started here against the same database and Keycloak, with routing contexts
 * that would otherwise be re-read only every ten minutes. Luohu's 南湖街道 re-divides 劳动保障
 * (LH-SW-003, led by 公共事务中心) to 民生事务部 through A's screen; the very next matter of that category
 * taken in through B's API goes to 民生事务部, because A's change dropped B's cached context through the
 * data grid — not because B's cache expired.
 *
 * <p>The e2e stack is shared: this class changes Luohu's division of LH-SW-003 in 南湖 (no other test
 * routes or re-divides it) and adds two matters there.
 */
class ClusterIT extends BrowserTest {

    static final int PORT_B = Integer.getInteger("streetgov.e2e.app.port.b", 18081);
    static final String MATTER =
            """
            {"title":"咨询社保","description":"想问问灵活就业人员怎么参加社会保险","street":"南湖街道","category":"LH-SW-003"}""";

    ClusterIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_change_through_one_instance_reaches_the_very_next_routing_on_the_other() throws Exception {
        Path work = stack.work().resolveSibling("e2e-b");
        Process started = stack.start(
                RunningStack.cluster(15901, 600_000L),
                "ops/app.sh",
                "start",
                "--port",
                String.valueOf(PORT_B),
                "--db",
                "streetgov_e2e",
                "--keycloak-port",
                String.valueOf(stack.keycloakHttpPort()),
                "--war",
                System.getProperty("streetgov.e2e.war", "target/streetgov.war"),
                "--payara",
                System.getProperty("streetgov.e2e.payara", "target/payara-micro.jar"),
                "--work",
                work.toString(),
                "--timeout",
                "400");
        try {
            assertTrue(started.waitFor(460, TimeUnit.SECONDS) && started.exitValue() == 0, "instance B did not start");
            String log = Files.readString(work.resolve("payara.log"));
            assertTrue(
                    log.contains("through the data grid (2 member(s) now)"),
                    "B joined A's data grid: see " + work.resolve("payara.log"));

            ApiClient b = new ApiClient(stack, "http://localhost:" + PORT_B);
            String token = b.token("luohu-staff");
            String before = leadOn(b, token);
            assertTrue(
                    !before.equals("民生事务部"), "before: the duty list's lead, 公共事务中心 (and B has cached it): " + before);

            Page a = openAs("luohu-admin", "/duties/coverage");
            a.locator("#coverage-totals").waitFor();
            DutyIT.selectStreet(a, "南湖街道");
            a.locator("#redivision-item").waitFor();
            a.locator("#redivision-item input").fill("LH-SW-003");
            a.locator("vaadin-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("劳动保障"))
                    .first()
                    .click();
            DutyIT.pick(a, "#redivision-lead", "民生事务部");
            a.locator("#redivision-save").click();
            Locator grid = a.locator("#redivision-grid");
            a.waitForCondition(() -> grid.innerText().contains("LH-SW-003"));

            assertEquals("民生事务部", leadOn(b, token), "the very next routing on B follows the change made on A");
        } finally {
            stack.start(java.util.Map.of(), "ops/app.sh", "stop", "--work", work.toString())
                    .waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static String leadOn(ApiClient instance, String token) throws Exception {
        HttpResponse<String> response = instance.post("/api/matters", token, MATTER, null);
        assertEquals(201, response.statusCode(), response.body());
        JsonObject view = (JsonObject) ApiClient.parse(response.body());
        return view.containsKey("routing") && !view.isNull("routing")
                ? view.getJsonObject("routing").getString("leadUnitName")
                : "";
    }
}
