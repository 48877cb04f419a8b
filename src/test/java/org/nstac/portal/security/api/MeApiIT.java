package org.nstac.portal.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/** {@code /api/me} with real Keycloak tokens, and with tokens an attacker could present. */
@ExtendWith(PortalStack.class)
class MeApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aMembersTokenShowsTheirLoginHandleAndRoles() throws Exception {
        HttpResponse<String> response = me(Tokens.accessToken("sunflower", "sunflower"));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject me = Tokens.json(response.body());
        assertEquals("sunflower", me.getString("username"));
        assertEquals(Json.createArrayBuilder().add("member").build(), me.getJsonArray("roles"));
    }

    @Test
    void theChairHasBothChairAndMemberRoles() throws Exception {
        JsonObject me = Tokens.json(me(Tokens.accessToken("oak", "oak")).body());
        assertEquals("oak", me.getString("username"));
        assertEquals(Json.createArrayBuilder().add("chair").add("member").build(), me.getJsonArray("roles"));
    }

    @Test
    void withoutATokenTheAnswerIs401WithAJsonError() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + "/api/me"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertUnauthorized(response);
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = Tokens.accessToken("river", "river");
        String[] parts = token.split("\\.");
        JsonObject payload = Tokens.payload(token);
        JsonObject promoted = Json.createObjectBuilder(payload)
                .add("groups", Json.createArrayBuilder().add("custodian")).build();
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(promoted.toString().getBytes()) + "." + parts[2];

        assertUnauthorized(me(forged));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        String expired = Tokens.signed(validClaims().add("iat", past - 300).add("exp", past).build());

        assertUnauthorized(me(expired));
    }

    @Test
    void aTokenSignedWithTheRealmKeyAndValidClaimsIsAccepted() throws Exception {
        // The control for the refusals around it: the same hand-made token, but valid, passes.
        HttpResponse<String> response = me(Tokens.signed(validClaims().build()));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("willow", Tokens.json(response.body()).getString("username"));
    }

    @ParameterizedTest(name = "refused when {0}")
    @ValueSource(strings = {"issuer", "audience", "type", "client", "no-client", "algorithm-none"})
    void tokensMeantForSomethingElseAreRefused(String wrong) throws Exception {
        var claims = validClaims();
        switch (wrong) {
            case "issuer" -> claims.add("iss", "http://localhost:9999/realms/nstac");
            case "audience" -> claims.add("aud", "account");
            case "type" -> claims.add("typ", "ID");
            case "client" -> claims.add("azp", "some-other-client");
            case "no-client" -> claims.remove("azp");
            default -> { }
        }
        String token = Tokens.signed(claims.build());
        if (wrong.equals("algorithm-none")) {
            var b64 = Base64.getUrlEncoder().withoutPadding();
            token = b64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + token.split("\\.")[1] + ".";
        }
        assertUnauthorized(me(token));
    }

    @Test
    void healthReportsTheDatabaseAndKeycloak() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(PortalStack.portalUrl() + "/health")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Tokens.json(response.body());
        assertEquals("UP", health.getString("status"));
        var checks = health.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), response.body());
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("keycloak") && c.getString("status").equals("UP")), response.body());
    }

    @Test
    void theOpenApiDocumentDescribesApiMe() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PortalStack.portalUrl() + "/openapi")).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/me"), "the document lists /api/me");
    }

    @Test
    void tokensNeverReachTheServerLog() throws Exception {
        String token = Tokens.accessToken("lark", "lark");
        me(token);
        me(token + "x");
        String log = Files.readString(PortalStack.portalLog());
        assertFalse(log.contains(token.split("\\.")[2]), "no token signature in the server log");
    }

    /** Claims Keycloak would put in willow's access token; JSON-P's later add() replaces an earlier one. */
    private static JsonObjectBuilder validClaims() {
        long now = Instant.now().getEpochSecond();
        return Json.createObjectBuilder()
                .add("iss", PortalStack.issuer())
                .add("aud", "portal")
                .add("sub", "3f2a7c1e-0000-4000-8000-000000000001")
                .add("typ", "Bearer")
                .add("azp", "portal-cli")
                .add("iat", now)
                .add("exp", now + 300)
                .add("preferred_username", "willow")
                .add("groups", Json.createArrayBuilder().add("member"));
    }

    private static HttpResponse<String> me(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + "/api/me"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject error = Tokens.json(response.body());
        assertEquals("unauthorized", error.getString("error"));
        assertFalse(error.getString("message").isBlank());
        assertFalse(response.body().contains("Exception"));
    }
}
