package org.nstac.portal.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Care around the work, continued (issue 20) through the API: my contributions, interests declared, readiness over
 * time, quotes approved one by one.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class CareMoreApiIT {

    @Test
    void contributionsShowTheMembersOwnCommentWithItsAnswerAndNothingOfAnotherMembers() throws Exception {
        String mine = "zq" + MemberDataExportIT.letters();
        String theirs = "zx" + MemberDataExportIT.letters();
        long consultation = openConsultation("Contributions " + mine);
        long hers = comment("sunflower", consultation, "Interpreters within a day " + mine);
        long his = comment("river", consultation, "Legal aid is missing " + theirs);

        String phase = "/api/consultations/" + consultation + "/phase";
        assertEquals(200, Api.send("justice", "POST", phase, "{\"phase\":\"CLOSED\"}").statusCode());
        answer(hers, "PARTLY_ACCEPTED", "Interpreters within two days " + mine);
        answer(his, "NOT_ACCEPTED", "A separate law " + theirs);

        HttpResponse<String> got = Api.send("sunflower", "GET", "/api/me/contributions", null);
        assertEquals(200, got.statusCode(), got.body());
        JsonObject comment = Tokens.json(got.body()).getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> "COMMENT".equals(i.getString("kind")) && i.getJsonNumber("refId").longValue() == hers)
                .findFirst().orElseThrow(() -> new AssertionError("her comment is listed: " + got.body()));
        assertEquals("Interpreters within a day " + mine, comment.getString("detail"));
        assertEquals("PARTLY_ACCEPTED", comment.getString("answer"));
        assertEquals("Interpreters within two days " + mine, comment.getString("answerReason"));
        assertEquals(consultation, comment.getJsonNumber("consultationId").longValue());
        assertFalse(got.body().contains(theirs), "nothing of river's comment or its answer");
        assertTrue(Tokens.json(got.body()).containsKey("totals"));

        assertEquals(404, Api.send("justice", "GET", "/api/me/contributions", null).statusCode(),
                "a ministry official has no contributions page");
    }

    @Test
    void interestsRoundTripAnUnknownRelationIsRefusedInTheUsersLanguageAndTheSecretariatSeesThem() throws Exception {
        String ngo = "Example Shelter Network " + MemberDataExportIT.letters();
        String declared = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("organisation", "  " + ngo + " ").add("relation", "EMPLOYED"))
                .add(Json.createObjectBuilder().add("organisation", "Example Foundation").add("relation", "BOARD"))
                .build().toString();
        HttpResponse<String> put = Api.send("sunflower", "PUT", "/api/me/interests", declared);
        assertEquals(200, put.statusCode(), put.body());
        List<JsonObject> mine = objects(Api.send("sunflower", "GET", "/api/me/interests", null).body());
        assertEquals(2, mine.size());
        assertEquals(ngo, mine.get(0).getString("organisation"), "kept as typed, spaces around stripped");
        assertEquals("EMPLOYED", mine.get(0).getString("relation"));
        assertEquals("BOARD", mine.get(1).getString("relation"));

        String bad = "[{\"organisation\":\"Another NGO\",\"relation\":\"COUSIN\"}]";
        HttpResponse<String> refused = Api.sendIn("sr-Latn", "sunflower", "PUT", "/api/me/interests", bad);
        assertEquals("care.interest.relation.unknown", Api.error(refused));
        assertTrue(Tokens.json(refused.body()).getString("message").contains("portal ne poznaje"),
                "told in Serbian: " + refused.body());
        assertTrue(Tokens.json(Api.send("sunflower", "PUT", "/api/me/interests", bad).body()).getString("message")
                .contains("not one the portal knows"), "and in English");
        assertEquals(2, objects(Api.send("sunflower", "GET", "/api/me/interests", null).body()).size(),
                "a refused declaration changes nothing");

        // Staff declare too; a ministry official has no such page.
        assertEquals(200, Api.send("secretariat", "PUT", "/api/me/interests",
                "[{\"organisation\":\"Ministry of Labour programme\",\"relation\":\"FUNDED_BY\"}]").statusCode());
        assertEquals(404, Api.send("justice", "GET", "/api/me/interests", null).statusCode());

        // The secretariat sees them beside the suggested member when offering a task; a member does not.
        HttpResponse<String> task = Api.send("secretariat", "POST", "/api/tasks", Json.createObjectBuilder()
                .add("title", "Interests " + ngo).add("outcome", "Written comments on every article.")
                .add("kind", "REVIEW_DRAFT").add("estimatedHours", 2).add("payBasis", "HOURLY")
                .add("deadline", PortalTime.today().plusDays(9).toString()).build().toString());
        assertEquals(201, task.statusCode(), task.body());
        long taskId = Tokens.json(task.body()).getJsonNumber("id").longValue();
        try {
            HttpResponse<String> suggestions = Api.send("secretariat", "GET", "/api/tasks/" + taskId + "/suggestions",
                    null);
            assertEquals(200, suggestions.statusCode(), suggestions.body());
            JsonObject sunflower = objects(suggestions.body()).stream()
                    .filter(x -> "Sunflower".equals(x.getString("pseudonym"))).findFirst().orElseThrow();
            assertTrue(sunflower.getJsonArray("interests").stream().map(JsonObject.class::cast)
                    .anyMatch(i -> ngo.equals(i.getString("organisation"))
                            && "EMPLOYED".equals(i.getString("relation"))), sunflower.toString());
            assertEquals(404, Api.send("river", "GET", "/api/tasks/" + taskId + "/suggestions", null).statusCode());
        } finally {
            Api.send("secretariat", "POST", "/api/tasks/" + taskId + "/cancellation", null);
        }

        // She steps aside from a consultation for one of them; an interest she did not declare is refused.
        long consultation = openConsultation("Step aside " + ngo);
        assertEquals("care.stepAside.interest.notDeclared", Api.error(Api.send("sunflower", "POST",
                "/api/me/step-asides", Json.createObjectBuilder().add("consultationId", consultation)
                        .add("organisation", "Somewhere else").add("relation", "EMPLOYED").build().toString())));
        HttpResponse<String> aside = Api.send("sunflower", "POST", "/api/me/step-asides", Json.createObjectBuilder()
                .add("consultationId", consultation).add("organisation", ngo).add("relation", "EMPLOYED").build()
                .toString());
        assertEquals(201, aside.statusCode(), aside.body());
        assertTrue(objects(Api.send("sunflower", "GET", "/api/me/step-asides", null).body()).stream()
                .anyMatch(a -> a.getJsonNumber("consultationId").longValue() == consultation
                        && ngo.equals(a.getString("organisation"))));
        assertEquals("care.stepAside.already", Api.error(Api.send("sunflower", "POST", "/api/me/step-asides",
                Json.createObjectBuilder().add("consultationId", consultation).add("organisation", ngo)
                        .add("relation", "EMPLOYED").build().toString())));
        assertEquals(200, Api.send("sunflower", "PUT", "/api/me/interests", "[]").statusCode());
    }

    @Test
    void aNotYetReadinessOutcomeNeedsADayAndIsListedForTheSecretariatWhenThatDayComes() throws Exception {
        String river = org.nstac.portal.it.Db.memberRef("river");
        java.time.LocalDate today = PortalTime.today();
        assertEquals("member.readiness.reassess.required", Api.error(Api.send("secretariat", "POST",
                "/api/readiness", readiness(river, today, "NOT_YET", null))));
        HttpResponse<String> recorded = Api.send("secretariat", "POST", "/api/readiness",
                readiness(river, today, "NOT_YET", today.plusDays(10)));
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertFalse(dueFor(river), "not due before its day");
        assertEquals(404, Api.send("river", "GET", "/api/readiness/due", null).statusCode(), "the secretariat's list");
        assertEquals(404, Api.send("oak", "GET", "/api/readiness/due", null).statusCode(), "not even the chair's");

        PortalTime.moveBy(Duration.ofDays(11));
        assertTrue(dueFor(river), "due once its day has come");

        HttpResponse<String> ready = Api.send("secretariat", "POST", "/api/readiness",
                readiness(river, PortalTime.today(), "READY", null));
        assertEquals(201, ready.statusCode(), ready.body());
        assertFalse(dueFor(river), "a later assessment settles it");
        assertEquals("READY", objects(Api.send("secretariat", "GET", "/api/readiness?memberRef=" + river, null)
                .body()).get(0).getString("outcome"), "the latest first");
    }

    private static String readiness(String ref, java.time.LocalDate date, String outcome, java.time.LocalDate again) {
        var b = Json.createObjectBuilder().add("memberRef", ref).add("date", date.toString())
                .add("organisation", "Counselling centre").add("outcome", outcome);
        if (again != null) {
            b.add("reassessOn", again.toString());
        }
        return b.build().toString();
    }

    private static boolean dueFor(String ref) throws Exception {
        HttpResponse<String> due = Api.send("secretariat", "GET", "/api/readiness/due", null);
        assertEquals(200, due.statusCode(), due.body());
        return objects(due.body()).stream().anyMatch(d -> ref.equals(d.getString("memberRef")));
    }

    @Test
    void aQuoteIsUnusableUntilApprovedUsableAfterAndUnusableAgainOnceWithdrawn() throws Exception {
        String words = "We were heard and the law changed " + MemberDataExportIT.letters();
        HttpResponse<String> proposed = Api.send("secretariat", "POST", "/api/quotes", Json.createObjectBuilder()
                .add("memberRef", org.nstac.portal.it.Db.memberRef("sunflower")).add("text", words)
                .add("purpose", "Annual report, page on consultations")
                .add("publishOn", PortalTime.today().plusDays(7).toString()).build().toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonObject quote = Tokens.json(proposed.body());
        long id = quote.getJsonNumber("id").longValue();
        assertEquals("PROPOSED", quote.getString("state"));
        assertFalse(quote.getBoolean("usable"));
        assertFalse(usable(id), "nothing is usable without approval");
        assertTrue(objects(Api.send("sunflower", "GET", "/api/me/quotes", null).body()).stream()
                .anyMatch(q -> q.getJsonNumber("id").longValue() == id && words.equals(q.getString("text"))));

        String decision = "/api/me/quotes/" + id + "/decision";
        assertEquals(404, Api.send("river", "POST", decision, "{\"approve\":true}").statusCode(),
                "another member's decision: not found");
        assertEquals(404, Api.send("secretariat", "POST", decision, "{\"approve\":true}").statusCode(),
                "the secretariat never decides for her");
        assertEquals(404, Api.send("river", "GET", "/api/quotes/" + id, null).statusCode());
        assertFalse(Api.send("river", "GET", "/api/me/quotes", null).body().contains(words));
        assertFalse(usable(id));

        HttpResponse<String> approved = Api.send("sunflower", "POST", decision, "{\"approve\":true}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", Tokens.json(approved.body()).getString("state"));
        assertTrue(usable(id), "usable once she said yes");

        HttpResponse<String> withdrawn = Api.send("sunflower", "POST", decision, "{\"approve\":false}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Tokens.json(withdrawn.body()).getString("state"));
        assertFalse(usable(id), "unusable again once she took her yes back");
        assertEquals("care.quote.state.notAllowed", Api.error(Api.send("sunflower", "POST", decision,
                "{\"approve\":true}")), "a withdrawal is final; the secretariat asks again if it must");

        // In her data download.
        HttpResponse<String> export = Api.send("sunflower", "GET", "/api/me/export", null);
        assertEquals(200, export.statusCode());
        assertTrue(Tokens.json(export.body()).getJsonArray("quotes").stream().map(JsonObject.class::cast)
                .anyMatch(q -> words.equals(q.getString("text", "")) && "WITHDRAWN".equals(q.getString("state"))));
    }

    @Test
    void aQuoteForAWithdrawnMemberIsRefused() throws Exception {
        String canary = MemberDataExportIT.letters();
        HttpResponse<String> admitted = Api.send("secretariat", "POST", "/api/members", Json.createObjectBuilder()
                .add("pseudonym", "Quill" + canary).add("language", "en").add("adult", true)
                .add("yearsSinceExploitation", 6).add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .add("legalName", "Quote" + canary + " Petrović").add("email", "quote." + canary + "@example.org")
                .add("paidThroughPartner", true).build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        String ref = Tokens.json(admitted.body()).getString("ref");
        String proposal = Json.createObjectBuilder().add("memberRef", ref).add("text", "Words " + canary)
                .add("purpose", "Press release").add("publishOn", PortalTime.today().plusDays(3).toString())
                .build().toString();
        assertEquals(201, Api.send("secretariat", "POST", "/api/quotes", proposal).statusCode(), "while a member");
        assertEquals(200, Api.send("secretariat", "POST", "/api/members/" + ref + "/withdrawal",
                "{\"confirm\":\"WITHDRAW\"}").statusCode());
        HttpResponse<String> refused = Api.send("secretariat", "POST", "/api/quotes", proposal);
        assertEquals("care.quote.member.notCurrent", Api.error(refused));
        assertTrue(Tokens.json(refused.body()).getString("message").contains("withdrawn"), refused.body());
        assertEquals("care.quote.member.notCurrent", Api.error(Api.send("secretariat", "POST", "/api/quotes",
                proposal.replace(ref, "M-NOSUCH"))));
        assertEquals(404, Api.send("river", "POST", "/api/quotes", proposal).statusCode(), "only the secretariat");
    }

    private static boolean usable(long id) throws Exception {
        HttpResponse<String> list = Api.send("secretariat", "GET", "/api/quotes?usable=true", null);
        assertEquals(200, list.statusCode(), list.body());
        return objects(list.body()).stream().anyMatch(q -> q.getJsonNumber("id").longValue() == id);
    }

    static long openConsultation(String title) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = Api.send("justice", "POST", "/api/consultations", Json.createObjectBuilder()
                .add("title", title).add("summary", "What the draft changes.")
                .add("opensAt", now.plus(Duration.ofDays(1)).toString())
                .add("closesAt", now.plus(Duration.ofDays(10)).toString())
                .add("answersDueAt", now.plus(Duration.ofDays(30)).toString())
                .add("contentNotes", Json.createArrayBuilder())
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("heading", "Article 1").add("text", "Text of article 1.")
                        .add("contentNotes", Json.createArrayBuilder())))
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, Api.send("justice", "POST", "/api/consultations/" + id + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        return id;
    }

    static long comment(String login, long consultation, String text) throws Exception {
        HttpResponse<String> posted = Api.send(login, "POST", "/api/consultations/" + consultation + "/comments",
                Json.createObjectBuilder().add("body", text).add("attribution", "COUNCIL").build().toString());
        assertEquals(201, posted.statusCode(), posted.body());
        return Tokens.json(posted.body()).getJsonNumber("id").longValue();
    }

    private static void answer(long comment, String disposition, String reason) throws Exception {
        HttpResponse<String> answered = Api.send("justice", "PUT", "/api/comments/" + comment + "/answer",
                Json.createObjectBuilder().add("disposition", disposition).add("reason", reason).build().toString());
        assertEquals(200, answered.statusCode(), answered.body());
    }

    static List<JsonObject> objects(String body) {
        return Api.array(body).stream().map(JsonObject.class::cast).toList();
    }
}
