package org.nstac.portal.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/**
 * Members under pseudonyms through the API, against the real database, Keycloak and vault: nothing of a member's
 * identity may surface outside the vault's ciphertext, and only the custodian may open it.
 */
@ExtendWith(PortalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Every API response this class sees, except the custodian's reveal, which shows the identity by design. */
    private static final List<String> RESPONSES = new ArrayList<>();

    private static String canary;
    private static String canaryName;
    private static String canaryEmail;
    private static String canaryIban;
    private static String canaryEmergency;
    private static String ref;
    private static String login;
    private static String oneTimePassword;

    @BeforeAll
    static void admitACanaryMember() throws Exception {
        canary = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        canaryName = "Canary" + canary + " Vuković";
        canaryEmail = "mail." + canary + "@example.org";
        canaryIban = validSerbianIban(new Random(canary.hashCode()));
        canaryEmergency = "Emergency" + canary + " +381 11 555 0199";
        HttpResponse<String> response = post("/api/members", secretariat(), admission("Thistle " + canary.substring(2, 6))
                .add("legalName", canaryName)
                .add("email", canaryEmail)
                .add("iban", canaryIban)
                .add("emergencyContact", canaryEmergency).build());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject admitted = Tokens.json(response.body());
        ref = admitted.getString("ref");
        login = admitted.getString("login");
        oneTimePassword = admitted.getString("oneTimePassword");
        assertTrue(oneTimePassword.length() >= 12);
        assertEquals(Set.of("ref", "pseudonym", "login", "oneTimePassword"), admitted.keySet());
    }

    @Test
    void admissionCreatesAKeycloakAccountWithATemporaryPasswordAndNoRealName() throws Exception {
        JsonObject user = keycloakUser(login);
        assertEquals("Council", user.getString("firstName"));
        assertFalse(user.toString().toLowerCase(Locale.ROOT).contains(canary), "no canary in Keycloak");
        // The one-time password works once, only to set a new one: Keycloak will not issue a token with it.
        HttpResponse<String> grant = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.issuer()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=portal-cli&username=" + login
                        + "&password=" + URLEncoder.encode(oneTimePassword, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, grant.statusCode(), grant.body());
        assertTrue(grant.body().contains("not fully set up"), grant.body());
    }

    @Test
    @Order(Integer.MAX_VALUE) // last, so that it also searches every response the other tests saw
    void nothingOfTheIdentityIsStoredOutsideTheVaultsCiphertextNorLogged() throws Exception {
        // The canary member's own paths: profile edit, pause and resume, a consent, the export.
        String password = "Canary-password-" + canary;
        setPermanentPassword(login, password);
        String own = Tokens.accessToken(login, password);
        RESPONSES.add(send(own, "PUT", "/api/me/profile", Json.createObjectBuilder()
                .add("rolesOffered", Json.createArrayBuilder().add("ADVISOR")).add("hoursPerMonth", 8)
                .add("contactChannel", "PORTAL").build().toString()).body());
        RESPONSES.add(post("/api/me/pause", own, Json.createObjectBuilder().build()).body());
        RESPONSES.add(send(own, "DELETE", "/api/me/pause", "").body());
        RESPONSES.add(send(own, "PUT", "/api/me/consents/COUNCIL_WORK", "{\"given\":true}").body());
        HttpResponse<String> export = get("/api/me/export", own);
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().contains("legal_name"), "the export says the vault holds the legal name");
        RESPONSES.add(export.body());
        RESPONSES.add(get("/api/me/identity-reveals", own).body());
        // Exercise the other paths that touch the member: list, record, a refused reveal, a real reveal, the log.
        RESPONSES.add(get("/api/members", secretariat()).body());
        RESPONSES.add(get("/api/members/" + ref, secretariat()).body());
        RESPONSES.add(post("/api/members/" + ref + "/identity-reveals", Tokens.accessToken("admin", "admin"),
                Json.createObjectBuilder().add("reason", "I would like to see who this person is please").build()).body());
        HttpResponse<String> reveal = post("/api/members/" + ref + "/identity-reveals", custodian(),
                Json.createObjectBuilder().add("reason", "Preparing the payment batch for travel costs").build());
        assertEquals(200, reveal.statusCode(), reveal.body());
        assertEquals(canaryName, Tokens.json(reveal.body()).getString("legalName"), "the custodian does see it");

        List<String> canaries = List.of(canary, canaryIban.substring(4), canaryEmail, "Vuković".toLowerCase(Locale.ROOT));
        String dump = databaseDumpOutsideVaultCiphertext().toLowerCase(Locale.ROOT);
        for (String c : canaries) {
            assertFalse(dump.contains(c.toLowerCase(Locale.ROOT)), "database dump contains " + c);
        }
        String log = Files.readString(PortalStack.portalLog()).toLowerCase(Locale.ROOT);
        String keycloakLog = Files.readString(PortalStack.portalLog().resolveSibling("keycloak.log")).toLowerCase(Locale.ROOT);
        for (String c : canaries) {
            assertFalse(log.contains(c.toLowerCase(Locale.ROOT)), "server log contains " + c);
            assertFalse(keycloakLog.contains(c.toLowerCase(Locale.ROOT)), "Keycloak log contains " + c);
            for (String body : RESPONSES) {
                assertFalse(body.toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT)), "API response contains " + c);
            }
        }
        assertTrue(dump.contains(ref), "the dump did read the member tables");
    }

    @ParameterizedTest(name = "{0} cannot open an identity, and the attempt is audited")
    @ValueSource(strings = {"secretariat", "admin", "justice", "observer", "sunflower", "oak", "finance"})
    void onlyTheCustodianMayRevealAndEveryRefusalIsAudited(String user) throws Exception {
        long before = auditCount("identity.reveal.refused", ref);
        HttpResponse<String> response = post("/api/members/" + ref + "/identity-reveals", Tokens.accessToken(user, user),
                Json.createObjectBuilder().add("reason", "Preparing the payment batch for travel costs").build());
        RESPONSES.add(response.body());

        assertEquals(404, response.statusCode(), response.body());
        assertFalse(response.body().contains("legalName"));
        assertEquals(before + 1, auditCount("identity.reveal.refused", ref));
    }

    @Test
    void auditedActionsAtTheSameMomentAreAllRecordedAndTheChainHolds() throws Exception {
        // Two appends to the audit chain at once could deadlock (each held the gap after the last entry, then waited
        // for the other's to insert; InnoDB ended one, and the API answered 503): a CI run lost a member's work log
        // that way while the stipend job booked a month. Twelve refused reveals at once must all be answered and kept.
        long before = auditCount("identity.reveal.refused", ref);
        String token = Tokens.accessToken("secretariat", "secretariat");
        JsonObject body = Json.createObjectBuilder().add("reason", "Preparing the payment batch for travel costs")
                .build();
        int attempts = 12;
        for (HttpResponse<String> answer : org.nstac.portal.it.Api.atOnce(attempts,
                () -> post("/api/members/" + ref + "/identity-reveals", token, body))) {
            assertEquals(404, answer.statusCode(), answer.body());
        }
        assertEquals(before + attempts, auditCount("identity.reveal.refused", ref), "every attempt is in the chain");
        JsonObject verified = Tokens.json(get("/api/audit/verification", Tokens.accessToken("admin", "admin")).body());
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }

    @Test
    void theCustodianNeedsARealReasonAndTheMemberSeesTheReveal() throws Exception {
        HttpResponse<String> blank = post("/api/members/" + ref + "/identity-reveals", custodian(),
                Json.createObjectBuilder().add("reason", "   ").build());
        assertEquals(400, blank.statusCode());
        assertEquals("member.reveal.reasonRequired", Tokens.json(blank.body()).getString("error"));
        HttpResponse<String> trivial = post("/api/members/" + ref + "/identity-reveals", custodian(),
                Json.createObjectBuilder().add("reason", "test").build());
        assertEquals(400, trivial.statusCode());

        HttpResponse<String> reveal = post("/api/members/sunflower-ref-unknown/identity-reveals", custodian(),
                Json.createObjectBuilder().add("reason", "Checking the bank account for the stipend").build());
        assertEquals(404, reveal.statusCode());

        String sunflowerRef = memberRefOf("sunflower");
        HttpResponse<String> opened = post("/api/members/" + sunflowerRef + "/identity-reveals", custodian(),
                Json.createObjectBuilder().add("reason", "Checking the bank account for the stipend")
                        .add("fields", Json.createArrayBuilder().add("iban")).build());
        assertEquals(200, opened.statusCode(), opened.body());
        JsonObject identity = Tokens.json(opened.body());
        assertTrue(identity.containsKey("iban"));
        assertFalse(identity.containsKey("legalName"), "only the fields asked for");

        HttpResponse<String> mine = get("/api/me/identity-reveals", Tokens.accessToken("sunflower", "sunflower"));
        assertEquals(200, mine.statusCode(), mine.body());
        JsonObject last = Tokens.json("{\"a\":" + mine.body() + "}").getJsonArray("a").getJsonObject(0);
        assertEquals("custodian", last.getString("custodian"));
        assertEquals("Checking the bank account for the stipend", last.getString("reason"));
        assertEquals(List.of("iban"), last.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void theAdministratorRotatesTheMasterKeyWhileIdentitiesKeepOpening() throws Exception {
        String admin = Tokens.accessToken("admin", "admin");
        for (String other : List.of("custodian", "secretariat", "sunflower")) {
            String token = Tokens.accessToken(other, other);
            assertEquals(404, get("/api/vault/keys", token).statusCode(), other);
            assertEquals(404, post("/api/vault/rotations", token, Json.createObjectBuilder().build()).statusCode(),
                    other);
        }
        String before = Tokens.json(get("/api/vault/keys", admin).body()).getString("currentKeyId");
        String sunflowerRef = memberRefOf("sunflower");
        String iban = revealIban(sunflowerRef);
        long audited = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'vault.masterKey.rotated'");

        HttpResponse<String> first = post("/api/vault/rotations", admin, Json.createObjectBuilder().build());
        assertEquals(200, first.statusCode(), first.body());
        String after = Tokens.json(first.body()).getString("currentKeyId");
        assertNotEquals(before, after);
        assertTrue(Tokens.json(first.body()).getInt("rewrapped") >= 5, first.body());
        assertEquals(0, count("SELECT COUNT(*) FROM vault_data_key WHERE master_key_id <> '" + after + "'"),
                "every data key is rewrapped with the new master key");
        String keyring = Files.readString(PortalStack.stack().keyringFile());
        assertTrue(keyring.contains("key." + after + "=") && keyring.contains("key." + before + "="),
                "the replaced key stays until the next rotation");
        assertEquals(iban, revealIban(sunflowerRef), "identities open as before");

        HttpResponse<String> second = post("/api/vault/rotations", admin, Json.createObjectBuilder().build());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(List.of(before), Tokens.json(second.body()).getJsonArray("retired")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(Files.readString(PortalStack.stack().keyringFile()).contains("key." + before + "="),
                "the old key is gone from the keyring file");
        assertEquals(iban, revealIban(sunflowerRef));
        assertEquals(audited + 2, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'vault.masterKey.rotated'"));
    }

    private static String revealIban(String memberRef) throws Exception {
        HttpResponse<String> opened = post("/api/members/" + memberRef + "/identity-reveals", custodian(),
                Json.createObjectBuilder().add("reason", "Checking the bank account for the stipend")
                        .add("fields", Json.createArrayBuilder().add("iban")).build());
        assertEquals(200, opened.statusCode(), opened.body());
        return Tokens.json(opened.body()).getString("iban");
    }

    @Test
    void aMemberCannotReadAnotherMembersRecordOrRevealLogByChangingIds() throws Exception {
        String river = Tokens.accessToken("river", "river");
        assertEquals(404, get("/api/members/" + memberRefOf("sunflower"), river).statusCode());
        assertEquals(200, get("/api/members/" + memberRefOf("river"), river).statusCode());
        assertEquals(404, get("/api/members", river).statusCode(), "members do not list members");
        assertEquals(404, get("/api/members/" + ref, Tokens.accessToken("justice", "justice")).statusCode());
        assertEquals(404, get("/api/me/identity-reveals", Tokens.accessToken("secretariat", "secretariat")).statusCode());
    }

    @Test
    void aMemberPausesAndResumesWithOneCallEachAndNoReason() throws Exception {
        String lark = Tokens.accessToken("lark", "lark");
        HttpResponse<String> paused = post("/api/me/pause", lark, Json.createObjectBuilder().build());
        assertEquals(200, paused.statusCode(), paused.body());
        assertEquals("PAUSED", Tokens.json(paused.body()).getString("status"));
        HttpResponse<String> resumed = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + "/api/me/pause"))
                .header("Authorization", "Bearer " + lark).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals("ACTIVE", Tokens.json(resumed.body()).getString("status"));
        HttpResponse<String> past = post("/api/me/pause", lark, Json.createObjectBuilder().add("until", "2020-01-01").build());
        assertEquals(400, past.statusCode());
    }

    @Test
    void badAdmissionsAreRefusedWithTheRuleAndNothingIsCreated() throws Exception {
        long members = count("SELECT COUNT(*) FROM member");
        assertRule("member.pseudonym.taken", admission("Sunflower").add("legalName", "Mira Jovanović")
                .add("email", "mira." + canary + "@example.org").add("iban", validSerbianIban(new Random(1))));
        assertRule("member.pseudonym.containsLegalName", admission("Jovanovic 7").add("legalName", "Mira Jovanović")
                .add("email", "mira2." + canary + "@example.org").add("iban", validSerbianIban(new Random(2))));
        assertRule("member.iban.invalid", admission("Heron " + canary.substring(2, 5)).add("legalName", "Mira Jovanović")
                .add("email", "mira3." + canary + "@example.org").add("iban", "RS00 1234 5678 9012 3456 78"));
        // A member's e-mail with another mistake: the other mistake is all the secretariat hears.
        assertRule("member.iban.invalid", admission("Heron2 " + canary.substring(2, 5))
                .add("legalName", "Mira Jovanović").add("email", canaryEmail).add("iban", "RS00 1234"));
        long conflicts = auditCount("member.admission.contactConflict");
        long told = count("SELECT COUNT(*) FROM notification WHERE recipient = 'role:custodian' AND message_key = "
                + "'notification.admission.conflict'");
        HttpResponse<String> duplicate = post("/api/members", secretariat(), admission("Heron2 " + canary.substring(2, 5))
                .add("legalName", "Mira Jovanović").add("email", canaryEmail).add("iban", validSerbianIban(new Random(3)))
                .build());
        assertEquals(400, duplicate.statusCode(), duplicate.body());
        assertEquals("member.admission.needsCustodian", Tokens.json(duplicate.body()).getString("error"));
        assertFalse(duplicate.body().toLowerCase(Locale.ROOT).contains("already")
                || duplicate.body().toLowerCase(Locale.ROOT).contains("e-mail"),
                "the secretariat is not told that the contact is a member's: " + duplicate.body());
        assertEquals(conflicts + 1, auditCount("member.admission.contactConflict"), "the attempt is audited");
        assertEquals("secretariat", Db.text("SELECT actor FROM audit_entry WHERE action = "
                + "'member.admission.contactConflict' ORDER BY sequence DESC LIMIT 1"), "with who made it");
        assertEquals(told + 1, count("SELECT COUNT(*) FROM notification WHERE recipient = 'role:custodian' AND "
                + "message_key = 'notification.admission.conflict'"), "the custodian is told");
        assertRule("member.admission.reasonRequired", admission("Heron3 " + canary.substring(2, 5))
                .add("legalName", "Mira Jovanović").add("email", "mira4." + canary + "@example.org")
                .add("paidThroughPartner", true).add("yearsSinceExploitation", 2));
        assertEquals(members, count("SELECT COUNT(*) FROM member"), "no member row was created");

        HttpResponse<String> serbian = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + "/api/members"))
                .header("Authorization", "Bearer " + secretariat()).header("Accept-Language", "sr-Latn")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(admission("Heron4 x").add("legalName", "Mira Jovanović")
                        .add("email", "mira5." + canary + "@example.org").add("iban", "RS00").build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, serbian.statusCode());
        assertTrue(Tokens.json(serbian.body()).getString("message").contains("nije ispravan"), serbian.body());
        assertEquals(404, post("/api/members", Tokens.accessToken("admin", "admin"), admission("Heron5").build())
                .statusCode(), "only the secretariat admits");
    }

    @Test
    void tamperingWithTheAuditChainIsFoundAtTheExactEntry() throws Exception {
        String admin = Tokens.accessToken("admin", "admin");
        JsonObject intact = Tokens.json(get("/api/audit/verification", admin).body());
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getInt("entries") >= 6);
        assertEquals(404, get("/api/audit/verification", secretariat()).statusCode());

        long target = count("SELECT MIN(sequence) FROM audit_entry WHERE action = 'member.admitted' AND sequence > 2");
        // The runtime account cannot touch the chain at all.
        try (Connection db = database(); Statement sql = db.createStatement()) {
            for (String statement : List.of("UPDATE audit_entry SET actor = 'mallory' WHERE sequence = " + target,
                    "DELETE FROM audit_entry WHERE sequence = " + target,
                    "DELETE FROM audit_checkpoint WHERE sequence = " + target,
                    "UPDATE identity_reveal SET reason = 'nothing to see'",
                    "DELETE FROM identity_reveal")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("denied"), refused.getMessage());
            }
        }
        // Someone with full database access (the schema owner's rights) tampers: it is found at the exact entry.
        // The portal's scheduled jobs append to the chain too (a stipend accrual at a minute's tick, CI run 15): an
        // entry appended while the chain is edited would link to an edited hash and break the chain for good. So the
        // jobs are held until the chain is put back.
        try (Connection db = Db.connectAsOwner(); Statement sql = db.createStatement()) {
            Db.withScheduledJobsHeld(() -> tamperAndRestore(sql, target, admin));
        }
    }

    /** The chain edited in three ways, each found at {@code target} and put back at once. */
    private static void tamperAndRestore(Statement sql, long target, String admin) throws Exception {
        Connection db = sql.getConnection();
        {
            String actor;
            try (ResultSet row = sql.executeQuery("SELECT actor FROM audit_entry WHERE sequence = " + target)) {
                row.next();
                actor = row.getString(1);
            }
            sql.executeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE sequence = " + target);
            try {
                JsonObject broken = Tokens.json(get("/api/audit/verification", admin).body());
                assertFalse(broken.getBoolean("intact"));
                assertEquals(target, broken.getJsonNumber("firstBrokenSequence").longValue());
            } finally {
                sql.executeUpdate("UPDATE audit_entry SET actor = '" + actor + "' WHERE sequence = " + target);
            }
            // Edited, and every hash from there on recomputed: the chain is consistent again, the signatures are not.
            List<String[]> saved = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT sequence, previous_hash, hash FROM audit_entry WHERE "
                    + "sequence >= " + target + " ORDER BY sequence")) {
                while (rows.next()) {
                    saved.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            sql.executeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE sequence = " + target);
            try {
                recomputeChainFrom(db, target);
                JsonObject rehashed = Tokens.json(get("/api/audit/verification", admin).body());
                assertFalse(rehashed.getBoolean("intact"), "recomputed hashes are still found: " + rehashed);
                assertEquals(target, rehashed.getJsonNumber("firstBrokenSequence").longValue());
                assertEquals("checkpoint-mismatch", rehashed.getString("problem"));
            } finally {
                sql.executeUpdate("UPDATE audit_entry SET actor = '" + actor + "' WHERE sequence = " + target);
                try (var restore = db.prepareStatement(
                        "UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE sequence = ?")) {
                    for (String[] row : saved) {
                        restore.setString(1, row[1]);
                        restore.setString(2, row[2]);
                        restore.setLong(3, Long.parseLong(row[0]));
                        restore.executeUpdate();
                    }
                }
            }
            sql.executeUpdate("CREATE TEMPORARY TABLE audit_copy AS SELECT * FROM audit_entry WHERE sequence = " + target);
            sql.executeUpdate("DELETE FROM audit_entry WHERE sequence = " + target);
            try {
                JsonObject deleted = Tokens.json(get("/api/audit/verification", admin).body());
                assertFalse(deleted.getBoolean("intact"));
                assertEquals(target, deleted.getJsonNumber("firstBrokenSequence").longValue());
            } finally {
                sql.executeUpdate("INSERT INTO audit_entry SELECT * FROM audit_copy");
            }
        }
        assertTrue(Tokens.json(get("/api/audit/verification", admin).body()).getBoolean("intact"), "restored");
    }

    @Test
    void withdrawalErasesTheIdentityRenamesTheMemberDeletesTheAccountAndCanBeRepeated() throws Exception {
        String name = "Erasure" + canary + " Ilić";
        JsonObject admitted = Tokens.json(post("/api/members", secretariat(), admission("Wren " + canary.substring(2, 6))
                .add("legalName", name).add("email", "wren." + canary + "@example.org").add("paidThroughPartner", true)
                .build()).body());
        String wren = admitted.getString("ref");
        String wrenLogin = admitted.getString("login");
        String password = "A-new-password-for-" + canary;
        setPermanentPassword(wrenLogin, password);
        String token = Tokens.accessToken(wrenLogin, password);

        HttpResponse<String> unconfirmed = post("/api/me/withdrawal", token, Json.createObjectBuilder().add("confirm", "yes").build());
        assertEquals(400, unconfirmed.statusCode());
        assertEquals("member.withdrawal.confirm", Tokens.json(unconfirmed.body()).getString("error"));
        assertEquals(1, count("SELECT COUNT(*) FROM vault_identity WHERE member_ref = '" + wren + "'"), "nothing erased yet");

        HttpResponse<String> done = post("/api/me/withdrawal", token, Json.createObjectBuilder().add("confirm", "WITHDRAW").build());
        assertEquals(200, done.statusCode(), done.body());
        JsonObject view = Tokens.json(done.body());
        assertEquals("WITHDRAWN", view.getString("status"));
        assertTrue(view.getString("pseudonym").matches("Former member \\d+"), view.toString());
        assertErased(wren, wrenLogin, view.getString("pseudonym"));

        // Again, by the secretariat at the member's request: same end state, no error.
        HttpResponse<String> again = post("/api/members/" + wren + "/withdrawal", secretariat(),
                Json.createObjectBuilder().add("confirm", "WITHDRAW").build());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(view.getString("pseudonym"), Tokens.json(again.body()).getString("pseudonym"));
        assertErased(wren, wrenLogin, view.getString("pseudonym"));
        assertEquals(404, post("/api/members/" + wren + "/withdrawal", Tokens.accessToken("admin", "admin"),
                Json.createObjectBuilder().add("confirm", "WITHDRAW").build()).statusCode(), "only the secretariat");
    }

    @Test
    void aWithdrawalInterruptedAfterTheErasureIsFinishedByARetry() throws Exception {
        JsonObject admitted = Tokens.json(post("/api/members", secretariat(), admission("Finch " + canary.substring(2, 6))
                .add("legalName", "Interrupted" + canary + " Nikolić").add("phone", "+381 64 " + (100000 + new Random().nextInt(899999)))
                .add("paidThroughPartner", true).build()).body());
        String finch = admitted.getString("ref");
        String finchLogin = admitted.getString("login");
        // The state a crash between the database step and the Keycloak step leaves behind:
        // renamed and shredded, but the Keycloak account still exists and is still linked.
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE member SET status = 'WITHDRAWN', former_number = 9000, pseudonym = 'Former member 9000',"
                    + " login = 'former-9000' WHERE ref = '" + finch + "'");
            sql.executeUpdate("DELETE FROM vault_identity WHERE member_ref = '" + finch + "'");
            sql.executeUpdate("DELETE FROM vault_data_key WHERE member_ref = '" + finch + "'");
        }
        assertEquals(finchLogin, keycloakUser(finchLogin).getString("username"), "the account survived the crash");

        HttpResponse<String> retry = post("/api/members/" + finch + "/withdrawal", secretariat(),
                Json.createObjectBuilder().add("confirm", "WITHDRAW").build());
        assertEquals(200, retry.statusCode(), retry.body());
        assertErased(finch, finchLogin, "Former member 9000");
    }

    @Test
    void aMemberKeepsTheirProfileAndOnlyKnownValuesAreAccepted() throws Exception {
        String willow = Tokens.accessToken("willow", "willow");
        send(willow, "PUT", "/api/me/consents/EMAIL_CONTACT", "{\"given\":false}");
        String needsConsent = Json.createObjectBuilder()
                .add("rolesOffered", Json.createArrayBuilder().add("EDUCATOR"))
                .add("hoursPerMonth", 12).add("contactChannel", "EMAIL").build().toString();
        HttpResponse<String> refused = send(willow, "PUT", "/api/me/profile", needsConsent);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("member.profile.consentMissing.EMAIL_CONTACT", Tokens.json(refused.body()).getString("error"));
        HttpResponse<String> advocate = send(willow, "PUT", "/api/me/profile",
                "{\"rolesOffered\":[\"PUBLIC_ADVOCATE\"],\"hoursPerMonth\":12,\"contactChannel\":\"PORTAL\"}");
        assertEquals("member.profile.consentMissing.PUBLIC_APPEARANCE",
                Tokens.json(advocate.body()).getString("error"), "public advocacy needs the public-appearance consent");
        assertEquals(200, send(willow, "PUT", "/api/me/consents/EMAIL_CONTACT", "{\"given\":true}").statusCode());

        HttpResponse<String> saved = send(willow, "PUT", "/api/me/profile", Json.createObjectBuilder()
                .add("rolesOffered", Json.createArrayBuilder().add("EDUCATOR").add("peer_supporter"))
                .add("topics", Json.createArrayBuilder().add("migration"))
                .add("avoidedTopics", Json.createArrayBuilder().add("violence").add("children"))
                .add("hoursPerMonth", 12).add("contactChannel", "EMAIL").build().toString());
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject profile = Tokens.json(get("/api/me/profile", willow).body());
        assertEquals(List.of("EDUCATOR", "PEER_SUPPORTER"), strings(profile, "rolesOffered"));
        assertEquals(List.of("children", "violence"), strings(profile, "avoidedTopics"));
        assertEquals(12, profile.getInt("hoursPerMonth"));
        assertEquals("EMAIL", profile.getString("contactChannel"));

        assertEquals("member.profile.hours.invalid", Tokens.json(send(willow, "PUT", "/api/me/profile",
                "{\"hoursPerMonth\":900,\"contactChannel\":\"PORTAL\"}").body()).getString("error"));
        assertEquals("member.profile.topic.unknown", Tokens.json(send(willow, "PUT", "/api/me/profile",
                "{\"topics\":[\"my-story\"],\"contactChannel\":\"PORTAL\"}").body()).getString("error"));
        assertEquals(12, Tokens.json(get("/api/me/profile", willow).body()).getInt("hoursPerMonth"), "nothing lost");
        assertEquals(404, get("/api/me/profile", Tokens.accessToken("justice", "justice")).statusCode());
    }

    @Test
    void theExportHoldsTheMembersDataButNeverTheVaultValues() throws Exception {
        HttpResponse<String> export = get("/api/me/export", Tokens.accessToken("sunflower", "sunflower"));
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = Tokens.json(export.body());
        assertEquals("Sunflower", data.getJsonObject("member").getString("pseudonym"));
        assertEquals(5, data.getJsonArray("consents").size());
        assertTrue(strings(data.getJsonObject("identityVault"), "fieldsHeld").containsAll(List.of("legal_name", "iban")));
        assertFalse(export.body().contains("Demo Person Ana"), "no legal name in the file");
        assertFalse(export.body().contains("260005601001611379"), "no bank account in the file");
        assertEquals(404, get("/api/me/export", Tokens.accessToken("custodian", "custodian")).statusCode());
    }

    @Test
    void anAccountThePortalNeverLinkedIsFoundByLoginAndDeletedToo() throws Exception {
        JsonObject admitted = Tokens.json(post("/api/members", secretariat(), admission("Robin " + canary.substring(2, 6))
                .add("legalName", "Unlinked" + canary + " Petrović").add("email", "robin." + canary + "@example.org")
                .add("paidThroughPartner", true).build()).body());
        String robin = admitted.getString("ref");
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE member SET keycloak_id = NULL WHERE ref = '" + robin + "'"); // like the demo members
        }
        HttpResponse<String> done = post("/api/members/" + robin + "/withdrawal", secretariat(),
                Json.createObjectBuilder().add("confirm", "WITHDRAW").build());
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(0, keycloakUsers(admitted.getString("login")).size(), "the account is gone as well");
    }

    // ---- helpers ----

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertNotNull(response.body());
        return response;
    }

    private static void assertErased(String memberRef, String formerLogin, String formerPseudonym) throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM vault_identity WHERE member_ref = '" + memberRef + "'"), "vault row");
        assertEquals(0, count("SELECT COUNT(*) FROM vault_data_key WHERE member_ref = '" + memberRef + "'"), "data key");
        assertEquals(1, count("SELECT COUNT(*) FROM member WHERE ref = '" + memberRef + "' AND status = 'WITHDRAWN'"
                + " AND keycloak_id IS NULL AND pseudonym = '" + formerPseudonym + "'"), "member row renamed, unlinked");
        assertEquals(0, keycloakUsers(formerLogin).size(), "no Keycloak account");
    }

    private static void setPermanentPassword(String username, String password) throws Exception {
        org.nstac.portal.it.KeycloakUsers.setPermanentPassword(username, password);
    }

    private static void assertRule(String key, JsonObjectBuilder body) throws Exception {
        HttpResponse<String> response = post("/api/members", secretariat(), body.build());
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Tokens.json(response.body());
        assertEquals(key, error.getString("error"));
        assertFalse(error.getString("message").isBlank());
        assertFalse(response.body().contains("Jovanovi"), "the message never repeats personal data");
        RESPONSES.add(response.body());
    }

    private static JsonObjectBuilder admission(String pseudonym) {
        return Json.createObjectBuilder()
                .add("pseudonym", pseudonym)
                .add("language", "sr-Latn")
                .add("adult", true)
                .add("yearsSinceExploitation", 7)
                .add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"));
    }

    /** A Serbian IBAN with a correct mod-97 check: RS + check digits + 18 random digits. */
    static String validSerbianIban(Random random) {
        StringBuilder bban = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            bban.append(random.nextInt(10));
        }
        // R=27, S=28; check digits 00 moved to the end.
        int check = 98 - new BigInteger(bban + "2728" + "00").mod(BigInteger.valueOf(97)).intValue();
        return String.format("RS%02d%s", check, bban);
    }

    private static String secretariat() throws Exception {
        return Tokens.accessToken("secretariat", "secretariat");
    }

    /** A reveal needs a recent sign-in: a token from a sign-in well within the test stack's limit. */
    private static String custodian() throws Exception {
        return Tokens.recentAccessToken("custodian", "custodian", PortalStack.RECENT_SIGN_IN.dividedBy(3));
    }

    private static String memberRefOf(String login) throws Exception {
        try (Connection db = database(); var select = db.prepareStatement("SELECT ref FROM member WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "demo member " + login);
                return row.getString(1);
            }
        }
    }

    private static long auditCount(String action) throws Exception {
        return count("SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "'");
    }

    private static long auditCount(String action, String subject) throws Exception {
        return count("SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "' AND subject_ref = '" + subject + "'");
    }

    private static long count(String query) throws Exception {
        try (Connection db = database(); Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Every column of every table, as text, except the vault's ciphertext columns. */
    private static String databaseDumpOutsideVaultCiphertext() throws Exception {
        List<String> ciphertext = List.of("vault_identity.legal_name", "vault_identity.email", "vault_identity.phone",
                "vault_identity.iban", "vault_identity.emergency_contact", "vault_data_key.wrapped_key");
        StringBuilder dump = new StringBuilder();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'portal'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertTrue(tables.contains("vault_identity") && tables.contains("member"));
            for (String table : tables) {
                try (ResultSet rows = sql.executeQuery("SELECT * FROM " + table)) {
                    var meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            if (ciphertext.contains(table + "." + meta.getColumnName(c).toLowerCase(Locale.ROOT))) {
                                continue;
                            }
                            byte[] raw = rows.getBytes(c);
                            dump.append(raw == null ? "" : new String(raw, StandardCharsets.UTF_8)).append('\t');
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }

    /** What an attacker with database access would do: recompute every hash from {@code from} on. */
    private static void recomputeChainFrom(Connection db, long from) throws Exception {
        String previous;
        try (var select = db.prepareStatement("SELECT hash FROM audit_entry WHERE sequence = ?")) {
            select.setLong(1, from - 1);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                previous = row.getString(1);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet all = sql.executeQuery("SELECT sequence, occurred_at, "
                + "actor, action, subject_ref, details FROM audit_entry WHERE sequence >= " + from
                + " ORDER BY sequence")) {
            while (all.next()) {
                rows.add(new Object[] {all.getLong(1), all.getTimestamp(2).toInstant(), all.getString(3),
                        all.getString(4), all.getString(5), all.getString(6)});
            }
        }
        try (var update = db.prepareStatement("UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE sequence = ?")) {
            for (Object[] r : rows) {
                String hash = org.nstac.portal.audit.domain.AuditChain.hashOf((Long) r[0], (java.time.Instant) r[1],
                        (String) r[2], (String) r[3], (String) r[4], (String) r[5], previous);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, (Long) r[0]);
                update.executeUpdate();
                previous = hash;
            }
        }
    }

    private static Connection database() throws Exception {
        var stack = PortalStack.stack();
        return DriverManager.getConnection(stack.database().jdbcUrl(), "portal", stack.database().password());
    }

    private static JsonObject keycloakUser(String username) throws Exception {
        var list = keycloakUsers(username);
        assertEquals(1, list.size());
        return list.getJsonObject(0);
    }

    private static jakarta.json.JsonArray keycloakUsers(String username) throws Exception {
        HttpResponse<String> users = get(PortalStack.stack().keycloak().url()
                + "/admin/realms/nstac/users?exact=true&username=" + username, keycloakAdminToken());
        return Tokens.json("{\"a\":" + users.body() + "}").getJsonArray("a");
    }

    private static String keycloakAdminToken() throws Exception {
        var stack = PortalStack.stack();
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(stack.keycloak().url()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + URLEncoder.encode(stack.keycloak().adminPassword(), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        return Tokens.json(token.body()).getString("access_token");
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        String url = path.startsWith("http") ? path : PortalStack.portalUrl() + path;
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String token, JsonObject body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertNotNull(response.body());
        return response;
    }
}
