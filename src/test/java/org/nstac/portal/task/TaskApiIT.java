package org.nstac.portal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/**
 * Paid tasks over the API against the real stack: eligibility, the fairness ranking, offers answered without a
 * reason, work logs, review (two reviewers at once make one payable), and the fairness view.
 */
@ExtendWith({PortalStack.class, org.nstac.portal.it.LedgerCheck.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskApiIT {

    private static long task;
    private static long sunflowerOffer;
    private static long riverOffer;

    @Test
    @Order(1)
    void theSecretariatCreatesATaskAndBadTermsAreRefused() throws Exception {
        assertEquals("task.deadline.past", error(send("secretariat", "POST", "/api/tasks",
                task("Past", "4", "1500", LocalDate.now().minusDays(1)))));
        assertEquals("task.hours.invalid", error(send("secretariat", "POST", "/api/tasks",
                task("Negative", "-3", "1500", LocalDate.now().plusDays(9)))));
        assertEquals("task.currency.unknown", error(send("secretariat", "POST", "/api/tasks",
                Json.createObjectBuilder(Tokens.json(task("Dollars", "4", "1500", LocalDate.now().plusDays(9))))
                        .add("currency", "USD").build().toString())));
        assertEquals(404, send("sunflower", "POST", "/api/tasks", task("Member", "4", "1500",
                LocalDate.now().plusDays(9))).statusCode());
        HttpResponse<String> created = send("secretariat", "POST", "/api/tasks",
                task("Review the shelter by-law", "4", "1500", LocalDate.now().plusDays(14)));
        assertEquals(201, created.statusCode(), created.body());
        task = Tokens.json(created.body()).getJsonNumber("id").longValue();
    }

    @Test
    @Order(2)
    void suggestionsRankEligibleMembersAndSayWhyTheOthersAreNot() throws Exception {
        JsonArray suggestions = array(send("secretariat", "GET", "/api/tasks/" + task + "/suggestions", null).body());
        JsonObject willow = byPseudonym(suggestions, "Willow");
        assertTrue(!willow.containsKey("position") || willow.isNull("position"), "not ranked");
        assertTrue(willow.getJsonArray("ineligible").toString().contains("task.ineligible.MISSING_CONSENT_COUNCIL_WORK"),
                willow.toString());
        JsonObject first = suggestions.getJsonObject(0);
        assertEquals(1, first.getInt("position"));
        assertEquals("task.suggestion.reason", first.getString("reasonKey"));
        assertEquals(404, send("river", "GET", "/api/tasks/" + task + "/suggestions", null).statusCode());

        HttpResponse<String> ineligible = send("secretariat", "POST", "/api/tasks/" + task + "/offers",
                "{\"memberRef\":\"" + willow.getString("memberRef") + "\"}");
        String reason = error(ineligible);
        assertTrue(willow.getJsonArray("ineligible").toString().contains(reason), "one of willow's reasons: " + reason);
    }

    @Test
    @Order(3)
    void membersAnswerOffersWithoutAReasonAndOnlyTheirOwn() throws Exception {
        JsonArray suggestions = array(send("secretariat", "GET", "/api/tasks/" + task + "/suggestions", null).body());
        sunflowerOffer = offer(byPseudonym(suggestions, "Sunflower").getString("memberRef"));
        riverOffer = offer(byPseudonym(suggestions, "River").getString("memberRef"));
        assertEquals(404, send("river", "POST", "/api/offers/" + sunflowerOffer + "/acceptance", null).statusCode(),
                "not river's offer");
        assertEquals(200, send("river", "POST", "/api/offers/" + riverOffer + "/decline", null).statusCode());
        assertEquals(200, send("sunflower", "POST", "/api/offers/" + sunflowerOffer + "/acceptance", null)
                .statusCode());
        assertEquals("task.offer.notAllowed", error(send("river", "POST", "/api/offers/" + riverOffer + "/acceptance",
                null)), "a declined offer stays declined");
        JsonObject mine = null;
        for (JsonValue v : array(send("river", "GET", "/api/tasks", null).body())) {
            if (((JsonObject) v).getJsonNumber("offerId").longValue() == riverOffer) {
                mine = (JsonObject) v;
            }
        }
        assertEquals("DECLINED", mine.getString("offerState"));
        assertFalse(send("river", "GET", "/api/tasks", null).body().contains("\"offerId\":" + sunflowerOffer + ","),
                "river never sees sunflower's offer");
    }

    @Test
    @Order(4)
    void theMemberLogsHoursBadHoursAreRefusedAndOthersCannotLog() throws Exception {
        String path = "/api/tasks/" + task + "/worklogs";
        assertEquals("task.worklog.future", error(send("sunflower", "POST", path,
                log(LocalDate.now().plusDays(2), "2", "Reading"))));
        for (String bad : List.of("1e3", "-2", "0.005", "25", "two")) {
            assertEquals("task.worklog.hours.invalid", error(send("sunflower", "POST", path,
                    log(LocalDate.now(), bad, null))), bad);
        }
        assertEquals("task.worklog.notAccepted", error(send("river", "POST", path, log(LocalDate.now(), "1", null))));
        assertEquals(404, send("lark", "POST", path, log(LocalDate.now(), "1", null)).statusCode());
        assertEquals(201, send("sunflower", "POST", path, log(LocalDate.now(), "3", "Read the by-law")).statusCode());
        assertEquals(201, send("sunflower", "POST", path, log(LocalDate.now(), "2,5", "Wrote comments"))
                .statusCode());
        assertEquals(2, array(send("sunflower", "GET", path, null).body()).size());
        assertEquals(0, array(send("river", "GET", path, null).body()).size(), "river sees none of sunflower's");
        assertEquals(404, send("lark", "GET", path, null).statusCode());
    }

    @Test
    @Order(5)
    void twoReviewersAcceptingAtOnceCreateOnePayableWithTheExtraHoursPaidAndFlagged() throws Exception {
        assertEquals(204, send("sunflower", "POST", "/api/tasks/" + task + "/submission", null).statusCode());
        String sunflowerRef = memberRef("sunflower");
        String review = "{\"memberRef\":\"" + sunflowerRef + "\",\"decision\":\"ACCEPT\"}";
        List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
        for (String reviewer : List.of("secretariat", "custodian")) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return send(reviewer, "POST", "/api/tasks/" + task + "/review", review);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (var f : both) {
            assertEquals(200, f.get().statusCode(), f.get().body());
        }
        JsonArray payables = array(send("secretariat", "GET", "/api/tasks/" + task + "/payables", null).body());
        assertEquals(1, payables.size(), "one payable");
        JsonObject payable = payables.getJsonObject(0);
        assertEquals(0, new BigDecimal("8250.00").compareTo(payable.getJsonNumber("amount").bigDecimalValue()),
                "5.5 hours at 1500, the 1.5 beyond the estimate included");
        assertTrue(payable.getBoolean("overEstimate"));
        assertEquals(0, new BigDecimal("1.5").compareTo(payable.getJsonNumber("extraHours").bigDecimalValue()));
    }

    @Test
    @Order(6)
    void theFairnessViewCountsOffersAndEarningsAndADeclineNeverLowersARank() throws Exception {
        JsonObject report = Tokens.json(send("oak", "GET", "/api/fairness?from=" + LocalDate.now().minusMonths(1)
                + "&to=" + LocalDate.now(), null).body());
        JsonObject sunflower = byPseudonym(report.getJsonArray("rows"), "Sunflower");
        assertTrue(sunflower.getJsonNumber("earnings").bigDecimalValue().compareTo(new BigDecimal("8250")) >= 0);
        assertTrue(sunflower.getInt("offers") >= 1);
        assertTrue(report.containsKey("giniOffers") && report.containsKey("giniEarnings"));
        assertEquals(404, send("sunflower", "GET", "/api/fairness", null).statusCode());
        assertEquals(404, send("justice", "GET", "/api/fairness", null).statusCode());

        HttpResponse<String> next = send("secretariat", "POST", "/api/tasks",
                task("Prepare a briefing", "2", "1500", LocalDate.now().plusDays(20)));
        long second = Tokens.json(next.body()).getJsonNumber("id").longValue();
        JsonArray ranked = array(send("secretariat", "GET", "/api/tasks/" + second + "/suggestions", null).body());
        JsonObject river = byPseudonym(ranked, "River");
        assertTrue(river.getJsonArray("reasonArgs").getJsonNumber(0).intValue() >= 1, "the declined offer counts");
        // The ranking follows offers received, then earnings: never answers, so a decline cannot push anyone down.
        int previousOffers = -1;
        BigDecimal previousEarnings = BigDecimal.ZERO;
        for (JsonValue v : ranked) {
            JsonObject s = (JsonObject) v;
            if (!s.containsKey("position") || s.isNull("position")) {
                continue;
            }
            int offers = s.getJsonArray("reasonArgs").getJsonNumber(0).intValue();
            BigDecimal earnings = s.getJsonArray("reasonArgs").getJsonNumber(1).bigDecimalValue();
            assertTrue(offers > previousOffers || offers == previousOffers && earnings.compareTo(previousEarnings) >= 0,
                    "ranked by offers, then earnings: " + ranked);
            previousOffers = offers;
            previousEarnings = earnings;
        }
    }

    private static long offer(String memberRef) throws Exception {
        HttpResponse<String> offered = send("secretariat", "POST", "/api/tasks/" + task + "/offers",
                "{\"memberRef\":\"" + memberRef + "\"}");
        assertEquals(201, offered.statusCode(), offered.body());
        return Tokens.json(offered.body()).getJsonNumber("id").longValue();
    }

    private static String memberRef(String login) throws Exception {
        var stack = PortalStack.stack();
        try (var db = java.sql.DriverManager.getConnection(stack.database().jdbcUrl(), "portal",
                stack.database().password()); var q = db.prepareStatement("SELECT ref FROM member WHERE login = ?")) {
            q.setString(1, login);
            try (var row = q.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    static String task(String title, String hours, String rate, LocalDate deadline) {
        return "{\"title\":\"" + title + "\",\"outcome\":\"Written comments on every article.\","
                + "\"kind\":\"REVIEW_DRAFT\",\"estimatedHours\":" + hours + ",\"payBasis\":\"HOURLY\",\"rate\":" + rate
                + ",\"currency\":\"RSD\",\"deadline\":\"" + deadline + "\"}";
    }

    private static String log(LocalDate date, String hours, String note) {
        var b = Json.createObjectBuilder().add("date", date.toString()).add("hours", hours);
        if (note != null) {
            b.add("note", note);
        }
        return b.build().toString();
    }

    private static JsonObject byPseudonym(JsonArray rows, String pseudonym) {
        for (JsonValue v : rows) {
            if (pseudonym.equals(((JsonObject) v).getString("pseudonym", ""))) {
                return (JsonObject) v;
            }
        }
        throw new AssertionError(pseudonym + " not in " + rows);
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Tokens.json(response.body()).getString("error");
    }

    private static JsonArray array(String body) {
        return Tokens.json("{\"a\":" + body + "}").getJsonArray("a");
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return Api.send(user, method, path, body);
    }
}
