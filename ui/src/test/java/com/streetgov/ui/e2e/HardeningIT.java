package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9's hardening, observed from outside the running application: security headers on UI pages
 * and API answers, no Server or X-Powered-By banner, no /metrics or /openapi for anyone, nothing
 * listening on Hazelcast's ports, a SameSite session cookie.
 */
@ExtendWith(StackExtension.class)
class HardeningIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final RunningStack stack;
    final ApiClient api;

    HardeningIT(RunningStack stack) {
        this.stack = stack;
        this.api = new ApiClient(stack);
    }

    @Test
    void ui_pages_and_api_answers_carry_the_security_headers_and_no_banner() throws Exception {
        String token = api.token("chenghua-admin");
        HttpResponse<String> page = get("/", token);
        assertEquals(200, page.statusCode());
        HttpHeaders ui = page.headers();
        String csp = ui.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);

        HttpResponse<String> me = api.get("/api/me", token);
        assertEquals(200, me.statusCode());
        assertEquals(
                "default-src 'none'; frame-ancestors 'none'",
                me.headers().firstValue("Content-Security-Policy").orElse(""));
        HttpResponse<String> refused = api.get("/api/me", null);
        assertEquals(401, refused.statusCode());

        Matcher script = Pattern.compile("VAADIN/build/[^\"']+\\.js").matcher(page.body());
        assertTrue(script.find(), page.body());
        HttpResponse<String> resource = get("/" + script.group(), null);
        assertEquals(200, resource.statusCode(), script.group());

        for (HttpResponse<String> response : List.of(page, me, refused, resource)) {
            HttpHeaders headers = response.headers();
            String where = response.uri() + " " + headers.map();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), where);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), where);
            assertTrue(headers.firstValue("Content-Security-Policy").isPresent(), where);
            assertFalse(headers.firstValue("Server").isPresent(), where);
            assertFalse(headers.firstValue("X-Powered-By").isPresent(), where);
        }
    }

    @Test
    void metrics_and_openapi_answer_nobody() throws Exception {
        String vendor = api.token("vendor");
        for (String path : List.of("/metrics", "/metrics/base", "/openapi", "/openapi/")) {
            for (String token : new String[] {null, vendor}) {
                HttpResponse<String> response = get(path, token);
                assertNotEquals(200, response.statusCode(), path + ": " + response.body());
                assertFalse(response.body().contains("# TYPE"), path);
                assertFalse(response.body().contains("openapi:"), path);
            }
        }
    }

    @Test
    void nothing_listens_on_hazelcast_ports() {
        for (int port = 6900; port <= 6910; port++) {
            int p = port;
            assertThrows(ConnectException.class, () -> connect("127.0.0.1", p), "port " + p + " must be closed");
        }
    }

    /**
     * The e2e instance is a cluster member (DD038): its data grid listens on the loopback only, so no
     * other machine can join the cluster or read its topics through this host's own address.
     */
    @Test
    void the_data_grid_listens_on_the_loopback_only() throws Exception {
        connect("127.0.0.1", 15900);
        java.util.List<String> addresses =
                java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                        .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
                        .map(java.net.InetAddress::getHostAddress)
                        .toList();
        for (String address : addresses) {
            assertThrows(Exception.class, () -> connect(address, 15900), address + ":15900 must be closed");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> login = get("/", null);
        assertEquals(302, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + login.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    private static void connect(String host, int port) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.appUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
