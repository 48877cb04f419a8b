package org.nstac.portal.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/** Consent per purpose through the API, against the real database. */
@ExtendWith(PortalStack.class)
class ConsentApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aMemberGivesAndWithdrawsEachPurposeSeparatelyWithEffectAtOnceAndSeesTheHistory() throws Exception {
        String willow = Tokens.accessToken("willow", "willow");
        JsonArray all = Tokens.json("{\"a\":" + get(willow, "sr-Latn").body() + "}").getJsonArray("a");
        assertEquals(5, all.size(), "one entry per purpose");
        JsonObject work = purpose(all, "COUNCIL_WORK");
        assertTrue(work.getString("text").contains("Saglasan"), "the text in the reader's language");

        JsonObject given = Tokens.json(put(willow, "council_work", true).body());
        assertTrue(given.getBoolean("given"));
        assertFalse(purpose(arrayOf(willow), "PHOTOGRAPHS").getBoolean("given"), "other purposes are untouched");

        JsonObject withdrawn = Tokens.json(put(willow, "COUNCIL_WORK", false).body());
        assertFalse(withdrawn.getBoolean("given"), "withdrawal takes effect at once");
        assertEquals(2, withdrawn.getJsonArray("history").size());
        assertFalse(withdrawn.getJsonArray("history").getJsonObject(0).getBoolean("given"), "newest first");
        assertTrue(auditCount("consent.withdrawn") >= 1 && auditCount("consent.given") >= 1, "audited");
    }

    @Test
    void aNewTextVersionNeedsFreshConsent() throws Exception {
        String oak = Tokens.accessToken("oak", "oak");
        assertTrue(Tokens.json(put(oak, "QUOTING", true).body()).getBoolean("given"));
        String newText = "{\"purpose\":\"QUOTING\",\"textEn\":\"Quoting, new wording for the reports.\","
                + "\"textSr\":\"Citiranje, nova verzija za izveštaje.\"}";
        assertEquals(404, send(Tokens.accessToken("secretariat", "secretariat"), "POST", "/api/consent-texts", newText)
                .statusCode(), "only the administrator publishes texts");
        HttpResponse<String> tooShort = send(Tokens.accessToken("admin", "admin"), "POST", "/api/consent-texts",
                "{\"purpose\":\"QUOTING\",\"textEn\":\"Short.\",\"textSr\":\"Kratko.\"}");
        assertEquals("consent.text.invalid", Tokens.json(tooShort.body()).getString("error"));
        HttpResponse<String> published = send(Tokens.accessToken("admin", "admin"), "POST", "/api/consent-texts", newText);
        assertEquals(201, published.statusCode(), published.body());
        JsonObject quoting = purpose(arrayOf(oak), "QUOTING");
        assertFalse(quoting.getBoolean("given"), "consent to the old text does not count");
        assertTrue(quoting.getBoolean("needsRenewal"));
        assertEquals("Quoting, new wording for the reports.", quoting.getString("text"));
        JsonObject renewed = Tokens.json(put(oak, "QUOTING", true).body());
        assertTrue(renewed.getBoolean("given"));
        assertEquals(renewed.getInt("textVersion"), renewed.getInt("givenVersion"));
    }

    @Test
    void badRequestsAndOtherRolesGetNothing() throws Exception {
        String lark = Tokens.accessToken("lark", "lark");
        HttpResponse<String> missing = send(lark, "PUT", "/api/me/consents/COUNCIL_WORK", "{}");
        assertEquals(400, missing.statusCode());
        assertEquals("consent.given.required", Tokens.json(missing.body()).getString("error"));
        assertEquals(404, send(lark, "PUT", "/api/me/consents/TELL_MY_STORY", "{\"given\":true}").statusCode());
        for (String other : new String[] {"justice", "observer", "secretariat", "admin"}) {
            assertEquals(404, get(Tokens.accessToken(other, other), "en").statusCode(), other);
        }
    }

    private static JsonArray arrayOf(String token) throws Exception {
        return Tokens.json("{\"a\":" + get(token, "en").body() + "}").getJsonArray("a");
    }

    private static JsonObject purpose(JsonArray all, String name) {
        return all.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("purpose").equals(name))
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> get(String token, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + "/api/me/consents"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> put(String token, String purpose, boolean given) throws Exception {
        HttpResponse<String> response = send(token, "PUT", "/api/me/consents/" + purpose,
                Json.createObjectBuilder().add("given", given).build().toString());
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long auditCount(String action) throws Exception {
        try (Connection db = database(); Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection database() throws Exception {
        var stack = PortalStack.stack();
        return DriverManager.getConnection(stack.database().jdbcUrl(), "portal", stack.database().password());
    }
}
