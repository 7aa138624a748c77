package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain HTTP client for the REST API, with real Keycloak tokens (password grant, public test client). */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final RunningStack stack;
    private final String base;

    ApiClient(RunningStack stack) {
        this(stack, stack.appUrl());
    }

    /** A client of the instance at {@code base} (another member of the e2e cluster), tokens from the same Keycloak. */
    ApiClient(RunningStack stack, String base) {
        this.stack = stack;
        this.base = base;
    }

    String token(String username) throws Exception {
        String form = "grant_type=password&client_id=streetgov-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo1234";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(stack.keycloakUrl() + "/realms/streetgov/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonObject) parse(response.body())).getString("access_token");
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(request(path, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String token, String json) throws Exception {
        return HTTP.send(
                request(path, token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String json, String idempotencyKey) throws Exception {
        return post(path, token, json, idempotencyKey, null);
    }

    /** A JSON POST asking for answers in {@code acceptLanguage} (no Accept-Language header when null). */
    HttpResponse<String> post(String path, String token, String json, String idempotencyKey, String acceptLanguage)
            throws Exception {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(
                request.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST without a token, as an Open311 client sends it. */
    HttpResponse<String> postForm(String path, String form) throws Exception {
        return HTTP.send(
                request(path, null)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static JsonStructure parse(String json) {
        return Json.createReader(new StringReader(json)).read();
    }
}
