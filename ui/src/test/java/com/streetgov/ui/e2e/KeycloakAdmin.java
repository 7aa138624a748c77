package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Keycloak's Admin REST API and token endpoint for the tests (the master realm's admin, local only):
 * genuine tokens of other realms and clients, and client settings changed for one test and put back.
 */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final RunningStack stack;

    KeycloakAdmin(RunningStack stack) {
        this.stack = stack;
    }

    /** A genuine access token of {@code realm} by the password grant through {@code clientId}. */
    String passwordToken(String realm, String clientId, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + clientId + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(stack.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonObject) ApiClient.parse(response.body())).getString("access_token");
    }

    /** The realm's public signing keys (JWKS), as Keycloak publishes them. */
    String jwks(String realm) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(
                                        stack.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/certs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** The representation of a client of the streetgov realm. */
    JsonObject client(String clientId) throws Exception {
        JsonArray found = (JsonArray) ApiClient.parse(send("GET", "/clients?clientId=" + clientId, null));
        return found.getJsonObject(0);
    }

    /** Sets one attribute of a streetgov client; returns the representation before, for {@link #restore}. */
    JsonObject setAttribute(String clientId, String attribute, String value) throws Exception {
        JsonObject before = client(clientId);
        JsonObjectBuilder attributes = Json.createObjectBuilder(before.getJsonObject("attributes"));
        attributes.add(attribute, value);
        JsonObject after =
                Json.createObjectBuilder(before).add("attributes", attributes).build();
        send("PUT", "/clients/" + before.getString("id"), after.toString());
        return before;
    }

    void restore(JsonObject client) throws Exception {
        send("PUT", "/clients/" + client.getString("id"), client.toString());
    }

    private String send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(stack.keycloakUrl() + "/admin/realms/streetgov" + path))
                .header("Authorization", "Bearer " + passwordToken("master", "admin-cli", "admin", "admin"));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
