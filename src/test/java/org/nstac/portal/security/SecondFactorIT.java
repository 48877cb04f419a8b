package org.nstac.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.DemoTotp;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;

/**
 * Staff sign in with a second factor, in the browser and through the password grant; members with a password alone;
 * the most sensitive actions need that factor to be recent; the portal's service account cannot hand out staff
 * roles, and an administrator's role grant is on record; Keycloak ending a session ends the portal's at once.
 * Wrong or missing codes go to staff accounts that exist only in the test realm, so that no lockout reaches a user
 * other tests need.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class SecondFactorIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aStaffPasswordGrantWithoutItsCodeIsRefusedAndWithItAccepted() throws Exception {
        String probe = PortalStack.STAFF_PROBE_PREFIX + 1;
        HttpResponse<String> without = Tokens.passwordGrantAsIs(probe, probe, null);
        assertEquals(400, without.statusCode(), without.body());
        assertEquals("invalid_grant", Tokens.json(without.body()).getString("error"));
        Thread.sleep(1500); // brute-force protection counts failures less than a second apart as an attack
        HttpResponse<String> with = Tokens.passwordGrantAsIs(probe, probe, DemoTotp.nextCode(probe));
        assertEquals(200, with.statusCode(), with.body());
        JsonObject claims = Tokens.payload(Tokens.json(with.body()).getString("access_token"));
        assertTrue(claims.getJsonArray("amr").toString().contains("otp"), claims.toString());
        assertEquals("mfa", claims.getString("acr"));
        HttpResponse<String> member = Tokens.passwordGrantAsIs("river", "river", null);
        assertEquals(200, member.statusCode(), "a member signs in with a password alone");
        assertEquals("pwd", Tokens.payload(Tokens.json(member.body()).getString("access_token")).getString("acr"));
    }

    @Test
    void aStaffBrowserSignInWithoutTheCodeGoesNoFurther() throws Exception {
        String probe = PortalStack.STAFF_PROBE_PREFIX + 2;
        browser.open("/");
        browser.clearCookies();
        browser.open("/dashboard");
        browser.find(By.id("username")).sendKeys(probe);
        browser.find(By.id("password")).sendKeys(probe);
        browser.find(By.id("kc-login")).click();
        browser.find(By.id("otp")).sendKeys(DemoTotp.aWrongCode());
        browser.find(By.id("kc-login")).click();
        browser.waitFor(d -> browser.text().contains("Invalid authenticator code"));
        assertTrue(browser.onKeycloakLogin() || browser.url().startsWith(PortalStack.issuer()), browser.url());
        browser.open("/secretariat/dashboard");
        assertFalse(browser.has(By.id("dashboard-secretariat")), "no portal page without the code");
        Thread.sleep(1500);
        browser.signIn(probe, probe);
        assertEquals("/secretariat/dashboard", browser.path(), "with the code, in");
        browser.signOut();
    }

    @Test
    void aRevealNeedsARecentSecondFactorThroughTheApi() throws Exception {
        String river = org.nstac.portal.it.Db.memberRef("river");
        String body = "{\"reason\":\"Checking the bank account for the stipend\",\"fields\":[\"iban\"]}";
        String token = Tokens.freshAccessToken("custodian", "custodian");
        assertEquals(200, Api.sendToken(token, "en", "POST", "/api/members/" + river + "/identity-reveals", body)
                .statusCode(), "just signed in with the code");
        PortalTime.moveBy(PortalStack.RECENT_SIGN_IN.plusSeconds(5));
        HttpResponse<String> stale = Api.sendToken(token, "en", "POST", "/api/members/" + river
                + "/identity-reveals", body);
        assertEquals(401, stale.statusCode(), stale.body());
        assertEquals("reauthentication_required", Tokens.json(stale.body()).getString("error"));
        assertFalse(stale.body().contains("RS"), "no account number in a refusal");
    }

    @Test
    void thePortalsServiceAccountGrantsOnlyTheMemberRoleAndAnAdministratorsGrantIsOnRecord() throws Exception {
        String service = KeycloakUsers.serviceAccountToken();
        String lark = KeycloakUsers.idOf("lark");
        for (String role : List.of("custodian", "admin", "finance", "secretariat")) {
            HttpResponse<String> roleJson = KeycloakUsers.admin("GET", "/roles/" + role, null,
                    KeycloakUsers.adminToken());
            HttpResponse<String> grant = KeycloakUsers.admin("POST", "/users/" + lark + "/role-mappings/realm",
                    "[" + roleJson.body() + "]", service);
            assertEquals(403, grant.statusCode(), "the service account may not grant " + role + ": " + grant.body());
        }
        HttpResponse<String> staff = KeycloakUsers.admin("DELETE", "/users/" + KeycloakUsers.idOf("finance"), null,
                service);
        assertEquals(403, staff.statusCode(), "nor delete a staff account");

        String admin = KeycloakUsers.adminToken();
        String river = KeycloakUsers.idOf("river");
        String observer = KeycloakUsers.admin("GET", "/roles/observer", null, admin).body();
        assertEquals(204, KeycloakUsers.admin("POST", "/users/" + river + "/role-mappings/realm", "[" + observer + "]",
                admin).statusCode());
        try {
            String events = KeycloakUsers.admin("GET", "/admin-events?operationTypes=CREATE&resourceTypes="
                    + "REALM_ROLE_MAPPING&max=50", null, admin).body();
            assertTrue(events.contains("users/" + river + "/role-mappings/realm"), events);
        } finally {
            KeycloakUsers.admin("DELETE", "/users/" + river + "/role-mappings/realm", "[" + observer + "]", admin);
        }
    }

    @Test
    void whenKeycloakEndsASessionThePortalSessionEndsAtOnce() throws Exception {
        browser.signIn("willow", "willow");
        browser.open("/member/dashboard");
        assertTrue(browser.has(By.id("dashboard-member")));
        assertEquals(204, KeycloakUsers.admin("POST", "/users/" + KeycloakUsers.idOf("willow") + "/logout", null,
                KeycloakUsers.adminToken()).statusCode());
        Tokens.forget("willow");
        // Keycloak tells the portal server to server (back-channel logout); every node reads it within seconds.
        browser.waitFor(d -> {
            browser.open("/member/dashboard");
            return browser.onKeycloakLogin();
        });
        assertFalse(browser.has(By.id("dashboard-member")));
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndPagesSendHsts() throws Exception {
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var viaProxy = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(PortalStack.portalUrl()
                        + "/dashboard")).header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, viaProxy.statusCode());
        String cookie = viaProxy.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID=") && cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);
        assertTrue(viaProxy.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
        String location = viaProxy.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("redirect_uri=https%3A%2F%2F"), "Keycloak sends the browser back over TLS");
        assertTrue(location.contains("code_challenge_method=S256") && location.contains("code_challenge="),
                "PKCE on every sign-in: " + location);
        var direct = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(PortalStack.portalUrl()
                + "/dashboard")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(direct.headers().firstValue("Set-Cookie").orElse("").contains("Secure"),
                "in clear (dev), no Secure cookie a browser would drop");
        assertTrue(direct.headers().firstValue("Strict-Transport-Security").isEmpty());
    }
}
