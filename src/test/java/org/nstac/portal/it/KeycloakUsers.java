package org.nstac.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Keycloak's admin API for tests: give an admitted member a password they can sign in with. */
public final class KeycloakUsers {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private KeycloakUsers() {
    }

    /** Sets a permanent password for the realm user with this username. */
    public static void setPermanentPassword(String username, String password) throws Exception {
        String admin = adminToken();
        String url = PortalStack.stack().keycloak().url() + "/admin/realms/nstac/users";
        HttpResponse<String> users = HTTP.send(HttpRequest.newBuilder(URI.create(url + "?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        var list = Tokens.json("{\"a\":" + users.body() + "}").getJsonArray("a");
        assertEquals(1, list.size(), users.body());
        HttpResponse<String> reset = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/"
                        + list.getJsonObject(0).getString("id") + "/reset-password"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false).build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, reset.statusCode(), reset.body());
    }

    /** The realm user id of a username. */
    public static String idOf(String username) throws Exception {
        String url = PortalStack.stack().keycloak().url() + "/admin/realms/nstac/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        var list = Tokens.json("{\"a\":" + admin("GET", url.substring(url.indexOf("/admin/realms/nstac") + 19),
                null, adminToken()).body() + "}").getJsonArray("a");
        assertEquals(1, list.size(), username);
        return list.getJsonObject(0).getString("id");
    }

    /** A call to the realm's admin API ({@code path} after {@code /admin/realms/nstac}) with the given token. */
    public static HttpResponse<String> admin(String method, String path, String body, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.stack().keycloak().url()
                        + "/admin/realms/nstac" + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token of the portal client's service account, as the portal itself gets it. */
    public static String serviceAccountToken() throws Exception {
        var stack = PortalStack.stack();
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloak().issuer()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=portal"
                        + "&client_secret=" + URLEncoder.encode(stack.clientSecret(), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        return Tokens.json(token.body()).getString("access_token");
    }

    /** A token of Keycloak's own administrator (the master realm's), who may do everything. */
    public static String adminToken() throws Exception {
        var stack = PortalStack.stack();
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloak().url()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + URLEncoder.encode(stack.keycloak().adminPassword(), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return Tokens.json(token.body()).getString("access_token");
    }
}
