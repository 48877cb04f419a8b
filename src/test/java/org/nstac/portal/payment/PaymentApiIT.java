package org.nstac.portal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * The payments ledger over the API against the real stack (MariaDB with its triggers, Keycloak, the vault): the rate
 * card at parity, amounts read exactly, claims with receipts, four eyes, one payment from twenty identical requests,
 * reversals, immutability through the application and through JDBC, access, statements, the bank file as an audited
 * reveal, and erasure. {@link LedgerCheck} checks the ledger's invariants after every test.
 */
@ExtendWith({PortalStack.class, LedgerCheck.class, PortalTime.class})
class PaymentApiIT {

    @Test
    void membersReadTheRateCardAndFinanceCannotEnterARateBelowTheExpertReference() throws Exception {
        HttpResponse<String> card = Api.send("sunflower", "GET", "/api/rates", null);
        assertEquals(200, card.statusCode(), card.body());
        assertTrue(card.body().contains("\"activity\":\"MEETING_DAY\"") && card.body().contains("\"expertReference\""),
                card.body());
        for (String user : List.of("justice", "observer")) {
            assertEquals(404, Api.send(user, "GET", "/api/rates", null).statusCode(), user);
        }
        assertEquals(404, Api.send("sunflower", "POST", "/api/rates", rate("13000", "12000", "RSD", 500)).statusCode());

        HttpResponse<String> below = Api.sendIn("sr-Latn", "finance", "POST", "/api/rates",
                rate("9000", "12000", "RSD", 501));
        assertEquals(400, below.statusCode(), below.body());
        assertEquals("payment.rate.belowReference", Tokens.json(below.body()).getString("error"));
        assertTrue(Tokens.json(below.body()).getString("message").contains("stručnjak"), below.body());

        HttpResponse<String> added = Api.send("finance", "POST", "/api/rates", rate("13000", "12000", "RSD", 502));
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("13000.00", Tokens.json(added.body()).getString("memberAmount"));
        assertEquals(201, Api.send("admin", "POST", "/api/rates", rate("14000", "14000", "RSD", 503)).statusCode());
        assertEquals("payment.rate.duplicate", error(Api.send("finance", "POST", "/api/rates",
                rate("15000", "12000", "RSD", 502))));
    }

    @Test
    void amountsAreReadExactlyOrRefusedWithTheReason() throws Exception {
        String[][] cases = {
            {"1e3", "RSD", "payment.money.invalid"},
            {"-50", "RSD", "payment.money.negative"},
            {"0.005", "EUR", "payment.money.tooManyDecimals"},
            {"1,000.00", "RSD", "payment.money.invalid"},
            {"10^15", "RSD", "payment.money.invalid"},
            {"1000000000000000", "RSD", "payment.money.tooLarge"},
            {"1500", "USD", "payment.currency.unknown"},
        };
        for (String[] c : cases) {
            assertEquals(c[2], error(Api.send("finance", "POST", "/api/rates", rate(c[0], "0", c[1], 600))),
                    c[0] + " " + c[1]);
            assertEquals(c[2], error(Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims",
                    claim("MEALS", c[0], c[1], LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")), null), "bad-" + UUID.randomUUID())), "claim " + c[0]);
        }
    }

    @Test
    void aMemberClaimsTravelWithAReceiptOnceHoweverOftenTheRequestIsSent() throws Exception {
        String key = "claim-" + UUID.randomUUID();
        String body = claim("TRAVEL", "1450,50", "RSD", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(2), jpeg());
        assertEquals("payment.idempotency.required", error(Api.send("sunflower", "POST", "/api/me/expense-claims",
                body)));
        HttpResponse<String> first = Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims", body, key);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject claimed = Tokens.json(first.body());
        long travelClaim = claimed.getJsonNumber("id").longValue();
        assertEquals("1450.50", claimed.getString("amount"));
        assertEquals("ACCRUED", claimed.getString("state"));
        JsonObject again = Tokens.json(Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims", body, key).body());
        assertEquals(travelClaim, again.getJsonNumber("id").longValue(), "the retry finds the first claim");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key LIKE 'claim:%|" + key + "'"));

        HttpResponse<String> km = Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims",
                Json.createObjectBuilder().add("kind", "TRAVEL_KM").add("date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).toString())
                        .add("kilometres", "100").build().toString(), "km-" + UUID.randomUUID());
        assertEquals(201, km.statusCode(), km.body());
        assertEquals("3500.00", Tokens.json(km.body()).getString("amount"), "100 km at the demo card's 35 RSD");

        assertEquals("payment.claim.dateFuture", error(Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims",
                claim("TRAVEL", "100", "RSD", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).plusDays(3), null), "f-" + UUID.randomUUID())));
        assertEquals("payment.receipt.type", error(Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims",
                claim("TRAVEL", "100", "RSD", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")), Base64.getEncoder().encodeToString(
                        "not a picture at all".getBytes(StandardCharsets.UTF_8))), "r-" + UUID.randomUUID())));

        HttpResponse<String> receipt = Api.send("sunflower", "GET", "/api/payables/" + travelClaim + "/receipt", null);
        assertEquals(200, receipt.statusCode());
        assertEquals("image/jpeg", receipt.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, Api.send("finance", "GET", "/api/payables/" + travelClaim + "/receipt", null).statusCode());
        assertEquals(404, Api.send("river", "GET", "/api/payables/" + travelClaim + "/receipt", null).statusCode());
        assertEquals(404, Api.send("secretariat", "GET", "/api/payables/" + travelClaim + "/receipt", null)
                .statusCode());
    }

    @Test
    void theCreatorOrClaimantNeverApprovesTheirOwnPayable() throws Exception {
        String river = Db.memberRef("river");
        HttpResponse<String> byFinance = Api.sendKeyed("finance", "POST", "/api/payables",
                manual(river, "PUBLIC_SPEAKING", "1"), "m-" + UUID.randomUUID());
        assertEquals(201, byFinance.statusCode(), byFinance.body());
        long own = Tokens.json(byFinance.body()).getJsonNumber("id").longValue();
        assertEquals("payment.approval.sameUser", error(Api.sendKeyed("finance", "POST",
                "/api/payables/" + own + "/approval", null, "a-" + UUID.randomUUID())));

        HttpResponse<String> bySecretariat = Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(river, "PREPARATION_HOUR", "2.5"), "m-" + UUID.randomUUID());
        assertEquals(201, bySecretariat.statusCode(), bySecretariat.body());
        long secretariatPayable = Tokens.json(bySecretariat.body()).getJsonNumber("id").longValue();
        assertEquals("3750.00", Tokens.json(bySecretariat.body()).getString("amount"), "2.5 h at 1500 RSD");
        assertEquals(404, Api.sendKeyed("river", "POST", "/api/payables/" + secretariatPayable + "/approval", null,
                "x").statusCode(), "the member it is owed to cannot approve");
        assertEquals(404, Api.sendKeyed("secretariat", "POST", "/api/payables/" + secretariatPayable + "/approval",
                null, "x").statusCode(), "only finance approves");
        HttpResponse<String> approved = Api.sendKeyed("finance", "POST", "/api/payables/" + secretariatPayable
                + "/approval", null, "a-" + UUID.randomUUID());
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", Tokens.json(approved.body()).getString("state"));
    }

    @Test
    void aClaimSentSixTimesAtOnceIsFiledOnceAndEveryAnswerIsThatClaim() throws Exception {
        // Two tabs sending the same claim at once wait for each other on the member's lock row, and the second finds
        // the first. The lock was taken as a shared lock first (INSERT IGNORE) and then an exclusive one, so two
        // requests each held one and InnoDB ended one as a deadlock: a 503 instead of the claim.
        String key = "claim-at-once-" + UUID.randomUUID();
        String body = claim("TRAVEL", "990,00", "RSD", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade"))
                .minusDays(1), jpeg());
        String token = Tokens.accessToken("sunflower", "sunflower");
        Set<Long> claims = new HashSet<>();
        for (HttpResponse<String> response : Api.atOnce(6, () -> Api.sendToken(token, "en", "POST",
                "/api/me/expense-claims", body, "Idempotency-Key", key))) {
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
            claims.add(Tokens.json(response.body()).getJsonNumber("id").longValue());
        }
        assertEquals(1, claims.size(), "every answer is the one claim: " + claims);
        assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key LIKE 'claim:%|" + key + "'"));
    }

    @Test
    void twentyIdenticalPaymentRequestsAtOnceRecordOnePayment() throws Exception {
        long travelClaim = travelClaim("1450,50");
        long secretariatPayable = approvedPayable();
        String token = Tokens.accessToken("finance", "finance");
        String key = "pay-" + UUID.randomUUID();
        String body = payment("BANK-" + key.substring(4, 12));
        assertEquals("payment.state.notAllowed", error(Api.sendKeyed("finance", "POST", "/api/payables/" + travelClaim
                + "/payment", body, "early-" + UUID.randomUUID())), "an accrued claim is not paid before approval");
        Set<String> answers = new HashSet<>();
        for (HttpResponse<String> response : Api.atOnce(20, () -> Api.sendToken(token, "en", "POST",
                "/api/payables/" + secretariatPayable + "/payment", body, "Idempotency-Key", key))) {
            assertEquals(200, response.statusCode(), response.body());
            JsonObject paid = Tokens.json(response.body());
            assertEquals("PAID", paid.getString("state"));
            answers.add(paid.getString("bankReference") + paid.getString("paidOn"));
        }
        assertEquals(1, answers.size(), "every caller got the same payment: " + answers);
        assertEquals(1, Db.number("SELECT COUNT(*) FROM ledger_entry WHERE payable_id = " + secretariatPayable
                + " AND state = 'PAID'"), "one payment entry");
        assertEquals("payment.state.notAllowed", error(Api.sendKeyed("finance", "POST", "/api/payables/"
                + secretariatPayable + "/payment", body, "another-" + UUID.randomUUID())), "a new key cannot pay again");
        assertEquals("payment.idempotency.reused", error(Api.sendKeyed("finance", "POST", "/api/payables/"
                + travelClaim + "/approval", null, key)), "the same key for another command is refused");
    }

    @Test
    void aPaidMistakeIsReversedAndCorrectedByANewPayableThatSomeoneElseApproves() throws Exception {
        long secretariatPayable = approvedPayable();
        assertEquals(200, Api.sendKeyed("finance", "POST", "/api/payables/" + secretariatPayable + "/payment",
                payment("BANK-" + secretariatPayable), "p-" + UUID.randomUUID()).statusCode());
        assertEquals("payment.reason.required", error(Api.sendKeyed("finance", "POST", "/api/payables/"
                + secretariatPayable + "/reversal", "{\"reason\":\"\"}", "r-" + UUID.randomUUID())));
        HttpResponse<String> reversed = Api.sendKeyed("finance", "POST", "/api/payables/" + secretariatPayable
                + "/reversal", "{\"reason\":\"Two and a half hours were entered; it was two.\",\"replacementAmount\":"
                + "\"3000\"}", "r-" + UUID.randomUUID());
        assertEquals(200, reversed.statusCode(), reversed.body());
        assertEquals("REVERSED", Tokens.json(reversed.body()).getString("state"));
        assertEquals(2, Db.number("SELECT COUNT(*) FROM ledger_entry WHERE payable_id = " + secretariatPayable
                + " AND state = 'REVERSED' AND amount = -3750.00"), "the payment and the approval are negated");
        long corrected = Db.number("SELECT id FROM payable WHERE corrects_payable_id = " + secretariatPayable);
        JsonObject correction = Tokens.json(Api.send("finance", "GET", "/api/payables/" + corrected, null).body());
        assertEquals("3000.00", correction.getString("amount"));
        assertEquals("ACCRUED", correction.getString("state"));
        assertEquals("payment.approval.sameUser", error(Api.sendKeyed("finance", "POST", "/api/payables/" + corrected
                + "/approval", null, "a-" + UUID.randomUUID())), "the person who corrected cannot approve it");
        JsonObject seen = Tokens.json(Api.send("river", "GET", "/api/payables/" + secretariatPayable, null).body());
        assertEquals("Two and a half hours were entered; it was two.", seen.getString("reason"));
    }

    @Test
    void postedEntriesCannotBeChangedThroughTheApplicationNorDirectlyInTheDatabase() throws Exception {
        long travelClaim = travelClaim("980");
        String before = ledgerOf(travelClaim);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            // A DELETE carries no body (the HTTP listener refuses one with 400 before the portal sees it).
            String body = method.equals("DELETE") ? null : "{\"amount\":\"1\"}";
            HttpResponse<String> attempt = Api.sendKeyed("finance", method, "/api/payables/" + travelClaim,
                    body, "u-" + UUID.randomUUID());
            assertEquals(405, attempt.statusCode(), method + " " + attempt.body());
            assertFalse(attempt.body().contains("Exception"), attempt.body());
        }
        HttpResponse<String> deleteWithBody = Api.sendKeyed("finance", "DELETE", "/api/payables/" + travelClaim,
                "{\"amount\":\"1\"}", "u-" + UUID.randomUUID());
        assertEquals(400, deleteWithBody.statusCode(), deleteWithBody.body());
        List<String> changes = List.of(
                "UPDATE ledger_entry SET amount = 1 WHERE payable_id = " + travelClaim,
                "DELETE FROM ledger_entry WHERE payable_id = " + travelClaim,
                "UPDATE payable SET amount = 1 WHERE id = " + travelClaim,
                "DELETE FROM payable WHERE id = " + travelClaim,
                "UPDATE rate SET member_amount = 1",
                "DELETE FROM rate");
        // The portal's own account has no right to change them at all...
        try (Connection db = Db.connect(); Statement sql = db.createStatement()) {
            for (String statement : changes) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("denied"), refused.getMessage());
            }
            for (String statement : List.of("DROP TRIGGER ledger_entry_no_update", "ALTER TABLE payable ADD x INT",
                    "CREATE TABLE mallory (id INT)")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("denied"), refused.getMessage());
            }
        }
        // ...and even the schema's owner is stopped by the triggers.
        try (Connection db = Db.connectAsOwner(); Statement sql = db.createStatement()) {
            for (String statement : changes) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().contains("never") || refused.getMessage().contains("append-only"),
                        refused.getMessage());
            }
        }
        assertEquals(before, ledgerOf(travelClaim), "the entries are as they were");
    }

    @Test
    void aMemberSeesOnlyTheirOwnAndMinistriesAndObserversSeeNothing() throws Exception {
        long travelClaim = travelClaim("720");
        String sunflower = Db.memberRef("sunflower");
        JsonArray rivers = array(Api.send("river", "GET", "/api/payables", null));
        assertFalse(rivers.isEmpty());
        for (JsonValue v : rivers) {
            assertEquals(Db.memberRef("river"), v.asJsonObject().getString("memberRef"));
        }
        assertFalse(Api.send("river", "GET", "/api/payables?memberRef=" + sunflower, null).body().contains(sunflower),
                "a member cannot ask for another member's payables");
        assertEquals(404, Api.send("river", "GET", "/api/payables/" + travelClaim, null).statusCode());
        for (String user : List.of("justice", "labour", "observer")) {
            for (String path : List.of("/api/payables", "/api/payables/" + travelClaim, "/api/me/statement",
                    "/api/me/expense-claims", "/api/payment-batches", "/api/payment-reports/totals")) {
                assertEquals(404, Api.send(user, "GET", path, null).statusCode(), user + " " + path);
            }
        }
        assertEquals(404, Api.send("sunflower", "GET", "/api/payment-batches", null).statusCode());
        assertEquals(404, Api.send("sunflower", "GET", "/api/payment-reports/totals", null).statusCode());
        for (String notFinance : List.of("secretariat", "admin")) {
            assertEquals(404, Api.send(notFinance, "GET", "/api/payment-reports/totals", null).statusCode(),
                    "the totals per member are finance's, as their page is: " + notFinance);
        }
        assertFalse(array(Api.send("secretariat", "GET", "/api/payables?memberRef=" + sunflower, null)).isEmpty(),
                "the secretariat reads every member's");
    }

    @Test
    void anApprovedPaymentUnpaidForThirtyDaysIsLateForFinanceAndTheMember() throws Exception {
        String lark = Db.memberRef("lark");
        long id;
        try (Connection db = Db.connect(); Statement sql = db.createStatement()) {
            // Approved 40 days ago: written as the application would have then (inserts are allowed, changes are not).
            sql.executeUpdate("INSERT INTO payable (member_ref, source, source_key, activity, work_date, period, amount,"
                    + " currency, created_by, created_at) VALUES ('" + lark + "', 'MANUAL', 'it:late:" + UUID.randomUUID()
                    + "', 'MEETING_DAY', CURDATE() - INTERVAL 45 DAY, DATE_FORMAT(CURDATE() - INTERVAL 45 DAY, "
                    + "'%Y-%m-01'), 8000.00, 'RSD', 'secretariat', NOW() - INTERVAL 45 DAY)",
                    Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = sql.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            for (String state : List.of("ACCRUED", "APPROVED")) {
                sql.executeUpdate("INSERT INTO ledger_entry (payable_id, member_ref, period, state, amount, currency, "
                        + "booked_by, booked_at) SELECT id, member_ref, period, '" + state + "', amount, currency, '"
                        + ("ACCRUED".equals(state) ? "secretariat" : "finance") + "', NOW() - INTERVAL 40 DAY "
                        + "FROM payable WHERE id = " + id);
            }
        }
        assertTrue(Tokens.json(Api.send("finance", "GET", "/api/payables/" + id, null).body()).getBoolean("late"));
        JsonObject statement = Tokens.json(Api.send("lark", "GET", "/api/me/statement?from="
                + LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(45).toString().substring(0, 7) + "&to="
                + LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).toString().substring(0, 7), null).body());
        assertTrue(new BigDecimal(statement.getJsonArray("totals").getJsonObject(0).getString("late"))
                .compareTo(new BigDecimal("8000")) >= 0, statement.toString());
    }

    @Test
    void theStatementAddsUpAndDownloadsAsPdfAndCsv() throws Exception {
        long travelClaim = travelClaim("1450,50");
        HttpResponse<String> response = Api.send("sunflower", "GET", "/api/me/statement?from=2026-01&to="
                + LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).toString().substring(0, 7), null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject statement = Tokens.json(response.body());
        assertEquals("Sunflower", statement.getString("pseudonym"));
        JsonObject rsd = statement.getJsonArray("totals").getJsonObject(0);
        BigDecimal parts = new BigDecimal(rsd.getString("pending")).add(new BigDecimal(rsd.getString("approvedUnpaid")))
                .add(new BigDecimal(rsd.getString("paid"))).add(new BigDecimal(rsd.getString("notPaid")));
        assertEquals(0, new BigDecimal(rsd.getString("accrued")).compareTo(parts), rsd.toString());
        assertTrue(new BigDecimal(rsd.getString("paid")).signum() > 0, "the demo task work is paid: " + rsd);
        assertTrue(statement.getJsonArray("payables").toString().contains("\"id\":" + travelClaim));
        assertEquals("payment.month.format", error(Api.send("sunflower", "GET", "/api/me/statement?from=last+year",
                null)));
        HttpResponse<String> pdf = Api.send("sunflower", "GET", "/api/me/statement?from=2026-01&format=pdf", null);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF-"));
        HttpResponse<String> csv = Api.send("sunflower", "GET", "/api/me/statement?from=2026-01&format=csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("1450.50"), csv.body());
        HttpResponse<String> totals = Api.send("finance", "GET", "/api/payment-reports/totals?from=2026-01&format=csv",
                null);
        assertEquals(200, totals.statusCode(), totals.body());
        assertTrue(totals.body().contains("Sunflower"), totals.body());
        HttpResponse<String> parity = Api.send("finance", "GET", "/api/payment-reports/parity?format=csv", null);
        assertEquals(200, parity.statusCode(), parity.body());
        assertTrue(parity.body().contains("100"), parity.body());
    }

    @Test
    void theBankFileIsAnAuditedRevealAndErasureLeavesEveryTotalAndNoNameInTheLedger() throws Exception {
        String canary = "zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = "Payee" + canary + " Đorđević";
        String iban = iban(new Random(canary.hashCode()));
        HttpResponse<String> admitted = Api.send("secretariat", "POST", "/api/members", Json.createObjectBuilder()
                .add("pseudonym", "Heron " + canary.substring(2, 6)).add("language", "sr-Latn").add("adult", true)
                .add("yearsSinceExploitation", 6).add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .add("legalName", name).add("iban", iban).add("email", "payee." + canary + "@example.org").build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        String ref = Tokens.json(admitted.body()).getString("ref");
        String login = Tokens.json(admitted.body()).getString("login");
        String password = "Heron-password-" + canary;
        KeycloakUsers.setPermanentPassword(login, password);
        String token = Tokens.accessToken(login, password);
        assertEquals("terms.required", error(Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(ref, "MEETING_DAY", "1"), "m-" + UUID.randomUUID())),
                "no payable entered for a member before they accept the engagement terms");
        int terms = Tokens.json(Api.sendToken(token, "en", "GET", "/api/me/engagement-terms", null).body())
                .getInt("version");
        assertEquals(200, Api.sendToken(token, "en", "POST", "/api/me/engagement-terms/acceptance",
                "{\"version\":" + terms + "}").statusCode());
        HttpResponse<String> work = Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(ref, "MEETING_DAY", "1"), "m-" + UUID.randomUUID());
        assertEquals(201, work.statusCode(), work.body());
        long id = Tokens.json(work.body()).getJsonNumber("id").longValue();
        assertEquals(200, Api.sendKeyed("finance", "POST", "/api/payables/" + id + "/approval", null,
                "a-" + UUID.randomUUID()).statusCode());

        String key = "batch-" + UUID.randomUUID();
        String reason = "{\"reason\":\"December meeting days for the council members\"}";
        HttpResponse<String> file = Api.sendSteppedUp("finance", "POST", "/api/payment-batches", reason,
                "Idempotency-Key", key);
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.body().startsWith("reference,member_ref,payee_name,iban"), file.body());
        assertTrue(file.body().contains("NSTAC-P" + id + "," + ref + "," + name + "," + iban), file.body());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM identity_reveal WHERE member_ref = '" + ref
                + "' AND reason = 'December meeting days for the council members' AND custodian = 'finance'"),
                "the member sees the reveal, with its reason");
        long batches = Db.number("SELECT COUNT(*) FROM payment_batch");
        HttpResponse<String> retried = Api.sendSteppedUp("finance", "POST", "/api/payment-batches", reason,
                "Idempotency-Key", key);
        assertEquals(400, retried.statusCode(), retried.body());
        assertEquals("payment.batch.alreadyDownloaded", Tokens.json(retried.body()).getString("error"),
                "the file was downloaded once: a second download needs its own reason");
        assertEquals(batches, Db.number("SELECT COUNT(*) FROM payment_batch"), "the same key makes no second batch");
        assertEquals(404, Api.sendKeyed("secretariat", "POST", "/api/payment-batches", reason, key).statusCode());
        assertEquals(404, Api.sendKeyed("sunflower", "POST", "/api/payment-batches", reason, key).statusCode());

        // Held: the stipend job books whole months into the ledger each minute, and one tick between the two
        // readings (a targeted run, fresh data) changed "every total" by three months of another member's stipend.
        Db.withScheduledJobsHeld(() -> {
            String totalsBefore = memberTotals(ref);
            String allBefore = Db.number("SELECT COUNT(*) FROM ledger_entry") + "/"
                    + Db.text("SELECT SUM(amount) FROM ledger_entry");
            HttpResponse<String> withdrawn = Api.send("secretariat", "POST", "/api/members/" + ref + "/withdrawal",
                    "{\"confirm\":\"WITHDRAW\"}");
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
            assertEquals(totalsBefore, memberTotals(ref), "the erased member's amounts are unchanged");
            assertEquals(allBefore, Db.number("SELECT COUNT(*) FROM ledger_entry") + "/"
                    + Db.text("SELECT SUM(amount) FROM ledger_entry"), "every total is unchanged");
        });

        String ledgerTables = dump(List.of("rate", "payable", "ledger_entry", "payment_receipt", "payment_channel",
                "payment_batch", "payment_batch_item")).toLowerCase(Locale.ROOT);
        assertTrue(ledgerTables.contains(ref), "the dump read the ledger");
        for (String c : List.of(canary, iban.substring(4), "đorđević")) {
            assertFalse(ledgerTables.contains(c.toLowerCase(Locale.ROOT)), "a ledger table holds " + c);
            assertFalse(Files.readString(PortalStack.portalLog()).toLowerCase(Locale.ROOT)
                    .contains(c.toLowerCase(Locale.ROOT)), "the server log holds " + c);
        }
        HttpResponse<String> after = Api.sendSteppedUp("finance", "POST", "/api/payment-batches", reason,
                "Idempotency-Key", "after-" + UUID.randomUUID());
        assertFalse(after.body().contains(canary), "an erased member's name never comes back");
    }

    @Test
    void aMemberChoosesHowToBePaidAndDecliningAppliesToWorkFromThenOn() throws Exception {
        HttpResponse<String> channel = Api.sendIn("sr-Latn", "oak", "GET", "/api/me/payment-channel", null);
        assertEquals(200, channel.statusCode(), channel.body());
        assertTrue(Tokens.json(channel.body()).getString("benefitsNote").contains("socijaln"), channel.body());
        assertEquals("payment.channel.required", error(Api.send("oak", "PUT", "/api/me/payment-channel",
                "{\"channel\":\"CASH\"}")));
        assertEquals("DECLINED", Tokens.json(Api.send("oak", "PUT", "/api/me/payment-channel",
                "{\"channel\":\"DECLINED\"}").body()).getString("channel"));
        JsonObject declined = Tokens.json(Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(Db.memberRef("oak"), "PREPARATION_HOUR", "1"), "m-" + UUID.randomUUID()).body());
        assertEquals("REJECTED", declined.getString("state"), "work while payment is declined is not paid");
        assertTrue(declined.getString("reason").contains("as you chose"), declined.toString());
        assertEquals("OWN_ACCOUNT", Tokens.json(Api.send("oak", "PUT", "/api/me/payment-channel",
                "{\"channel\":\"OWN_ACCOUNT\"}").body()).getString("channel"));
        JsonObject paid = Tokens.json(Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(Db.memberRef("oak"), "PREPARATION_HOUR", "1"), "m-" + UUID.randomUUID()).body());
        assertEquals("ACCRUED", paid.getString("state"), "the choice is reversible for future work");
        assertEquals("REJECTED", Tokens.json(Api.send("oak", "GET", "/api/payables/" + declined.getJsonNumber("id")
                .longValue(), null).body()).getString("state"), "earlier work keeps the choice it was done under");
        assertEquals(404, Api.send("justice", "GET", "/api/me/payment-channel", null).statusCode());
    }

    @Test
    void aPaymentCannotBeDatedBeforeItsApproval() throws Exception {
        JsonObject p = Tokens.json(Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(Db.memberRef("lark"), "MEETING_DAY", "1"), "m-" + UUID.randomUUID()).body());
        long id = p.getJsonNumber("id").longValue();
        Api.sendKeyed("finance", "POST", "/api/payables/" + id + "/approval", null, "a-" + UUID.randomUUID());
        HttpResponse<String> early = Api.sendKeyed("finance", "POST", "/api/payables/" + id + "/payment",
                Json.createObjectBuilder().add("date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(3).toString())
                        .add("method", "BANK_TRANSFER").add("reference", "B-1").build().toString(),
                "p-" + UUID.randomUUID());
        assertEquals("payment.pay.dateBeforeApproval", error(early));
        assertEquals("APPROVED", Tokens.json(Api.send("finance", "GET", "/api/payables/" + id, null).body())
                .getString("state"), "still approved, not paid");
    }

    // ------------------------------------------------------------------ helpers

    private static String rate(String member, String expert, String currency, int daysAhead) {
        return Json.createObjectBuilder().add("activity", "PUBLIC_SPEAKING").add("memberAmount", member)
                .add("expertReference", expert).add("currency", currency)
                .add("validFrom", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).plusDays(daysAhead).toString()).build().toString();
    }

    private static String claim(String kind, String amount, String currency, LocalDate date, String receipt) {
        var b = Json.createObjectBuilder().add("kind", kind).add("amount", amount).add("currency", currency)
                .add("date", date.toString()).add("description", "Train to the hearing");
        if (receipt != null) {
            b.add("receipt", receipt);
        }
        return b.build().toString();
    }

    @Test
    void threeRequestsForABatchAtOnceWithOneKeyMakeOneBatch() throws Exception {
        // Batches used to line up on the last batch's row, whose gap lock two requests could hold at once: their
        // inserts deadlocked and one answered 503. Now they line up on a lock of their own, and the key finds the one.
        HttpResponse<String> work = Api.sendKeyed("secretariat", "POST", "/api/payables", manual(Db.memberRef("lark"),
                "MEETING_DAY", "1"), "m-" + UUID.randomUUID());
        long payable = Tokens.json(work.body()).getJsonNumber("id").longValue();
        assertEquals(200, Api.sendKeyed("finance", "POST", "/api/payables/" + payable + "/approval", null,
                "a-" + UUID.randomUUID()).statusCode());
        String token = Tokens.recentAccessToken("finance", "finance", PortalStack.RECENT_SIGN_IN.dividedBy(3));
        String key = "b-at-once-" + UUID.randomUUID();
        Set<Long> batches = new HashSet<>();
        for (HttpResponse<String> response : Api.atOnce(3, () -> Api.sendToken(token, "en", "POST",
                "/api/payment-batches", "{\"reason\":\"Meeting days of the spring plenary for the bank\"}",
                "Idempotency-Key", key, "Accept", "application/json"))) {
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
            batches.add(Tokens.json(response.body()).getJsonNumber("id").longValue());
        }
        assertEquals(1, batches.size(), "every answer is the one batch: " + batches);
        assertEquals(1, Db.number("SELECT COUNT(*) FROM payment_batch_item WHERE payable_id = " + payable),
                "the payable is in one batch");
    }

    @Test
    void aBankFileNeedsAReasonAndARecentSecondFactorDownloadsOnceAndEachLaterDownloadIsANewReveal() throws Exception {
        String ref = Db.memberRef("lark");
        HttpResponse<String> work = Api.sendKeyed("secretariat", "POST", "/api/payables", manual(ref, "MEETING_DAY",
                "1"), "m-" + UUID.randomUUID());
        long id = Tokens.json(work.body()).getJsonNumber("id").longValue();
        assertEquals(200, Api.sendKeyed("finance", "POST", "/api/payables/" + id + "/approval", null,
                "a-" + UUID.randomUUID()).statusCode());
        long refused = Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.batch.refused'");
        String reason = "{\"reason\":\"Meeting days of the January plenary for the bank\"}";

        // No reason: refused and audited.
        HttpResponse<String> noReason = Api.sendSteppedUp("finance", "POST", "/api/payment-batches",
                "{\"reason\":\"test\"}", "Idempotency-Key", "b-" + UUID.randomUUID());
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals("payment.batch.reasonRequired", Tokens.json(noReason.body()).getString("error"));
        // A sign-in older than the step-up window: refused and audited (the portal's clock moves past the window).
        String stale = Tokens.freshAccessToken("finance", "finance");
        PortalTime.moveBy(PortalStack.RECENT_SIGN_IN.plusSeconds(5));
        HttpResponse<String> noStepUp = Api.sendToken(stale, "en", "POST", "/api/payment-batches", reason,
                "Idempotency-Key", "b-" + UUID.randomUUID());
        assertEquals(401, noStepUp.statusCode(), noStepUp.body());
        assertEquals("reauthentication_required", Tokens.json(noStepUp.body()).getString("error"));
        PortalTime.reset();
        // A member's token, or a secretariat's, never gets as far as the rules.
        assertEquals(404, Api.sendSteppedUp("secretariat", "POST", "/api/payment-batches", reason,
                "Idempotency-Key", "b-" + UUID.randomUUID()).statusCode());

        // Made with a reason and a fresh code, as JSON: its own download is open for 15 minutes.
        HttpResponse<String> made = Api.sendSteppedUp("finance", "POST", "/api/payment-batches", reason,
                "Idempotency-Key", "b-" + UUID.randomUUID(), "Accept", "application/json");
        assertEquals(201, made.statusCode(), made.body());
        long batch = Tokens.json(made.body()).getJsonNumber("id").longValue();
        assertFalse(made.body().contains("Lark") || made.body().contains("RS35"), "the batch itself names no one");
        assertEquals(0, Db.number("SELECT COUNT(*) FROM identity_reveal WHERE member_ref = '" + ref
                + "' AND reason = 'Meeting days of the January plenary for the bank'"), "nothing read yet");
        // Sixteen minutes later (the batch is dated back: moving the portal's clock would also age the step-up).
        try (Connection db = Db.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE payment_batch SET created_at = created_at - INTERVAL 16 MINUTE WHERE id = "
                    + batch);
        }
        HttpResponse<String> late = Api.sendSteppedUp("finance", "GET", "/api/payment-batches/" + batch + "/file",
                null);
        assertEquals(400, late.statusCode(), late.body());
        assertEquals("payment.batch.downloadExpired", Tokens.json(late.body()).getString("error"));

        // Later downloads are new reveals with their own reason.
        assertEquals("payment.batch.reasonRequired", Tokens.json(Api.sendSteppedUp("finance", "POST",
                "/api/payment-batches/" + batch + "/downloads", "{}").body()).getString("error"));
        HttpResponse<String> again = Api.sendSteppedUp("finance", "POST", "/api/payment-batches/" + batch
                + "/downloads", "{\"reason\":\"The bank lost the first file and asked for it again\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("NSTAC-P" + id), again.body());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM identity_reveal WHERE member_ref = '" + ref
                + "' AND reason = 'The bank lost the first file and asked for it again'"), "lark sees why");
        assertEquals(refused + 4, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.batch.refused'"),
                "no reason, no step-up, too late, no reason again: each refusal is in the audit chain");
        // The payable is paid by hand so that later tests find no approved payable left over.
        assertEquals(200, Api.sendKeyed("finance", "POST", "/api/payables/" + id + "/payment",
                payment("BANK-" + id), "p-" + UUID.randomUUID()).statusCode());
    }

    // ------------------------------------------------------------------ helpers

    /** A travel claim of sunflower's with a receipt, as test data of its own: accrued, not yet approved. */
    private static long travelClaim(String amount) throws Exception {
        HttpResponse<String> claimed = Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims", claim("TRAVEL",
                amount, "RSD", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(2), jpeg()),
                "claim-" + UUID.randomUUID());
        assertEquals(201, claimed.statusCode(), claimed.body());
        return Tokens.json(claimed.body()).getJsonNumber("id").longValue();
    }

    /** 2.5 preparation hours of river's, entered by the secretariat and approved by finance (3,750.00 RSD). */
    private static long approvedPayable() throws Exception {
        HttpResponse<String> made = Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(Db.memberRef("river"), "PREPARATION_HOUR", "2.5"), "m-" + UUID.randomUUID());
        assertEquals(201, made.statusCode(), made.body());
        long id = Tokens.json(made.body()).getJsonNumber("id").longValue();
        HttpResponse<String> approved = Api.sendKeyed("finance", "POST", "/api/payables/" + id + "/approval", null,
                "a-" + UUID.randomUUID());
        assertEquals(200, approved.statusCode(), approved.body());
        return id;
    }

    private static String manual(String memberRef, String activity, String quantity) {
        return Json.createObjectBuilder().add("memberRef", memberRef).add("activity", activity)
                .add("quantity", quantity).add("workDate", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(1).toString())
                .add("description", "Council work").build().toString();
    }

    private static String payment(String reference) {
        return Json.createObjectBuilder().add("date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).toString()).add("method", "BANK_TRANSFER")
                .add("reference", reference).build().toString();
    }

    /** A small real JPEG, Base64. */
    static String jpeg() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject body = Tokens.json(response.body());
        assertFalse(body.getString("message").isBlank());
        assertFalse(response.body().contains("Exception"), response.body());
        return body.getString("error");
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Tokens.json("{\"a\":" + response.body() + "}").getJsonArray("a");
    }

    private static String memberTotals(String ref) throws Exception {
        StringBuilder totals = new StringBuilder();
        try (Connection db = Db.connect(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT state, SUM(amount), COUNT(*) FROM ledger_entry WHERE "
                        + "member_ref = '" + ref + "' GROUP BY state ORDER BY state")) {
            while (rows.next()) {
                totals.append(rows.getString(1)).append('=').append(rows.getString(2)).append('/')
                        .append(rows.getLong(3)).append(';');
            }
        }
        assertFalse(totals.isEmpty(), "the member has entries");
        return totals.toString();
    }

    private static String ledgerOf(long payable) throws Exception {
        return Db.rows("SELECT * FROM ledger_entry WHERE payable_id = " + payable + " ORDER BY id")
                + Db.rows("SELECT * FROM payable WHERE id = " + payable);
    }

    private static String dump(List<String> tables) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            all.append(Db.rows("SELECT * FROM " + table));
        }
        return all.toString();
    }

    /** A Serbian IBAN with a correct mod-97 check. */
    private static String iban(Random random) {
        StringBuilder bban = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            bban.append(random.nextInt(10));
        }
        int check = 98 - new BigInteger(bban + "2728" + "00").mod(BigInteger.valueOf(97)).intValue();
        return String.format("RS%02d%s", check, bban);
    }
}
