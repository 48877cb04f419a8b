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
        assertEquals(List.of("portal"), clients.stream().map(c -> c.getString("clientId")).toList());
        JsonObject portal = clients.get(0);
        assertFalse(portal.getBoolean("directAccessGrantsEnabled"));
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
                "justice", "labour", "observer", "admin"), users.stream().map(u -> u.getString("username")).toList());
        for (JsonObject user : users) {
            assertTrue(user.getString("email").endsWith(".invalid"), "no real address: " + user);
            assertTrue(user.getBoolean("emailVerified"));
        }
    }

    @Test
    void theMergedImportHasDemoPartsAndHashedPasswordsThatVerify(@TempDir Path dir) throws Exception {
        Path merged = dir.resolve("nstac-realm.json");
        KeycloakServer.writeMergedRealm(REALM, DEMO, jakarta.json.JsonValue.EMPTY_JSON_OBJECT, merged);
        JsonObject realm = read(merged);

        assertEquals(List.of("portal", "portal-cli"), realm.getJsonArray("clients").getValuesAs(JsonObject.class)
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
