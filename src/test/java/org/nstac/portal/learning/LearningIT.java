package org.nstac.portal.learning;

import static org.nstac.portal.it.Api.error;
import static org.nstac.portal.it.Api.array;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Learning and retraining over the API against the real stack: an opportunity offered fairly (suggestions rank, the
 * others say why not), within its places, accepted or declined without a reason, completed by the secretariat, paid
 * through the ledger at the card's learning hour, shown on the member's council record and in "Download my data",
 * and the role the member agreed to added; a member sees neither another member's offers nor their record.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class LearningIT {

    @Test
    void anOpportunityIsOfferedFairlyAcceptedCompletedPaidAndOnTheRecord() throws Exception {
        String canary = "zl" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Member plover = admit("Plover " + canary.substring(2, 6), canary);
        Member paused = admit("Stilt " + canary.substring(2, 6), canary + "p");
        assertEquals(200, paused.send("POST", "/api/me/pause", "{}").statusCode(), "a member takes a pause");

        LocalDate start = PortalTime.today().plusDays(3);
        assertEquals("learning.places.invalid", error(Api.send("secretariat", "POST", "/api/learning",
                opportunity("No places " + canary, start, 0, "6").build().toString())));
        assertEquals("learning.dates.order", error(Api.send("secretariat", "POST", "/api/learning",
                opportunity("Backwards " + canary, start, 2, "6").add("endDate", start.minusDays(1).toString())
                        .build().toString())));
        assertEquals("learning.role.unknown", error(Api.send("secretariat", "POST", "/api/learning",
                opportunity("Wizard " + canary, start, 2, "6").add("rolePrepared", "WIZARD").build().toString())));
        assertEquals(404, Api.send("sunflower", "POST", "/api/learning",
                opportunity("By a member " + canary, start, 2, "6").build().toString()).statusCode());
        HttpResponse<String> created = Api.send("secretariat", "POST", "/api/learning",
                opportunity("Training of trainers " + canary, start, 2, "6").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();

        JsonArray suggestions = array(Api.send("secretariat", "GET", "/api/learning/" + id + "/suggestions", null)
                .body());
        JsonObject first = suggestions.getJsonObject(0);
        assertEquals(1, first.getInt("position"));
        assertEquals("learning.suggestion.reason", first.getString("reasonKey"));
        JsonObject willow = byRef(suggestions, Db.memberRef("willow"));
        assertTrue(absent(willow, "position"), willow.toString());
        assertTrue(willow.getJsonArray("ineligible").toString().contains("learning.ineligible.MISSING_CONSENT_COUNCIL_WORK")
                && willow.getJsonArray("ineligible").toString().contains("terms.required"), willow.toString());
        assertTrue(byRef(suggestions, paused.ref()).getJsonArray("ineligible").toString()
                .contains("learning.ineligible.PAUSED"));
        assertTrue(byRef(suggestions, plover.ref()).getInt("position") > 0, "eligible and never offered: ranked");
        assertEquals(404, Api.send("river", "GET", "/api/learning/" + id + "/suggestions", null).statusCode());

        assertEquals("learning.ineligible.PAUSED", error(offer(id, paused.ref())));
        assertEquals("learning.ineligible.MISSING_CONSENT_COUNCIL_WORK", error(offer(id, Db.memberRef("willow"))));
        long ploverOffer = offerId(offer(id, plover.ref()));
        assertEquals("learning.offer.already", error(offer(id, plover.ref())));
        long riverOffer = offerId(offer(id, Db.memberRef("river")));
        HttpResponse<String> full = offer(id, Db.memberRef("lark"));
        assertEquals("learning.offer.full", error(full));
        assertTrue(Tokens.json(full.body()).getString("message").contains("2"), full.body());

        assertEquals(404, Api.send("river", "POST", "/api/learning-offers/" + ploverOffer + "/acceptance", "{}")
                .statusCode(), "not river's offer");
        String riverSees = Api.send("river", "GET", "/api/learning", null).body();
        assertTrue(riverSees.contains("\"id\":" + riverOffer), riverSees);
        assertFalse(riverSees.contains(plover.ref()), "a member sees only the offers made to them");
        assertEquals(200, Api.send("river", "POST", "/api/learning-offers/" + riverOffer + "/decline", null)
                .statusCode(), "declined without a reason");
        long larkOffer = offerId(offer(id, Db.memberRef("lark")));
        assertEquals("learning.completion.notAccepted", error(Api.send("secretariat", "POST",
                "/api/learning-offers/" + larkOffer + "/completion", "{}")), "never accepted: not completed");
        assertEquals(404, plover.send("POST", "/api/learning-offers/" + ploverOffer + "/completion", "{}")
                .statusCode(), "the member does not complete their own");

        HttpResponse<String> accepted = plover.send("POST", "/api/learning-offers/" + ploverOffer + "/acceptance",
                "{\"addRole\":true}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", Tokens.json(accepted.body()).getString("state"));
        HttpResponse<String> completed = Api.send("secretariat", "POST", "/api/learning-offers/" + ploverOffer
                + "/completion", "{}");
        assertEquals(200, completed.statusCode(), completed.body());
        assertEquals("EDUCATOR", Tokens.json(completed.body()).getString("roleAdded"));
        assertTrue(plover.get("/api/me/profile").getJsonArray("rolesOffered").toString().contains("EDUCATOR"),
                "the member agreed: the role is on their profile");

        assertEquals(0, new BigDecimal("9000.00").compareTo(new BigDecimal(Db.text(
                "SELECT amount FROM payable WHERE source_key = 'learning-offer:" + ploverOffer + "' AND member_ref = '"
                        + plover.ref() + "' AND activity = 'LEARNING_HOUR'"))),
                "6 paid hours at the card's learning hour (1,500.00 RSD)");
        assertEquals("learning.offer.notAllowed", error(Api.send("secretariat", "POST", "/api/learning-offers/"
                + ploverOffer + "/completion", "{}")), "a completion is recorded once");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM payable WHERE source_key = 'learning-offer:" + ploverOffer
                + "'"), "and booked once");

        JsonObject record = plover.get("/api/me/record");
        assertEquals(plover.ref(), record.getString("memberRef"));
        assertTrue(record.getJsonArray("learning").toString().contains("Training of trainers " + canary), record.toString());
        assertFalse(Api.send("river", "GET", "/api/me/record", null).body().contains(canary),
                "another member's record holds nothing of it");
        for (String other : List.of("secretariat", "justice", "observer")) {
            assertEquals(404, Api.send(other, "GET", "/api/me/record", null).statusCode(), other);
        }
        String export = plover.send("GET", "/api/me/export", null).body();
        assertTrue(export.contains("\"learning\"") && export.contains("Training of trainers " + canary), export);
    }

    // ---------------------------------------------------------------- the steps

    private record Member(String ref, String token) {

        HttpResponse<String> send(String method, String path, String body) throws Exception {
            return Api.sendToken(token, "en", method, path, body);
        }

        JsonObject get(String path) throws Exception {
            HttpResponse<String> r = send("GET", path, null);
            assertEquals(200, r.statusCode(), r.body());
            return Tokens.json(r.body());
        }
    }

    /** A member with a password, the council-work consent, a profile and the engagement terms accepted. */
    private static Member admit(String pseudonym, String canary) throws Exception {
        HttpResponse<String> admitted = Api.send("secretariat", "POST", "/api/members", Json.createObjectBuilder()
                .add("pseudonym", pseudonym).add("language", "en").add("adult", true)
                .add("yearsSinceExploitation", 6).add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .add("legalName", "Learner" + canary + " Jovanović").add("email", "learn." + canary + "@example.org")
                .add("paidThroughPartner", true).build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        JsonObject member = Tokens.json(admitted.body());
        String password = "Learner-password-" + canary;
        KeycloakUsers.setPermanentPassword(member.getString("login"), password);
        Member m = new Member(member.getString("ref"), Tokens.accessToken(member.getString("login"), password));
        assertEquals(200, m.send("PUT", "/api/me/consents/COUNCIL_WORK", "{\"given\":true}").statusCode());
        assertEquals(200, m.send("PUT", "/api/me/profile", Json.createObjectBuilder()
                .add("rolesOffered", Json.createArrayBuilder().add("CONSULTANT")).add("hoursPerMonth", 12)
                .add("contactChannel", "PORTAL").build().toString()).statusCode());
        int version = m.get("/api/me/engagement-terms").getInt("version");
        assertEquals(200, m.send("POST", "/api/me/engagement-terms/acceptance", "{\"version\":" + version + "}")
                .statusCode());
        return m;
    }

    private static JsonObjectBuilder opportunity(String title, LocalDate start, int places, String paidHours) {
        return Json.createObjectBuilder().add("title", title).add("provider", "Demo training centre (fictional)")
                .add("description", "Two days on how to run a session for frontline staff.")
                .add("startDate", start.toString()).add("endDate", start.plusDays(1).toString()).add("language", "sr")
                .add("places", places).add("paidHours", new BigDecimal(paidHours)).add("rolePrepared", "EDUCATOR");
    }

    private static HttpResponse<String> offer(long id, String ref) throws Exception {
        return Api.send("secretariat", "POST", "/api/learning/" + id + "/offers", "{\"memberRef\":\"" + ref + "\"}");
    }

    private static long offerId(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Tokens.json(response.body()).getJsonNumber("id").longValue();
    }

    private static JsonObject byRef(JsonArray rows, String ref) {
        for (JsonValue v : rows) {
            if (ref.equals(((JsonObject) v).getString("memberRef", ""))) {
                return (JsonObject) v;
            }
        }
        throw new AssertionError(ref + " not in " + rows);
    }

    /** JSON-B leaves a null out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }
}
