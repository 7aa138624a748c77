package com.streetgov.onboarding.infrastructure;

import com.streetgov.onboarding.application.IdentityDirectory;
import com.streetgov.platform.Json;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates a district's organization, street groups and first administrator in the realm. */
@ApplicationScoped
public class KeycloakIdentityDirectory implements IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakIdentityDirectory.class.getName());
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "payara.security.openid.providerURI")
    String issuer;

    @Inject
    @ConfigProperty(name = "streetgov.keycloak.admin.username", defaultValue = "admin")
    String adminUser;

    @Inject
    @ConfigProperty(name = "streetgov.keycloak.admin.password", defaultValue = "admin")
    String adminPassword;

    private String server() {
        return issuer.substring(0, issuer.indexOf("/realms/")).replace("//localhost:", "//127.0.0.1:");
    }

    private String realm() {
        return issuer.substring(issuer.indexOf("/realms/") + "/realms/".length());
    }

    private String admin(String path) {
        return server() + "/admin/realms/" + realm() + path;
    }

    @Override
    public Created createDistrict(String alias, String name, String adcode, List<String> streets, DistrictAdmin admin) {
        String token = token();
        String orgId = null;
        String userId = null;
        try {
            orgId = created(
                    send(
                            token,
                            "POST",
                            admin("/organizations"),
                            Json.createObjectBuilder()
                                    .add("name", name)
                                    .add("alias", alias)
                                    .add("enabled", true)
                                    .add(
                                            "attributes",
                                            Json.createObjectBuilder()
                                                    .add(
                                                            "adcode",
                                                            Json.createArrayBuilder()
                                                                    .add(adcode == null ? "" : adcode)))
                                    .build()
                                    .toString()),
                    Text.of("onboarding.keycloak.organization", name, alias));
            for (String street : streets) {
                created(
                        send(
                                token,
                                "POST",
                                admin("/organizations/" + orgId + "/groups"),
                                Json.createObjectBuilder()
                                        .add("name", street)
                                        .build()
                                        .toString()),
                        Text.of("onboarding.keycloak.streetGroup", street));
            }
            userId = created(
                    send(
                            token,
                            "POST",
                            admin("/users"),
                            Json.createObjectBuilder()
                                    .add("username", admin.username())
                                    .add("enabled", true)
                                    .add("emailVerified", true)
                                    .add("firstName", admin.givenName())
                                    .add("lastName", admin.familyName())
                                    .add("email", admin.username() + "@users.streetgov.invalid")
                                    .add(
                                            "credentials",
                                            Json.createArrayBuilder()
                                                    .add(Json.createObjectBuilder()
                                                            .add("type", "password")
                                                            .add("value", admin.password())
                                                            .add("temporary", false)))
                                    .build()
                                    .toString()),
                    Text.of("onboarding.keycloak.user", admin.username()));
            expect(
                    send(
                            token,
                            "POST",
                            admin("/organizations/" + orgId + "/members"),
                            Json.createValue(userId).toString()),
                    Text.of("onboarding.keycloak.joinOrganization"));
            HttpResponse<String> role = send(token, "GET", admin("/roles/district-admin"), null);
            expect(role, Text.of("onboarding.keycloak.readRole"));
            expect(
                    send(token, "POST", admin("/users/" + userId + "/role-mappings/realm"), "[" + role.body() + "]"),
                    Text.of("onboarding.keycloak.grantRole"));
            return new Created(orgId, userId);
        } catch (RuntimeException e) {
            remove(new Created(orgId, userId));
            throw e;
        }
    }

    @Override
    public void remove(Created created) {
        try {
            String token = token();
            if (created.adminUserId() != null) {
                send(token, "DELETE", admin("/users/" + created.adminUserId()), null);
            }
            if (created.organizationId() != null) {
                send(token, "DELETE", admin("/organizations/" + created.organizationId()), null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove a half-created district from Keycloak: " + created, e);
        }
    }

    private String token() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(adminUser, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(server() + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = call(request);
        if (response.statusCode() != 200) {
            throw new DirectoryException(Text.of("onboarding.keycloak.loginFailed", response.statusCode()));
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private HttpResponse<String> send(String token, String method, String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return call(request.build());
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DirectoryException(Text.of("onboarding.keycloak.unreachable", e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryException(Text.of("onboarding.keycloak.interrupted"), e);
        }
    }

    private static void expect(HttpResponse<String> response, Text what) {
        if (response.statusCode() / 100 != 2) {
            throw new DirectoryException(
                    Text.of("onboarding.keycloak.stepFailed", what, response.statusCode(), message(response)));
        }
    }

    /** The id of a created resource, from its Location header. */
    private static String created(HttpResponse<String> response, Text what) {
        if (response.statusCode() == 409) {
            throw new DirectoryException(Text.of("onboarding.keycloak.exists", what));
        }
        expect(response, Text.of("onboarding.keycloak.create", what));
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new DirectoryException(Text.of("onboarding.keycloak.noLocation", what)));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String message(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject body = reader.readObject();
            return body.getString("errorMessage", body.getString("error", response.body()));
        } catch (RuntimeException e) {
            return response.body();
        }
    }
}
