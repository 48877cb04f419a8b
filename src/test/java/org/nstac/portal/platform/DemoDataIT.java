package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/**
 * What each role finds of the council's core work on a fresh stack with the demo data, over the API: members an open
 * consultation with comments under every attribution and its paid preparation; the ministry the answers it still owes
 * and nothing internal to the council; observers the published report of a closed one; finance a lost-earnings claim.
 * Reads only, so it holds whatever other tests add.
 */
@ExtendWith(PortalStack.class)
class DemoDataIT {

    private static final String OPEN = "Draft Law on Taking Part Safely in Court Proceedings (demo text)";
    private static final String CLOSED = "Draft Amendments to the Law on Employment Agencies (demo text)";

    @Test
    void membersFindAnOpenPaidConsultationWithCommentsUnderEveryAttribution() throws Exception {
        JsonObject open = titled("sunflower", OPEN);
        assertEquals("OPEN", open.getString("phase"));
        assertEquals("justice", open.getString("ministry"));
        assertEquals(0, new BigDecimal("3").compareTo(open.getJsonNumber("paidPreparationHours").bigDecimalValue()));
        assertTrue(open.getBoolean("ministryPays"), open.toString());
        long id = open.getJsonNumber("id").longValue();
        assertEquals(4, array(Api.send("sunflower", "GET", "/api/consultations/" + id + "/sections", null)).size());

        JsonArray comments = comments("sunflower", id);
        Set<String> attributions = comments.stream().map(c -> c.asJsonObject().getString("attribution"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("PSEUDONYM", "COUNCIL", "INTERNAL"), attributions, comments.toString());
        assertTrue(comments.stream().anyMatch(c -> present(c, "parentId")), "a reply");
        assertTrue(comments.stream().anyMatch(c -> present(c, "answer")), "some answered");
        assertTrue(comments.stream().anyMatch(c -> !present(c, "answer")
                && !"INTERNAL".equals(c.asJsonObject().getString("attribution"))), "some still wait");
        assertTrue(comments.stream().anyMatch(c -> c.asJsonObject().getBoolean("mine")), "sunflower's own");
        assertTrue(comments.toString().contains("Oak"), "the council reads the chair's pseudonym");

        JsonObject pay = Tokens.json(Api.send("sunflower", "GET", "/api/consultations/" + id
                + "/preparation-claims", null).body());
        assertTrue(pay.getBoolean("tookPart"), "sunflower commented, so she may claim: " + pay);
        assertEquals(0, new BigDecimal("3").compareTo(pay.getJsonNumber("paidPreparationHours").bigDecimalValue()));

        JsonObject willow = titled("willow", OPEN);
        assertFalse(Tokens.json(Api.send("willow", "GET", "/api/consultations/" + willow.getJsonNumber("id")
                + "/preparation-claims", null).body()).getBoolean("tookPart"), "willow has not taken part");
    }

    @Test
    void theMinistryFindsTheAnswersItOwesAndNothingInternal() throws Exception {
        JsonObject open = titled("justice", OPEN);
        long id = open.getJsonNumber("id").longValue();
        JsonArray waiting = array(Api.send("justice", "GET", "/api/consultations/" + id + "/comments?unanswered=true",
                null), "comments");
        assertFalse(waiting.isEmpty(), "answers waiting");
        assertEquals(waiting.size(), open.getJsonNumber("unansweredComments").longValue(), open.toString());
        JsonArray all = comments("justice", id);
        for (JsonValue v : all) {
            assertFalse("INTERNAL".equals(v.asJsonObject().getString("attribution")), "never internal: " + all);
        }
        assertFalse(all.toString().contains("Oak"), "the chair wrote internally only");
        JsonObject answered = all.stream().map(JsonValue::asJsonObject).filter(c -> present(c, "answer")
                && !"ACCEPTED".equals(c.getJsonObject("answer").getString("disposition"))).findFirst().orElseThrow();
        assertFalse(answered.getJsonObject("answer").getString("reason").isBlank(), "a reason with the disposition");

        assertTrue(array(Api.send("labour", "GET", "/api/consultations", null)).stream()
                .noneMatch(c -> OPEN.equals(c.asJsonObject().getString("title"))), "another ministry's draft? no");
    }

    @Test
    void observersReadThePublishedReportOfTheClosedOne() throws Exception {
        JsonObject closed = titled("observer", CLOSED);
        assertEquals("REPORT_PUBLISHED", closed.getString("phase"));
        assertEquals("labour", closed.getString("ministry"));
        long id = closed.getJsonNumber("id").longValue();
        HttpResponse<String> csv = Api.send("observer", "GET", "/api/consultations/" + id + "/report.csv", null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("deposits, training costs and housing charges"), "the answers: " + csv.body());
        assertFalse(csv.body().contains("plain-language contract template"), "nothing internal in the report");
        assertEquals(200, Api.send("observer", "GET", "/api/consultations/" + id + "/report.pdf", null).statusCode());
        for (JsonValue v : comments("observer", id)) {
            assertTrue(present(v, "answer"), "every comment answered: " + v);
        }
        assertEquals(200, Api.send("labour", "GET", "/api/consultations/" + id + "/report.csv", null).statusCode());
        JsonObject openForObserver = titled("observer", OPEN);
        assertEquals(0, Tokens.json(Api.send("observer", "GET", "/api/consultations/" + openForObserver
                .getJsonNumber("id") + "/comments", null).body()).getJsonNumber("total").longValue(),
                "no comments before the report");
    }

    @Test
    void aLostEarningsClaimIsThere() throws Exception {
        JsonArray claims = array(Api.send("river", "GET", "/api/me/expense-claims", null));
        JsonObject lost = claims.stream().map(JsonValue::asJsonObject)
                .filter(c -> "LOST_EARNINGS".equals(c.getString("expenseKind"))
                        && "An unpaid day off work for a council meeting".equals(c.getString("description")))
                .findFirst().orElseThrow(() -> new AssertionError("no demo lost-earnings claim: " + claims));
        assertEquals("LOST_EARNINGS_DAY", lost.getString("activity"));
        assertEquals(0, BigDecimal.ONE.compareTo(new BigDecimal(lost.getString("quantity"))), lost.toString());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE expense_kind = 'LOST_EARNINGS' AND "
                + "description = 'An unpaid day off work for a council meeting'"), "seeded once");
        assertEquals(200, Api.send("finance", "GET", "/api/payables/" + lost.getJsonNumber("id"), null).statusCode(),
                "finance has it to approve");
    }

    @Test
    void sunflowerHasADebriefToAnswerAfterACoFacilitatedTrainingAndAnotherOfferWithItsSafetyPlan() throws Exception {
        String inspectors = "Co-facilitate a session for labour inspectors on recognising exploitation (demo)";
        JsonArray debriefs = array(Api.send("sunflower", "GET", "/api/me/debriefs", null));
        assertTrue(debriefs.stream().map(JsonValue::asJsonObject).anyMatch(d -> inspectors.equals(d.getString("title"))
                && "TASK".equals(d.getString("about"))), "a debrief about the demo training: " + debriefs);
        JsonArray tasks = array(Api.send("sunflower", "GET", "/api/tasks", null));
        JsonObject offered = tasks.stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("title").startsWith("Co-facilitate a training of social workers")).findFirst()
                .orElseThrow(() -> new AssertionError("no demo task offered to sunflower: " + tasks));
        assertEquals("Secretariat support officer (demo)", offered.getJsonObject("safetyPlan")
                .getString("supportPersonName"), "the plan is on the offer");
    }

    @Test
    void theQuoteDeskHoldsWordsWaitingForSunflowerAndWordsApprovedForUse() throws Exception {
        String leaflet = "Leaflet for the labour ministry round table (demo)";
        String newsletter = "Council newsletter, spring issue (demo)";
        JsonArray mine = array(Api.send("sunflower", "GET", "/api/me/quotes", null));
        assertTrue(mine.stream().map(JsonValue::asJsonObject).anyMatch(q -> leaflet.equals(q.getString("purpose"))
                && "PROPOSED".equals(q.getString("state"))), "her words wait for her answer: " + mine);
        JsonArray usable = array(Api.send("secretariat", "GET", "/api/quotes?usable=true", null));
        assertTrue(usable.stream().map(JsonValue::asJsonObject).anyMatch(q -> newsletter.equals(q.getString("purpose"))
                && q.getBoolean("usable")), "the desk's usable list is not empty: " + usable);
        assertEquals(1, Db.number("SELECT COUNT(*) FROM quote WHERE purpose = '" + leaflet + "'"), "seeded once");
    }

    @Test
    void sunflowersCouncilRecordHoldsACompletedPaidTrainingAndAnOfferWaitsForHer() throws Exception {
        String trainers = "Training of trainers: running a session on workers' rights (demo)";
        JsonObject record = Tokens.json(Api.send("sunflower", "GET", "/api/me/record", null).body());
        JsonObject completed = record.getJsonArray("learning").stream().map(JsonValue::asJsonObject)
                .filter(c -> trainers.equals(c.getString("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no demo training on sunflower's record: " + record));
        assertEquals("EDUCATOR", completed.getString("roleAdded"), "she agreed to the role it prepares for");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key = 'learning-offer:"
                + completed.getJsonNumber("offerId") + "' AND activity = 'LEARNING_HOUR' AND quantity = 12"),
                "her twelve paid hours are in the ledger, once");

        JsonArray offers = array(Api.send("sunflower", "GET", "/api/learning", null));
        JsonObject waiting = offers.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("title").startsWith("Digital skills for work")).findFirst()
                .orElseThrow(() -> new AssertionError("no demo offer for sunflower: " + offers));
        assertEquals("OFFERED", waiting.getString("state"));
        JsonObject done = offers.stream().map(JsonValue::asJsonObject)
                .filter(o -> trainers.equals(o.getString("title"))).findFirst().orElseThrow();
        assertEquals(List.of("labour-exploitation"), done.getJsonArray("contentNotes").getValuesAs(
                jakarta.json.JsonString::getString), "the member reads the training's content notes");
        assertTrue(array(Api.send("willow", "GET", "/api/learning", null)).isEmpty(),
                "willow has not accepted the terms: nothing is offered to her");
    }

    private static JsonObject titled(String user, String title) throws Exception {
        JsonArray all = array(Api.send(user, "GET", "/api/consultations", null));
        List<JsonObject> found = all.stream().map(JsonValue::asJsonObject)
                .filter(c -> title.equals(c.getString("title"))).toList();
        assertEquals(1, found.size(), user + " sees the demo consultation once: " + all);
        return found.get(0);
    }

    /** Whether the field is there and not null (the API leaves null fields out). */
    private static boolean present(JsonValue object, String field) {
        JsonObject o = object.asJsonObject();
        return o.containsKey(field) && !o.isNull(field);
    }

    private static JsonArray comments(String user, long id) throws Exception {
        HttpResponse<String> page = Api.send(user, "GET", "/api/consultations/" + id + "/comments?size=200", null);
        assertEquals(200, page.statusCode(), page.body());
        return Tokens.json(page.body()).getJsonArray("comments");
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Tokens.json("{\"a\":" + response.body() + "}").getJsonArray("a");
    }

    private static JsonArray array(HttpResponse<String> response, String field) {
        assertEquals(200, response.statusCode(), response.body());
        return Tokens.json(response.body()).getJsonArray(field);
    }
}
