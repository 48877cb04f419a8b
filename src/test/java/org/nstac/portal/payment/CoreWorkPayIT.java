package org.nstac.portal.payment;

import static org.nstac.portal.it.Api.error;
import static org.nstac.portal.it.Api.array;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * The council's core work paid through the ledger, over the API against the real stack: monthly stipends booked once a
 * month has ended (once, however often and wherever the job runs), prorated for a pause; lost earnings capped by the
 * card with no payslip; who funds each payable, and a ministry's totals without a member in them.
 */
@ExtendWith({PortalStack.class, PortalTime.class, LedgerCheck.class})
class CoreWorkPayIT {

    private static final BigDecimal CARD_STIPEND = new BigDecimal("30000.00");
    private static final BigDecimal CARD_LOST_DAY = new BigDecimal("6000.00");

    @Test
    void aStipendIsBookedOnceForItsMonthProratedForAPause() throws Exception {
        String lark = Db.memberRef("lark");
        // Start on the first day of next month, so that the whole month lies ahead.
        LocalDate today = PortalTime.today();
        LocalDate first = today.withDayOfMonth(1).plusMonths(1);
        // To ten in the morning of that day in the council's zone, whatever the hour the test runs at.
        PortalTime.moveBy(Duration.between(PortalTime.now(),
                first.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Belgrade")).toInstant()));
        assertEquals(first, PortalTime.today());
        YearMonth month = YearMonth.from(first);

        assertEquals(404, Api.send("sunflower", "POST", "/api/stipends", stipend(lark, month, month, null, null))
                .statusCode(), "a member assigns nothing");
        assertEquals("payment.agreed.belowCard", error(Api.send("secretariat", "POST", "/api/stipends",
                stipend(lark, month, month, "1000", "A small token for the month of the report."))));
        assertEquals("payment.agreed.reasonRequired", error(Api.send("secretariat", "POST", "/api/stipends",
                stipend(lark, month, month, "35000", null))));
        assertEquals("payment.stipend.month.invalid", error(Api.send("secretariat", "POST", "/api/stipends",
                "{\"memberRef\":\"" + lark + "\",\"role\":\"CHAIR\",\"from\":\"November\"}")));
        assertEquals("payment.stipend.period", error(Api.send("secretariat", "POST", "/api/stipends",
                stipend(lark, month, month.minusMonths(1), null, null))));
        HttpResponse<String> assigned = Api.send("secretariat", "POST", "/api/stipends",
                stipend(lark, month, month, null, null));
        assertEquals(201, assigned.statusCode(), assigned.body());
        JsonObject s = Tokens.json(assigned.body());
        long id = s.getJsonNumber("id").longValue();
        assertEquals(0, CARD_STIPEND.compareTo(s.getJsonNumber("amount").bigDecimalValue()), "the card's amount");
        assertEquals("Lark", s.getString("pseudonym"));
        assertEquals("payment.stipend.overlap", error(Api.send("secretariat", "POST", "/api/stipends",
                stipend(lark, month, null, null, null))), "one stipend for a member's month");
        assertTrue(Api.send("lark", "GET", "/api/stipends", null).body().contains("\"id\":" + id),
                "the member reads their own stipend");
        assertFalse(Api.send("river", "GET", "/api/stipends", null).body().contains("\"id\":" + id),
                "and nobody else's");

        // Lark pauses for the first ten days of the month, then the month ends.
        try {
            HttpResponse<String> paused = Api.send("lark", "POST", "/api/me/pause",
                    "{\"until\":\"" + first.plusDays(9) + "\"}");
            assertEquals(200, paused.statusCode(), paused.body());
            assertEquals("payment.stipend.memberNotTakingPart", error(Api.send("secretariat", "POST",
                    "/api/stipends", stipend(lark, month.plusMonths(2), null, null, null))),
                    "no stipend for a paused member");
            PortalTime.moveBy(Duration.ofDays(month.lengthOfMonth() + 2L));
            // Two nodes running the job at the same moment, then again after a restart: one payable.
            List<CompletableFuture<Integer>> both = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                both.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return PortalTime.runJob("stipends");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (CompletableFuture<Integer> run : both) {
                run.get();
            }
            PortalTime.runJob("stipends");
            String key = "stipend:" + id + ":" + month;
            assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key = '" + key + "'"));
            int days = month.lengthOfMonth() - 10;
            BigDecimal expected = CARD_STIPEND.multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
            assertEquals(0, expected.compareTo(new BigDecimal(Db.text("SELECT amount FROM payable WHERE source_key = '"
                    + key + "'"))), "paid for " + days + " of " + month.lengthOfMonth() + " days");
            assertEquals("MONTHLY_STIPEND", Db.text("SELECT activity FROM payable WHERE source_key = '" + key + "'"));
            assertEquals(0, Db.number("SELECT COUNT(*) FROM payable WHERE source_key LIKE 'stipend:" + id + ":%' AND "
                    + "source_key <> '" + key + "'"), "no month after the last one");
            JsonArray statement = array(Api.send("lark", "GET", "/api/payables", null).body());
            assertTrue(statement.toString().contains("MONTHLY_STIPEND"), "the member sees it: " + statement);
        } finally {
            Api.send("lark", "DELETE", "/api/me/pause", null);
        }
        JsonObject ended = Tokens.json(Api.send("secretariat", "DELETE", "/api/stipends/" + id, null).body());
        assertTrue(ended.getBoolean("ended"));

        // The next month at an amount agreed above the card: money with its currency, kept and paid as agreed.
        YearMonth next = YearMonth.from(PortalTime.today());
        String why = "Chairs the working group on the new law this month.";
        assertEquals("payment.money.tooManyDecimals", error(Api.send("secretariat", "POST", "/api/stipends",
                stipend(lark, next, next, "35000.555", why))), "a fraction of a para is refused, not rounded");
        HttpResponse<String> agreed = Api.send("secretariat", "POST", "/api/stipends",
                stipend(lark, next, next, "35000", why));
        assertEquals(201, agreed.statusCode(), agreed.body());
        JsonObject a = Tokens.json(agreed.body());
        long agreedId = a.getJsonNumber("id").longValue();
        assertEquals(List.of("35000.00", "RSD", "30000.00", "RSD"), List.of(
                a.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString(), a.getString("currency"),
                a.getJsonNumber("cardAmount").bigDecimalValue().setScale(2).toPlainString(),
                a.getString("cardCurrency")), "the month's amount and the card's, each with its currency");
        assertEquals("35000.00 RSD", Db.text("SELECT CONCAT(amount, ' ', currency) FROM stipend WHERE id = "
                + agreedId), "the amount is stored with its currency");
        PortalTime.moveBy(Duration.ofDays(next.lengthOfMonth() + 1L));
        PortalTime.runJob("stipends");
        String agreedKey = "stipend:" + agreedId + ":" + next;
        assertEquals("35000.00 RSD", Db.text("SELECT CONCAT(amount, ' ', currency) FROM payable WHERE source_key = '"
                + agreedKey + "'"), "a whole month at the agreed amount, in its currency");
        assertTrue(Db.text("SELECT description FROM payable WHERE source_key = '" + agreedKey + "'").contains(why),
                "the statement says why it pays more than the card");
        assertTrue(Tokens.json(Api.send("secretariat", "DELETE", "/api/stipends/" + agreedId, null).body())
                .getBoolean("ended"));
    }

    @Test
    void lostEarningsAreCappedByTheCardAndNeedNoPayslip() throws Exception {
        String path = "/api/me/expense-claims";
        LocalDate day = PortalTime.today().minusDays(3);
        assertEquals("payment.lostEarnings.attestationRequired", error(Api.sendKeyed("sunflower", "POST", path,
                lost(day, "1", null, false), key())));
        for (String bad : List.of("0", "0.25", "5.5")) {
            assertEquals("payment.lostEarnings.days.invalid", error(Api.sendKeyed("sunflower", "POST", path,
                    lost(day, bad, null, true), key())), bad);
        }
        HttpResponse<String> over = Api.sendKeyed("sunflower", "POST", path, lost(day, "1.5", "9000.01", true), key());
        assertEquals("payment.lostEarnings.overCap", error(over));
        assertTrue(Tokens.json(over.body()).getString("message").contains("9,000.00"), over.body());

        HttpResponse<String> capped = Api.sendKeyed("sunflower", "POST", path, lost(day, "1.5", null, true), key());
        assertEquals(201, capped.statusCode(), capped.body());
        JsonObject payable = Tokens.json(capped.body());
        assertEquals("LOST_EARNINGS_DAY", payable.getString("activity"));
        assertEquals("LOST_EARNINGS", payable.getString("expenseKind"));
        assertEquals(0, CARD_LOST_DAY.multiply(new BigDecimal("1.5")).compareTo(new BigDecimal(
                payable.getString("amount"))), "a day and a half at the card's daily amount");
        assertEquals("COUNCIL_BUDGET", payable.getString("funder"));

        HttpResponse<String> less = Api.sendKeyed("sunflower", "POST", path, lost(day, "1", "4500", true), key());
        assertEquals(201, less.statusCode(), less.body());
        long id = Tokens.json(less.body()).getJsonNumber("id").longValue();
        assertEquals("4500.00", Tokens.json(less.body()).getString("amount"), "what was lost, under the cap");
        HttpResponse<String> approved = Api.sendKeyed("finance", "POST", "/api/payables/" + id + "/approval", null,
                key());
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", Tokens.json(approved.body()).getString("state"), "approved like any claim");
    }

    @Test
    void everyPayableHasAFunderAndAMinistrySeesOnlyTheTotalsItFunded() throws Exception {
        String river = Db.memberRef("river");
        String entry = "{\"memberRef\":\"" + river + "\",\"activity\":\"PUBLIC_SPEAKING\",\"quantity\":\"1\","
                + "\"workDate\":\"" + PortalTime.today() + "\",\"description\":\"Panel on the draft\","
                + "\"funder\":\"MINISTRY\",\"funderCode\":\"justice\"}";
        assertEquals("payment.funder.codeRequired", error(Api.sendKeyed("finance", "POST", "/api/payables",
                entry.replace("\"funderCode\":\"justice\"", "\"funderCode\":\"\""), key())));
        assertEquals("payment.funder.unknown", error(Api.sendKeyed("finance", "POST", "/api/payables",
                entry.replace("\"MINISTRY\"", "\"BANK\""), key())));
        HttpResponse<String> created = Api.sendKeyed("finance", "POST", "/api/payables", entry, key());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject payable = Tokens.json(created.body());
        assertEquals("MINISTRY", payable.getString("funder"));
        assertEquals("justice", payable.getString("funderCode"));

        BigDecimal booked = new BigDecimal(Db.text("SELECT COALESCE(SUM(amount), 0) FROM payable WHERE funder = "
                + "'MINISTRY' AND funder_code = 'justice' AND YEAR(period) = " + PortalTime.today().getYear()));
        HttpResponse<String> seen = Api.send("justice", "GET", "/api/payment-reports/funded", null);
        assertEquals(200, seen.statusCode(), seen.body());
        JsonObject funded = Tokens.json(seen.body());
        assertEquals("justice", funded.getString("code"));
        BigDecimal total = BigDecimal.ZERO;
        for (JsonValue t : funded.getJsonArray("overall")) {
            total = total.add(new BigDecimal(((JsonObject) t).getString("accrued")));
        }
        assertEquals(0, booked.compareTo(total), "the totals match the payables: " + funded);
        assertTrue(funded.getJsonArray("byActivity").toString().contains("PUBLIC_SPEAKING"));
        assertFalse(seen.body().contains(river) || seen.body().contains("River"), "never a member: " + seen.body());

        JsonObject labour = Tokens.json(Api.send("labour", "GET", "/api/payment-reports/funded", null).body());
        assertEquals("labour", labour.getString("code"), "another ministry sees its own, not justice's");
        assertFalse(labour.toString().contains("justice"));
        assertEquals(404, Api.send("river", "GET", "/api/payment-reports/funded", null).statusCode());
        JsonObject asFinance = Tokens.json(Api.send("finance", "GET",
                "/api/payment-reports/funded?funder=MINISTRY&code=justice", null).body());
        assertEquals(funded.getJsonArray("overall"), asFinance.getJsonArray("overall"));

        HttpResponse<String> csv = Api.send("finance", "GET", "/api/payment-reports/totals?format=csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("MINISTRY justice"), "the CSV totals by funder");
    }

    @Test
    void aMemberWhoTookPartClaimsThePaidPreparationOnceAndAnotherPersonApprovesIt() throws Exception {
        var draft = draft("Paid preparation " + UUID.randomUUID().toString().substring(0, 6));
        HttpResponse<String> created = Api.send("justice", "POST", "/api/consultations", jakarta.json.Json
                .createObjectBuilder(draft).add("paidPreparationHours", 3).add("ministryPays", true).build()
                .toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject consultation = Tokens.json(created.body());
        long id = consultation.getJsonNumber("id").longValue();
        assertEquals(0, new BigDecimal("3").compareTo(consultation.getJsonNumber("paidPreparationHours")
                .bigDecimalValue()), "the consultation states what taking part pays");
        assertEquals(200, Api.send("justice", "POST", "/api/consultations/" + id + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        String claims = "/api/consultations/" + id + "/preparation-claims";
        JsonObject before = Tokens.json(Api.send("sunflower", "GET", claims, null).body());
        assertFalse(before.getBoolean("tookPart"));
        assertEquals(0, new BigDecimal("1500").compareTo(before.getJsonNumber("hourRate").bigDecimalValue()),
                "shown before the member starts, at the card's preparation rate");
        assertEquals("consultation.claim.notTakenPart", error(Api.send("sunflower", "POST", claims,
                "{\"hours\":\"2\"}")), "no claim before taking part");

        HttpResponse<String> comment = Api.send("sunflower", "POST", "/api/consultations/" + id + "/comments",
                "{\"body\":\"Interpreters must be there from the first interview.\",\"attribution\":\"COUNCIL\"}");
        assertEquals(201, comment.statusCode(), comment.body());
        assertEquals("consultation.claim.hours.invalid", error(Api.send("sunflower", "POST", claims,
                "{\"hours\":\"3.5\"}")), "over the cap");
        assertEquals("consultation.claim.hours.invalid", error(Api.send("sunflower", "POST", claims,
                "{\"hours\":\"1.25\"}")), "half hours only");
        HttpResponse<String> claimed = Api.send("sunflower", "POST", claims, "{\"hours\":\"2\"}");
        assertEquals(201, claimed.statusCode(), claimed.body());
        long payable = Tokens.json(claimed.body()).getJsonNumber("payableId").longValue();
        assertEquals("3000.00", Tokens.json(claimed.body()).getJsonNumber("amount").bigDecimalValue()
                .setScale(2).toPlainString(), "2 of 3 paid hours at 1500");
        assertEquals("consultation.claim.already", error(Api.send("sunflower", "POST", claims,
                "{\"hours\":\"1\"}")), "once");
        assertEquals("consultation.claim.notTakenPart", error(Api.send("lark", "POST", claims,
                "{\"hours\":\"1\"}")), "lark did not take part");
        assertEquals(404, Api.send("justice", "POST", claims, "{\"hours\":\"1\"}").statusCode());

        JsonObject booked = Tokens.json(Api.send("finance", "GET", "/api/payables/" + payable, null).body());
        assertEquals("PREPARATION_HOUR", booked.getString("activity"));
        assertEquals("MINISTRY", booked.getString("funder"), "the ministry pays, as the consultation says");
        assertEquals("justice", booked.getString("funderCode"));
        assertEquals(404, Api.sendKeyed("sunflower", "POST", "/api/payables/" + payable + "/approval", null, key())
                .statusCode(), "the member does not approve her own claim");
        HttpResponse<String> approved = Api.sendKeyed("finance", "POST", "/api/payables/" + payable + "/approval",
                null, key());
        assertEquals(200, approved.statusCode(), approved.body());
        JsonArray statement = array(Api.send("sunflower", "GET", "/api/payables", null).body());
        assertTrue(statement.toString().contains("\"id\":" + payable), "on the member's statement");
        JsonObject after = Tokens.json(Api.send("sunflower", "GET", claims, null).body());
        assertEquals("APPROVED", after.getJsonArray("claims").getJsonObject(0).getString("state"));
    }

    /** A draft of one section that opens tomorrow (the ministry opens it at once) and closes in ten days. */
    private static JsonObject draft(String title) {
        java.time.Instant now = java.time.Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return jakarta.json.Json.createObjectBuilder().add("title", title).add("summary", "What the draft changes.")
                .add("opensAt", now.plus(Duration.ofDays(1)).toString())
                .add("closesAt", now.plus(Duration.ofDays(10)).toString())
                .add("answersDueAt", now.plus(Duration.ofDays(30)).toString())
                .add("contentNotes", jakarta.json.Json.createArrayBuilder())
                .add("sections", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("heading", "Article 1").add("text", "Text of article 1.")
                        .add("contentNotes", jakarta.json.Json.createArrayBuilder()))).build();
    }

    private static String stipend(String memberRef, YearMonth from, YearMonth to, String amount, String reason) {
        var b = jakarta.json.Json.createObjectBuilder().add("memberRef", memberRef).add("role", "WORKING_GROUP_LEAD")
                .add("from", from.toString());
        if (to != null) {
            b.add("to", to.toString());
        }
        if (amount != null) {
            b.add("amount", new BigDecimal(amount));
        }
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build().toString();
    }

    private static String lost(LocalDate day, String days, String amount, boolean attested) {
        var b = jakarta.json.Json.createObjectBuilder().add("kind", "LOST_EARNINGS").add("date", day.toString())
                .add("days", days).add("attested", attested).add("description", "A day off the market stall");
        if (amount != null) {
            b.add("amount", amount).add("currency", "RSD");
        }
        return b.build().toString();
    }

    private static String key() {
        return "k-" + UUID.randomUUID();
    }
}
