package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A browser session outlives its access token: the realm's tokens live 5 minutes, and the OpenID
 * connector renews them with the refresh token (payara.security.openid.token.autoRefresh). Here the UI
 * client's tokens live 15 s for the length of the test, so the renewal happens within it.
 */
class SessionRenewalIT extends BrowserTest {

    SessionRenewalIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void the_session_keeps_working_after_its_access_token_ran_out() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin(stack);
        JsonObject before = keycloak.setAttribute("streetgov-ui", "access.token.lifespan", "15");
        try {
            ShellPage shell = logIn("dongcheng-staff");
            assertEquals("东城区", shell.district());
            Thread.sleep(20_000); // the token (and the connector's 10 s margin) has run out
            shell.open(stack.appUrl(), "/streets");
            assertEquals("东城区", shell.district());
            assertTrue(shell.content("#streets-grid").innerText().contains("东直门街道"));
            Thread.sleep(16_000); // and the renewed one too
            shell.open(stack.appUrl(), "/");
            assertEquals("街道工作人员", shell.role());
        } finally {
            keycloak.restore(before);
        }
    }
}
