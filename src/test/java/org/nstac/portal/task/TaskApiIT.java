package org.nstac.portal.task;

import static org.nstac.portal.it.Api.error;
import static org.nstac.portal.it.Api.array;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Paid tasks over the API against the real stack: pay on the rate card (above it only with a reason, never below),
 * eligibility, the fairness ranking, offers answered without a reason, work logs, review (two reviewers at once book
 * once), and the fairness view reading earnings from the ledger net of reversals. Each test makes its own task and
 * calls it off afterwards, so no test depends on another and members keep their monthly hours free.
 */
@ExtendWith({PortalStack.class, LedgerCheck.class})
class TaskApiIT {

    private static final BigDecimal CARD_HOUR = new BigDecimal("1500.00");

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void callOffTheTasksThisTestMade() throws Exception {
        for (long task : made) {
            send("secretariat", "POST", "/api/tasks/" + task + "/cancellation", null);
        }
    }

    @Test
    void badTermsAreRefusedAndPayIsNeverBelowTheRateCard() throws Exception {
        LocalDate later = today().plusDays(9);
        assertEquals("task.deadline.past", error(send("secretariat", "POST", "/api/tasks",
                task("Past", "4", null, null, today().minusDays(1)))));
        assertEquals("task.hours.invalid", error(send("secretariat", "POST", "/api/tasks",
                task("Negative", "-3", null, null, later))));
        assertEquals("task.currency.unknown", error(send("secretariat", "POST", "/api/tasks",
                with(task("Dollars", "4", null, null, later), "currency", "USD"))));
        assertEquals("task.currency.card", error(send("secretariat", "POST", "/api/tasks",
                with(task("Euros", "4", null, null, later), "currency", "EUR"))), "tasks pay in the card's currency");
        HttpResponse<String> below = send("secretariat", "POST", "/api/tasks", task("Cheap", "4", "100", null, later));
        assertEquals("payment.agreed.belowCard", error(below));
        assertTrue(Tokens.json(below.body()).getString("message").contains("1,500.00 RSD"), below.body());
        assertEquals("task.rate.reasonRequired", error(send("secretariat", "POST", "/api/tasks",
                task("Above, no reason", "4", "2500", null, later))));
        assertEquals("task.rate.reasonRequired", error(send("secretariat", "POST", "/api/tasks",
                task("Above, no real reason", "4", "2500", "x", later))));
        assertEquals(404, send("sunflower", "POST", "/api/tasks", task("Member", "4", null, null, later))
                .statusCode());

        JsonObject card = created(task("At the card", "1", "1500", null, later));
        assertTrue(!card.containsKey("rate") || card.isNull("rate"),
                "the card's own rate is the card: nothing agreed above it");
        assertEquals(0, CARD_HOUR.compareTo(card.getJsonNumber("cardRate").bigDecimalValue()));
        assertEquals(0, CARD_HOUR.compareTo(card.getJsonNumber("unitRate").bigDecimalValue()));
        assertEquals("RSD", card.getString("currency"));
        JsonObject above = created(task("Above the card", "1", "2000",
                "Legal drafting at the rate the ministry pays its own lawyers", later));
        assertEquals(0, new BigDecimal("2000").compareTo(above.getJsonNumber("rate").bigDecimalValue()));
        assertEquals("Legal drafting at the rate the ministry pays its own lawyers", above.getString("rateReason"));
        JsonObject speaking = created(with(task("Speak at the round table", "3", null, null, later), "payBasis",
                "APPEARANCE"));
        assertEquals(0, new BigDecimal("12000").compareTo(speaking.getJsonNumber("unitRate").bigDecimalValue()),
                "an appearance is priced from the card's public speaking line");
        assertEquals("APPEARANCE", speaking.getString("payBasis"));
    }

    @Test
    void suggestionsRankEligibleMembersAndSayWhyTheOthersAreNot() throws Exception {
        long task = make("Suggestions", "1", null, null);
        JsonArray suggestions = array(send("secretariat", "GET", "/api/tasks/" + task + "/suggestions", null).body());
        JsonObject willow = byPseudonym(suggestions, "Willow");
        assertTrue(!willow.containsKey("position") || willow.isNull("position"), "not ranked");
        assertTrue(willow.getJsonArray("ineligible").toString().contains("task.ineligible.MISSING_CONSENT_COUNCIL_WORK"),
                willow.toString());
        JsonObject first = suggestions.getJsonObject(0);
        assertEquals(1, first.getInt("position"));
        assertEquals("task.suggestion.reason", first.getString("reasonKey"));
        assertEquals("RSD", first.getJsonArray("reasonArgs").getString(3), "earnings are counted in one currency");
        assertEquals(404, send("river", "GET", "/api/tasks/" + task + "/suggestions", null).statusCode());

        HttpResponse<String> ineligible = send("secretariat", "POST", "/api/tasks/" + task + "/offers",
                "{\"memberRef\":\"" + willow.getString("memberRef") + "\"}");
        String reason = error(ineligible);
        assertTrue(willow.getJsonArray("ineligible").toString().contains(reason), "one of willow's reasons: " + reason);
    }

    @Test
    void membersAnswerOffersWithoutAReasonAndOnlyTheirOwn() throws Exception {
        long task = make("Answers", "1", null, null);
        long sunflowerOffer = offer(task, "sunflower");
        long riverOffer = offer(task, "river");
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
        assertEquals(0, CARD_HOUR.compareTo(mine.getJsonNumber("rate").bigDecimalValue()),
                "the member sees what an hour pays");
        assertFalse(send("river", "GET", "/api/tasks", null).body().contains("\"offerId\":" + sunflowerOffer + ","),
                "river never sees sunflower's offer");
    }

    @Test
    void theMemberLogsHoursBadHoursAreRefusedAndOthersCannotLog() throws Exception {
        long task = make("Work logs", "1", null, null);
        accept(offer(task, "sunflower"), "sunflower");
        offer(task, "river");
        String path = "/api/tasks/" + task + "/worklogs";
        assertEquals("task.worklog.future", error(send("sunflower", "POST", path,
                log(today().plusDays(2), "2", "Reading"))));
        for (String bad : List.of("1e3", "-2", "0.005", "25", "two")) {
            assertEquals("task.worklog.hours.invalid", error(send("sunflower", "POST", path,
                    log(today(), bad, null))), bad);
        }
        assertEquals("task.worklog.notAccepted", error(send("river", "POST", path, log(today(), "1", null))));
        assertEquals(404, send("lark", "POST", path, log(today(), "1", null)).statusCode());
        assertEquals(201, send("sunflower", "POST", path, log(today(), "1", "Read the by-law")).statusCode());
        assertEquals(201, send("sunflower", "POST", path, log(today(), "0,5", "Wrote comments")).statusCode());
        assertEquals(2, array(send("sunflower", "GET", path, null).body()).size());
        assertEquals(0, array(send("river", "GET", path, null).body()).size(), "river sees none of sunflower's");
        assertEquals(404, send("lark", "GET", path, null).statusCode());
    }

    @Test
    void theWorkIsHandedInWithANoteAndALinkThatTheReviewerReadsAndOnlyAWebLinkIsTaken() throws Exception {
        long task = make("Hand in with a note", "2", null, null);
        accept(offer(task, "sunflower"), "sunflower");
        assertEquals(201, send("sunflower", "POST", "/api/tasks/" + task + "/worklogs", log(today(), "1", "Read it"))
                .statusCode());
        String path = "/api/tasks/" + task + "/submission";
        for (String bad : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>",
                "ftp://files.example.org/x", "https://example.org/a b")) {
            assertEquals("task.handIn.linkInvalid", error(send("sunflower", "POST", path,
                    Json.createObjectBuilder().add("note", "Done").add("link", bad).build().toString())), bad);
        }
        assertEquals("task.handIn.noteTooLong", error(send("sunflower", "POST", path,
                Json.createObjectBuilder().add("note", "n".repeat(1001)).build().toString())));
        assertEquals("task.handIn.invalid", error(send("sunflower", "POST", path, "[\"Done\"]")));
        assertEquals("task.handIn.invalid", error(send("sunflower", "POST", path, "{\"note\": 5}")));
        assertEquals(404, send("river", "POST", path, "{\"note\":\"Not mine\"}").statusCode());
        assertFalse(Tokens.json("{\"a\":" + send("secretariat", "GET", "/api/tasks/" + task + "/offers", null)
                .body() + "}").getJsonArray("a").getJsonObject(0).containsKey("handInNote"), "nothing handed in yet");

        String note = "Comments on articles 3 and 7;\narticle 9 still open.";
        assertEquals(204, send("sunflower", "POST", path, Json.createObjectBuilder().add("note", "  " + note + " ")
                .add("link", "https://docs.example.org/shared/brief-7").build().toString()).statusCode());
        JsonObject offer = Tokens.json("{\"a\":" + send("secretariat", "GET", "/api/tasks/" + task + "/offers", null)
                .body() + "}").getJsonArray("a").getJsonObject(0);
        assertEquals("IN_REVIEW", offer.getString("reviewState"));
        assertEquals(note, offer.getString("handInNote"), "stripped, kept as written");
        assertEquals("https://docs.example.org/shared/brief-7", offer.getString("handInLink"));
        assertEquals("task.submission.already", error(send("sunflower", "POST", path, null)));
    }

    @Test
    void twoReviewersAcceptingAtOnceBookOnceWithTheExtraHoursPaidAndFlagged() throws Exception {
        long task = make("Review the shelter by-law", "4", null, null);
        accept(offer(task, "sunflower"), "sunflower");
        String path = "/api/tasks/" + task + "/worklogs";
        assertEquals(201, send("sunflower", "POST", path, log(today(), "3", "Read the by-law")).statusCode());
        assertEquals(201, send("sunflower", "POST", path, log(today(), "2,5", "Wrote comments")).statusCode());
        assertEquals(204, send("sunflower", "POST", "/api/tasks/" + task + "/submission", null).statusCode());
        String review = "{\"memberRef\":\"" + Db.memberRef("sunflower") + "\",\"decision\":\"ACCEPT\"}";
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
                "5.5 hours at the card's 1500, the 1.5 beyond the estimate included");
        assertTrue(payable.getBoolean("overEstimate"));
        assertEquals(0, new BigDecimal("1.5").compareTo(payable.getJsonNumber("extraHours").bigDecimalValue()));
        assertEquals("ACCRUED", payable.getString("state"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key = 'task-offer:"
                + payable.getJsonNumber("offerId").longValue() + "'"), "one line in the ledger");
    }

    @Test
    void workAgreedAboveTheCardIsPaidAtTheAgreedRateWithItsReason() throws Exception {
        String why = "Interpreting into Romani, which the ministry pays above its standard rate";
        long task = make("Interpret the briefing", "1", "2000", why);
        accept(offer(task, "lark"), "lark");
        assertEquals(201, send("lark", "POST", "/api/tasks/" + task + "/worklogs", log(today(), "1,5", null))
                .statusCode());
        JsonObject payable = finish(task, "lark");
        assertEquals(0, new BigDecimal("3000.00").compareTo(payable.getJsonNumber("amount").bigDecimalValue()),
                "1.5 hours at the agreed 2000");
        assertTrue(Db.text("SELECT description FROM payable WHERE id = " + payable.getJsonNumber("id").longValue())
                .contains(why), "the reason travels with the payment");
    }

    @Test
    void aMembersListOfTasksTakesTheSameQueriesHoweverManyOffersItHolds() throws Exception {
        // The list read each offer's task, hours, booked pay, safety plan and rate card apart: five queries an offer,
        // 4.7 seconds for a member with 120 offers on a busy demo. Now one of each for the whole list.
        workedAndPaid(make("Query count, first", "1", null, null));
        int before = queryCount(send("sunflower", "GET", "/api/tasks", null));
        long paidOffer = workedAndPaid(make("Query count, worked", "1", null, null));
        long openOffer = offer(make("Query count, offered", "1", null, null), "sunflower");
        offer(make("Query count, offered too", "1", null, null), "sunflower");
        HttpResponse<String> after = send("sunflower", "GET", "/api/tasks", null);
        assertEquals(before, queryCount(after), "three offers more, one worked and paid, take no query more");

        JsonObject paid = null;
        JsonObject open = null;
        for (JsonValue v : array(after.body())) {
            long id = ((JsonObject) v).getJsonNumber("offerId").longValue();
            paid = id == paidOffer ? (JsonObject) v : paid;
            open = id == openOffer ? (JsonObject) v : open;
        }
        assertEquals(0, new BigDecimal("3000.00").compareTo(paid.getJsonNumber("pays").bigDecimalValue()),
                "the worked offer shows what the ledger booked: two hours at the card's 1500");
        assertEquals(0, new BigDecimal("2").compareTo(paid.getJsonNumber("hoursLogged").bigDecimalValue()));
        assertEquals("OFFERED", open.getString("offerState"));
        assertEquals(0, CARD_HOUR.compareTo(open.getJsonNumber("pays").bigDecimalValue()),
                "an offer not yet worked shows what its estimate pays on the card");
    }

    /** Sunflower accepts the task, logs two hours and the secretariat accepts the work; returns the offer. */
    private static long workedAndPaid(long task) throws Exception {
        long offer = offer(task, "sunflower");
        accept(offer, "sunflower");
        assertEquals(201, send("sunflower", "POST", "/api/tasks/" + task + "/worklogs", log(today(), "2", null))
                .statusCode());
        finish(task, "sunflower");
        return offer;
    }

    private static int queryCount(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Integer.parseInt(answer.headers().firstValue("X-Query-Count").orElseThrow());
    }

    @Test
    void fairnessReadsEarningsFromTheLedgerPerCurrencyNetOfReversals() throws Exception {
        long task = make("Fairness check " + UUID.randomUUID().toString().substring(0, 6), "1", null, null);
        accept(offer(task, "river"), "river");
        assertEquals(201, send("river", "POST", "/api/tasks/" + task + "/worklogs", log(today(), "1", null))
                .statusCode());
        JsonObject payable = finish(task, "river");
        BigDecimal amount = payable.getJsonNumber("amount").bigDecimalValue();
        BigDecimal before = earnings("River");
        HttpResponse<String> approved = Api.sendKeyed("finance", "POST", "/api/payables/"
                + payable.getJsonNumber("id").longValue() + "/approval", null, "a-" + UUID.randomUUID());
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> reversed = Api.sendKeyed("finance", "POST", "/api/payables/"
                + payable.getJsonNumber("id").longValue() + "/reversal",
                "{\"reason\":\"The work was entered for the wrong member.\"}", "r-" + UUID.randomUUID());
        assertEquals(200, reversed.statusCode(), reversed.body());
        BigDecimal after = earnings("River");
        assertEquals(0, before.subtract(amount).compareTo(after), "a reversed payment earns nothing: " + before
                + " -> " + after);

        JsonObject report = Tokens.json(send("oak", "GET", "/api/fairness?from=" + today().minusMonths(1) + "&to="
                + today(), null).body());
        assertEquals("RSD", report.getString("currency"));
        assertEquals("RSD", byPseudonym(report.getJsonArray("rows"), "River").getString("currency"));
        assertTrue(report.containsKey("giniOffers") && report.containsKey("giniEarnings"));
        assertEquals(404, send("sunflower", "GET", "/api/fairness", null).statusCode());
        assertEquals(404, send("justice", "GET", "/api/fairness", null).statusCode());
    }

    @Test
    void theRankingFollowsOffersThenEarningsSoADeclineNeverLowersIt() throws Exception {
        long declined = make("To decline", "1", null, null);
        long offer = offer(declined, "river");
        assertEquals(200, send("river", "POST", "/api/offers/" + offer + "/decline", null).statusCode());
        long next = make("Prepare a briefing", "1", null, null);
        JsonArray ranked = array(send("secretariat", "GET", "/api/tasks/" + next + "/suggestions", null).body());
        JsonObject river = byPseudonym(ranked, "River");
        assertTrue(river.getJsonArray("reasonArgs").getJsonNumber(0).intValue() >= 1, "the declined offer counts");
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
            if (offers > previousOffers) {
                previousEarnings = BigDecimal.ZERO;
            }
            previousOffers = offers;
            previousEarnings = earnings;
        }
    }

    @Test
    void aTrainingToCoFacilitateIsOfferedOnlyWithItsSafetyPlanWhichTheMemberSeesOnTheOffer() throws Exception {
        long task = created(with(task("Co-facilitate the inspectors' training", "2", null, null,
                today().plusDays(14)), "kind", "CO_FACILITATE_TRAINING")).getJsonNumber("id").longValue();
        JsonObject before = Tokens.json(send("secretariat", "GET", "/api/tasks/" + task, null).body());
        assertTrue(before.getBoolean("safetyPlanRequired"), before.toString());
        assertFalse(before.getBoolean("hasSafetyPlan"));

        HttpResponse<String> refused = send("secretariat", "POST", "/api/tasks/" + task + "/offers",
                "{\"memberRef\":\"" + Db.memberRef("sunflower") + "\"}");
        assertEquals("task.safety.required", error(refused));
        assertTrue(Tokens.json(refused.body()).getString("message").contains("safety plan"), refused.body());
        assertTrue(array(send("sunflower", "GET", "/api/tasks", null).body()).stream().map(JsonObject.class::cast)
                .noneMatch(t -> t.getJsonNumber("taskId").longValue() == task), "nothing reached the member");

        String path = "/api/tasks/" + task + "/safety-plan";
        assertEquals(404, send("secretariat", "GET", path, null).statusCode(), "no plan yet");
        assertEquals("task.safety.contentNotes.required", error(send("secretariat", "PUT", path,
                plan("Duty psychologist", "+381 11 000 0000", null, true, "custodian"))));
        assertEquals("task.safety.pseudonym.required", error(send("secretariat", "PUT", path,
                plan("Duty psychologist", "+381 11 000 0000", "Cases of labour exploitation", false, "custodian"))));
        assertEquals("task.safety.supportLogin.invalid", error(send("secretariat", "PUT", path,
                plan("Duty psychologist", "+381 11 000 0000", "Cases of labour exploitation", true, "not a login"))));
        assertEquals(404, send("sunflower", "PUT", path,
                plan("Duty psychologist", "+381 11 000 0000", "Cases of labour exploitation", true, null))
                .statusCode(), "only the secretariat writes the plan");
        HttpResponse<String> saved = send("secretariat", "PUT", path,
                plan("Duty psychologist", "+381 11 000 0000", "Cases of labour exploitation", true, "custodian"));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject shown = Tokens.json(send("secretariat", "GET", "/api/tasks/" + task, null).body());
        assertTrue(shown.getBoolean("hasSafetyPlan"));
        assertEquals("custodian", shown.getJsonObject("safetyPlan").getString("supportLogin"));

        long offer = offer(task, "sunflower");
        JsonObject onOffer = array(send("sunflower", "GET", "/api/tasks", null).body()).stream()
                .map(JsonObject.class::cast).filter(t -> t.getJsonNumber("offerId").longValue() == offer).findFirst()
                .orElseThrow().getJsonObject("safetyPlan");
        assertEquals("Duty psychologist", onOffer.getString("supportPersonName"), "the member sees it before answering");
        assertEquals("Cases of labour exploitation", onOffer.getString("contentNotes"));
        assertFalse(onOffer.getBoolean("photographsAllowed"));
        assertTrue(onOffer.getBoolean("pseudonymOnly"));
        HttpResponse<String> herResponse = send("sunflower", "GET", "/api/tasks/" + task, null);
        assertEquals(200, herResponse.statusCode(), herResponse.body());
        JsonObject herView = Tokens.json(herResponse.body());
        assertTrue(!herView.getJsonObject("safetyPlan").containsKey("supportLogin")
                || herView.getJsonObject("safetyPlan").isNull("supportLogin"), "a member sees no account");
        assertEquals(404, send("river", "GET", path, null).statusCode(), "not offered to river");
        assertEquals(404, send("river", "GET", "/api/tasks/" + task, null).statusCode());

        HttpResponse<String> asked = send("sunflower", "POST", "/api/me/support-requests",
                "{\"about\":\"TASK\",\"refId\":" + task + ",\"urgency\":\"SOON\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        assertEquals("custodian", Db.text("SELECT reached_login FROM support_request WHERE id = "
                + Tokens.json(asked.body()).getJsonNumber("id").longValue()), "the task's support person");
        assertEquals("care.support.task.notYours", error(send("river", "POST", "/api/me/support-requests",
                "{\"about\":\"TASK\",\"refId\":" + task + ",\"urgency\":\"SOON\"}")));
    }

    @Test
    void aDebriefIsOfferedAfterSensitiveWorkAndTheMemberDeclinesWithoutAReasonWhileNobodyElseSeesIt()
            throws Exception {
        long task = created(with(task("Co-facilitate the social workers' training", "1", null, null,
                today().plusDays(14)), "kind", "CO_FACILITATE_TRAINING")).getJsonNumber("id").longValue();
        assertEquals(200, send("secretariat", "PUT", "/api/tasks/" + task + "/safety-plan",
                plan("Support officer", "In the next room", "Questions about cases in the news", true, "custodian"))
                .statusCode());
        long plain = make("No plan, no debrief", "1", null, null);
        accept(offer(task, "river"), "river");
        accept(offer(plain, "river"), "river");
        assertTrue(debriefs("river").stream().noneMatch(d -> d.getJsonNumber("refId").longValue() == task),
                "nothing before the work is done");
        finish(task, "river");
        finish(plain, "river");

        List<JsonObject> hers = debriefs("river");
        JsonObject debrief = hers.stream().filter(d -> "TASK".equals(d.getString("about"))
                && d.getJsonNumber("refId").longValue() == task).findFirst().orElseThrow(() -> new AssertionError(
                        "no debrief offered: " + hers));
        assertEquals("OFFERED", debrief.getString("state"));
        assertEquals("SUPPORT_PERSON", debrief.getString("with"));
        assertTrue(hers.stream().noneMatch(d -> d.getJsonNumber("refId").longValue() == plain
                && "TASK".equals(d.getString("about"))), "a task without a safety plan offers no debrief");
        long id = debrief.getJsonNumber("id").longValue();
        String decision = "/api/me/debriefs/" + id + "/decision";

        assertEquals(404, send("sunflower", "POST", decision, "{\"accept\":true}").statusCode(), "not hers");
        assertEquals(404, send("secretariat", "POST", decision, "{\"accept\":true}").statusCode(), "not staff's");
        assertTrue(debriefs("sunflower").stream().noneMatch(d -> d.getJsonNumber("id").longValue() == id));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM debrief WHERE id = " + id + " AND state <> 'OFFERED'"),
                "nobody else's answer counted");
        assertEquals("care.debrief.decision.required", error(send("river", "POST", decision, "{}")));

        HttpResponse<String> declined = send("river", "POST", decision, "{\"accept\":false}");
        assertEquals(200, declined.statusCode(), declined.body());
        assertEquals("DECLINED", Tokens.json(declined.body()).getString("state"));
        assertFalse(declined.body().toLowerCase(java.util.Locale.ROOT).contains("reason"), "no reason asked or kept");
        HttpResponse<String> changedMind = send("river", "POST", decision, "{\"accept\":true}");
        assertEquals("ACCEPTED", Tokens.json(changedMind.body()).getString("state"), "a no may become a yes");

        JsonObject export = Tokens.json(send("river", "GET", "/api/me/export", null).body());
        assertTrue(export.getJsonArray("debriefs").stream().map(JsonObject.class::cast)
                .anyMatch(d -> d.getJsonNumber("id").longValue() == id && "ACCEPTED".equals(d.getString("state"))),
                "the debrief is in river's data download");
    }

    private static List<JsonObject> debriefs(String login) throws Exception {
        HttpResponse<String> listed = send(login, "GET", "/api/me/debriefs", null);
        assertEquals(200, listed.statusCode(), listed.body());
        return array(listed.body()).stream().map(JsonObject.class::cast).toList();
    }

    private static String plan(String person, String contact, String notes, boolean pseudonym, String login) {
        var b = Json.createObjectBuilder().add("supportPersonName", person).add("supportContact", contact)
                .add("pseudonymOnly", pseudonym);
        if (notes != null) {
            b.add("contentNotes", notes);
        }
        if (login != null) {
            b.add("supportLogin", login);
        }
        return b.build().toString();
    }

    // ---------------------------------------------------------------- the steps

    private long make(String title, String hours, String rate, String reason) throws Exception {
        return created(task(title, hours, rate, reason, today().plusDays(14))).getJsonNumber("id").longValue();
    }

    private JsonObject created(String body) throws Exception {
        HttpResponse<String> created = send("secretariat", "POST", "/api/tasks", body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject task = Tokens.json(created.body());
        made.add(task.getJsonNumber("id").longValue());
        return task;
    }

    private static long offer(long task, String login) throws Exception {
        HttpResponse<String> offered = send("secretariat", "POST", "/api/tasks/" + task + "/offers",
                "{\"memberRef\":\"" + Db.memberRef(login) + "\"}");
        assertEquals(201, offered.statusCode(), offered.body());
        return Tokens.json(offered.body()).getJsonNumber("id").longValue();
    }

    private static void accept(long offer, String login) throws Exception {
        HttpResponse<String> accepted = send(login, "POST", "/api/offers/" + offer + "/acceptance", null);
        assertEquals(200, accepted.statusCode(), accepted.body());
    }

    /** Hands the work in and has the secretariat accept it; returns the payable the ledger booked. */
    private static JsonObject finish(long task, String login) throws Exception {
        assertEquals(204, send(login, "POST", "/api/tasks/" + task + "/submission", null).statusCode());
        HttpResponse<String> reviewed = send("secretariat", "POST", "/api/tasks/" + task + "/review",
                "{\"memberRef\":\"" + Db.memberRef(login) + "\",\"decision\":\"ACCEPT\"}");
        assertEquals(200, reviewed.statusCode(), reviewed.body());
        return Tokens.json(reviewed.body());
    }

    private static BigDecimal earnings(String pseudonym) throws Exception {
        JsonObject report = Tokens.json(send("secretariat", "GET", "/api/fairness?from=" + today().minusMonths(1)
                + "&to=" + today(), null).body());
        return byPseudonym(report.getJsonArray("rows"), pseudonym).getJsonNumber("earnings").bigDecimalValue();
    }

    private static LocalDate today() throws Exception {
        return PortalTime.today();
    }

    static String task(String title, String hours, String rate, String reason, LocalDate deadline) {
        var b = Json.createObjectBuilder().add("title", title).add("outcome", "Written comments on every article.")
                .add("kind", "REVIEW_DRAFT").add("estimatedHours", new BigDecimal(hours)).add("payBasis", "HOURLY")
                .add("deadline", deadline.toString());
        if (rate != null) {
            b.add("rate", new BigDecimal(rate));
        }
        if (reason != null) {
            b.add("rateReason", reason);
        }
        return b.build().toString();
    }

    private static String with(String body, String field, String value) {
        return Json.createObjectBuilder(Tokens.json(body)).add(field, value).build().toString();
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

    private static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return Api.send(user, method, path, body);
    }
}
