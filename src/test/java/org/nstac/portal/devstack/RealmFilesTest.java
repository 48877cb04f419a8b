package org.nstac.portal.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realm files under keycloak/: what production gets, and what only dev and tests add. */
class RealmFilesTest {

    private static final Path REALM = Path.of("keycloak/nstac-realm.json");
    private static final Path DEMO = Path.of("keycloak/demo/nstac-demo.json");

    @Test
    void theProductionRealmHasNoUsersNoDirectGrantsAndNoSecrets() throws Exception {
        JsonObject realm = read(REALM);
        var users = realm.getJsonArray("users").getValuesAs(JsonObject.class);
        assertEquals(1, users.size(), "no people in the production realm, only the portal's service account");
        assertEquals("portal", users.get(0).getString("serviceAccountClientId"));
        assertFalse(users.get(0).containsKey("credentials"));
        var clients = realm.getJsonArray("clients").getValuesAs(JsonObject.class);
        // admin-permissions is Keycloak's own holder of the service account's fine-grained permissions.
        assertEquals(List.of("portal", "admin-permissions"), clients.stream().map(c -> c.getString("clientId"))
                .toList());
        JsonObject portal = clients.get(0);
        assertFalse(portal.getBoolean("directAccessGrantsEnabled"));
        JsonObject attributes = portal.getJsonObject("attributes");
        assertEquals("S256", attributes.getString("pkce.code.challenge.method"), "the code flow needs PKCE");
        assertEquals("${PORTAL_URL}/backchannel-logout", attributes.getString("backchannel.logout.url"));
        assertFalse(portal.getBoolean("frontchannelLogout"), "else Keycloak sends no back-channel logout");
        assertEquals(List.of("view-realm"), users.get(0).getJsonObject("clientRoles").getJsonArray("realm-management")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "the service account manages users only through its fine-grained permissions (member role only)");
        assertFalse(portal.getBoolean("publicClient"));
        assertEquals("${PORTAL_CLIENT_SECRET}", portal.getString("secret"), "the secret comes from the environment");
        assertEquals(List.of("${PORTAL_URL}/callback"), portal.getJsonArray("redirectUris").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void theProductionRealmProtectsAccounts() throws Exception {
        JsonObject realm = read(REALM);
        assertTrue(realm.getBoolean("bruteForceProtected"));
        assertTrue(realm.getString("passwordPolicy").contains("length(12)"));
        assertTrue(realm.getInt("ssoSessionIdleTimeout") > 0 && realm.getInt("ssoSessionMaxLifespan") > 0);
        assertFalse(realm.getBoolean("registrationAllowed"));
        assertTrue(realm.getBoolean("adminEventsEnabled"), "a role grant leaves a trace");
        assertTrue(realm.getBoolean("adminEventsDetailsEnabled"));
        assertFalse(realm.getBoolean("otpPolicyCodeReusable"), "a one-time code is used once");
        assertEquals(1, realm.getInt("otpPolicyLookAheadWindow"),
                "a code from the window before or after only; the test stack alone widens it (it.DemoTotp)");
        String flows = realm.getJsonArray("authenticationFlows").toString() + realm.getJsonArray("authenticatorConfig");
        for (String staff : List.of("custodian", "finance", "admin", "secretariat")) {
            assertTrue(flows.contains("\"condUserRole\":\"" + staff + "\"") || flows.contains("\"" + staff + "\""),
                    "the sign-in flows ask " + staff + " for a second factor");
        }
        assertEquals("nstac browser", realm.getString("browserFlow"));
        assertEquals("nstac direct grant", realm.getString("directGrantFlow"));
    }

    @Test
    void theSignInPagesAreTheCouncilsInThePortalsLanguages() throws Exception {
        JsonObject realm = read(REALM);
        assertEquals("nstac", realm.getString("loginTheme"), "the theme under keycloak/themes/nstac");
        assertTrue(Files.isRegularFile(Path.of("keycloak/themes/nstac/login/theme.properties")));
        assertTrue(realm.getBoolean("internationalizationEnabled"), "else Keycloak ignores ui_locales");
        // The portal sends its language as ui_locales; Keycloak serves it only if the realm lists it.
        assertEquals(org.nstac.portal.platform.Languages.SUPPORTED.stream().map(java.util.Locale::toLanguageTag)
                .toList(), realm.getJsonArray("supportedLocales").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals("en", realm.getString("defaultLocale"));
    }

    @Test
    void theSignInPagesQuickExitLeadsWhereThePortalsDoes() throws Exception {
        String value = read(REALM).getJsonObject("attributes").getString("quickExitUrl");
        String portalDefault = org.nstac.portal.platform.PortalSettings.class.getDeclaredField("quickExitUrl")
                .getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class).defaultValue();
        assertEquals("${QUICK_EXIT_URL:" + portalDefault + "}", value,
                "set from the environment at import, with the portal's own default");
    }

    @Test
    void theRealmRolesAreExactlyThePortalRoles() throws Exception {
        Set<String> roles = read(REALM).getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("name")).collect(Collectors.toSet());
        assertEquals(Set.copyOf(org.nstac.portal.security.Role.names()), roles);
    }

    @Test
    void rolesReachTheTokensAsAFlatGroupsClaim() throws Exception {
        JsonObject mapper = read(REALM).getJsonArray("clients").getJsonObject(0).getJsonArray("protocolMappers")
                .getJsonObject(0);
        assertEquals("oidc-usermodel-realm-role-mapper", mapper.getString("protocolMapper"));
        assertEquals("groups", mapper.getJsonObject("config").getString("claim.name"));
    }

    @Test
    void theDemoUsersAreThoseOfTheDesignWithPlaceholderNames() throws Exception {
        var users = read(DEMO).getJsonArray("users").getValuesAs(JsonObject.class);
        assertEquals(List.of("sunflower", "river", "lark", "willow", "oak", "secretariat", "custodian", "finance",
                "justice", "labour", "union", "observer", "admin"), users.stream().map(u -> u.getString("username")).toList());
        for (JsonObject user : users) {
            assertTrue(user.getString("email").endsWith(".invalid"), "no real address: " + user);
            assertTrue(user.getBoolean("emailVerified"));
            boolean staff = List.of("secretariat", "custodian", "finance", "admin").contains(user.getString("username"));
            boolean otp = user.getJsonArray("credentials").toString().contains("\"type\":\"otp\"");
            assertEquals(staff, otp, "the demo one-time-code key for staff, and only for them: " + user.getString("username"));
            if (staff) {
                assertTrue(user.getJsonArray("credentials").toString().contains("nstac-demo-staff-otp"));
                assertTrue(user.getJsonArray("groups").toString().contains("/staff"), "staff are in /staff");
            }
        }
    }

    @Test
    void theMergedImportHasDemoPartsAndHashedPasswordsThatVerify(@TempDir Path dir) throws Exception {
        Path merged = dir.resolve("nstac-realm.json");
        KeycloakServer.writeMergedRealm(REALM, DEMO, jakarta.json.JsonValue.EMPTY_JSON_OBJECT, merged);
        JsonObject realm = read(merged);

        assertEquals(List.of("portal", "admin-permissions", "portal-cli"), realm.getJsonArray("clients").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("clientId")).toList());
        assertEquals(read(REALM).getString("passwordPolicy"), realm.getString("passwordPolicy"),
                "the demo realm keeps the production password policy");
        String text = Files.readString(merged);
        assertFalse(text.contains("\"value\":\"sunflower\""), "no plain password in the import");

        JsonObject sunflower = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("sunflower")).findFirst().orElseThrow();
        JsonObject credential = sunflower.getJsonArray("credentials").getJsonObject(0);
        JsonObject secret = Json.createReader(new java.io.StringReader(credential.getString("secretData"))).readObject();
        JsonObject data = Json.createReader(new java.io.StringReader(credential.getString("credentialData"))).readObject();
        assertEquals("pbkdf2-sha512", data.getString("algorithm"));
        byte[] salt = Base64.getDecoder().decode(secret.getString("salt"));
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(
                new PBEKeySpec("sunflower".toCharArray(), salt, data.getInt("hashIterations"), 512)).getEncoded();
        assertEquals(Base64.getEncoder().encodeToString(expected), secret.getString("value"));
    }

    private static JsonObject read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return Json.createReader(in).readObject();
        }
    }
}
