package org.nstac.portal.terms;

import static org.nstac.portal.it.Api.error;
import static org.nstac.portal.it.Api.array;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Engagement terms over the API against the real stack: a member who has not accepted the terms in force is offered
 * no task and invited to no meeting (refused with {@code terms.required}); after accepting, both work; a new version
 * refuses again until accepted; the PDF holds the accepted text and the rate card. Bad input (a version out of order,
 * a text too short, accepting a version not in force) is refused with the rule's key; only the administrator
 * publishes, only the secretariat sees who accepted. The demo members accept each version this test publishes, so
 * that tests after it still offer them work.
 */
@ExtendWith(PortalStack.class)
class EngagementTermsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<String> DEMO_ACCEPTED = List.of("sunflower", "river", "lark", "oak");

    private static final String TEXT_EN = "Engagement terms, revised. Your role: you take part under your pseudonym "
            + "in the roles you choose. Pay: every piece of work is paid from the rate card shown with these terms, "
            + "at the rate of the day of the work. Hours: you choose them. Stopping: pause or leave at any time, "
            + "work done is always paid. Support: every meeting names a support person. Canary ";
    private static final String TEXT_SR = "Uslovi angažovanja, izmenjeni. Vaša uloga: učestvujete pod pseudonimom u "
            + "ulogama koje izaberete. Plaćanje: svaki posao se plaća po cenovniku prikazanom uz ove uslove, po ceni "
            + "na dan rada. Sati: birate ih sami. Prekid: pauza ili odlazak u bilo kom trenutku, obavljen rad se uvek "
            + "plaća. Podrška: za svaki sastanak je imenovana osoba za podršku. ";

    @Test
    void anOfferOrInvitationBeforeAcceptanceIsRefusedWorksAfterAndANewVersionRefusesAgain() throws Exception {
        String canary = "zt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Member tern = admit("Tern " + canary.substring(2, 6), canary);
        int current = Tokens.json(Api.send("sunflower", "GET", "/api/engagement-terms", null).body()).getInt("version");
        JsonObject mine = tern.get("/api/me/engagement-terms");
        assertEquals(current, mine.getInt("version"));
        assertFalse(mine.getBoolean("accepted"), mine.toString());
        assertTrue(mine.getJsonArray("rates").toString().contains("\"activity\":\"TASK_HOUR\""),
                "the member reads the rate card inside the terms: " + mine);

        long task = task("Terms first " + canary);
        HttpResponse<String> refused = offer(task, tern.ref());
        assertEquals("terms.required", error(refused));
        assertTrue(Tokens.json(refused.body()).getString("message").contains("engagement terms"), refused.body());
        JsonObject suggested = byRef(array(Api.send("secretariat", "GET", "/api/tasks/" + task + "/suggestions",
                null).body()), tern.ref());
        assertTrue(absent(suggested, "position"), "not ranked: " + suggested);
        assertTrue(suggested.getJsonArray("ineligible").toString().contains("terms.required"), suggested.toString());
        long meeting = plannedMeeting("Terms first meeting " + canary);
        assertEquals("terms.required", error(invite(meeting, tern.ref())));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM task_offer WHERE member_ref = '" + tern.ref() + "'")
                + Db.number("SELECT COUNT(*) FROM meeting_invitation WHERE member_ref = '" + tern.ref() + "'"),
                "nothing was offered or sent");
        assertEquals(404, tern.send("GET", "/api/me/engagement-terms/" + current + ".pdf", null).statusCode(),
                "no PDF of a version not accepted");

        assertEquals("terms.version.notCurrent", error(tern.send("POST", "/api/me/engagement-terms/acceptance",
                "{\"version\":" + (current + 1) + "}")));
        assertEquals("terms.version.notCurrent", error(tern.send("POST", "/api/me/engagement-terms/acceptance",
                "{}")));
        JsonObject accepted = Tokens.json(tern.send("POST", "/api/me/engagement-terms/acceptance",
                "{\"version\":" + current + "}").body());
        assertTrue(accepted.getBoolean("accepted"), accepted.toString());
        assertEquals(current, accepted.getInt("acceptedVersion"));
        assertEquals(200, tern.send("POST", "/api/me/engagement-terms/acceptance", "{\"version\":" + current + "}")
                .statusCode(), "accepting twice changes nothing");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM terms_acceptance WHERE member_ref = '" + tern.ref() + "'"));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'terms.accepted' AND subject_ref = '"
                + tern.ref() + "'"), "the acceptance is audited once");
        assertEquals(201, offer(task, tern.ref()).statusCode(), "after acceptance the offer goes out");
        assertEquals(201, invite(meeting, tern.ref()).statusCode(), "and the invitation");

        int next = current + 1;
        try {
            assertEquals("terms.version.order", error(Api.send("admin", "POST", "/api/engagement-terms",
                    publishBody(next + 1, TEXT_EN + canary, TEXT_SR))));
            assertEquals("terms.text.tooShort", error(Api.send("admin", "POST", "/api/engagement-terms",
                    publishBody(next, "Too short to say anything.", TEXT_SR))));
            assertEquals(404, Api.send("secretariat", "POST", "/api/engagement-terms",
                    publishBody(next, TEXT_EN + canary, TEXT_SR)).statusCode(), "only the administrator publishes");
            assertEquals(404, tern.send("POST", "/api/engagement-terms", publishBody(next, TEXT_EN + canary, TEXT_SR))
                    .statusCode());
            HttpResponse<String> published = Api.send("admin", "POST", "/api/engagement-terms",
                    publishBody(next, TEXT_EN + canary, TEXT_SR));
            assertEquals(201, published.statusCode(), published.body());
            assertEquals(next, Tokens.json(published.body()).getInt("version"));

            long second = task("Terms again " + canary);
            assertEquals("terms.required", error(offer(second, tern.ref())), "a new version refuses again");
            JsonObject renew = tern.get("/api/me/engagement-terms");
            assertFalse(renew.getBoolean("accepted"));
            assertEquals(current, renew.getInt("acceptedVersion"), "the member sees which version they accepted");
            assertTrue(renew.getString("text").endsWith(canary), "the new text in force");
            JsonObject standing = byRef(array(Api.send("secretariat", "GET", "/api/engagement-terms/acceptances",
                    null).body()), tern.ref());
            assertEquals(current, standing.getInt("version"));
            assertFalse(standing.getBoolean("current"), "the secretariat sees who must accept again");
            for (String other : List.of("oak", "justice", "observer", "finance")) {
                assertEquals(404, Api.send(other, "GET", "/api/engagement-terms/acceptances", null).statusCode(),
                        other);
            }

            assertEquals(200, tern.send("POST", "/api/me/engagement-terms/acceptance", "{\"version\":" + next + "}")
                    .statusCode());
            assertEquals(201, offer(second, tern.ref()).statusCode(), "accepted again: offered again");

            String pdf = pdfText(tern.bytes("/api/me/engagement-terms/" + next + ".pdf"));
            assertTrue(pdf.contains("Engagement terms, version " + next), pdf);
            assertTrue(pdf.replaceAll("\\s+", " ").contains(canary), "the accepted text: " + pdf);
            assertTrue(pdf.contains("Tern " + canary.substring(2, 6)), "the member's pseudonym");
            assertTrue(pdf.contains("Task hour") && pdf.contains("Meeting day") && pdf.contains("RSD"), "the rates");
            assertTrue(pdf.contains("1,500.00"), "the task-hour rate of the card: " + pdf);
            String older = pdfText(tern.bytes("/api/me/engagement-terms/" + current + ".pdf"));
            assertFalse(older.contains(canary), "the earlier PDF holds the earlier text");
        } finally {
            for (String login : DEMO_ACCEPTED) {
                int now = Tokens.json(Api.send(login, "GET", "/api/me/engagement-terms", null).body())
                        .getInt("version");
                Api.send(login, "POST", "/api/me/engagement-terms/acceptance", "{\"version\":" + now + "}");
            }
        }
    }

    @Test
    void willowHasNotAcceptedTheDemoTermsAndNobodyElseSeesOrAcceptsForAMember() throws Exception {
        JsonObject willow = Tokens.json(Api.send("willow", "GET", "/api/me/engagement-terms", null).body());
        assertFalse(willow.getBoolean("accepted"), willow.toString());
        assertTrue(absent(willow, "acceptedVersion"), willow.toString());
        assertTrue(Tokens.json(Api.send("sunflower", "GET", "/api/me/engagement-terms", null).body())
                .getBoolean("accepted"), "sunflower accepted in the demo data");
        JsonArray standings = array(Api.send("secretariat", "GET", "/api/engagement-terms/acceptances", null).body());
        assertFalse(byRef(standings, Db.memberRef("willow")).getBoolean("current"));
        assertTrue(byRef(standings, Db.memberRef("lark")).getBoolean("current"));
        for (String staff : List.of("secretariat", "admin", "justice")) {
            assertEquals(404, Api.send(staff, "POST", "/api/me/engagement-terms/acceptance", "{\"version\":1}")
                    .statusCode(), staff + " accepts for nobody");
            assertEquals(404, Api.send(staff, "GET", "/api/me/engagement-terms", null).statusCode(), staff);
        }
        JsonObject serbian = Tokens.json(Api.sendIn("sr-Latn", "willow", "GET", "/api/me/engagement-terms", null)
                .body());
        assertTrue(serbian.getString("text").startsWith("Uslovi angažovanja"), serbian.getString("text"));
        HttpResponse<String> terms = Api.send("observer", "GET", "/api/engagement-terms", null);
        assertEquals(200, terms.statusCode(), "everyone signed in reads the terms in force");
        assertFalse(terms.body().contains("m-"), "and nothing about a member");
    }

    @Test
    void aClaimAStipendOrAnEnteredPayableBeforeAcceptanceIsRefusedAndTheSameWorksAfter() throws Exception {
        String willow = Db.memberRef("willow");
        long willowsPayables = Db.number("SELECT COUNT(*) FROM payable WHERE member_ref = '" + willow + "'");
        String day = PortalTime.today().minusDays(2).toString();
        String travel = Json.createObjectBuilder().add("kind", "TRAVEL").add("date", day).add("amount", "640.00")
                .add("currency", "RSD").add("description", "Bus to the working group").build().toString();
        String lostDay = Json.createObjectBuilder().add("kind", "LOST_EARNINGS").add("date", day).add("days", "1")
                .add("attested", true).add("description", "A day off work for the council").build().toString();
        HttpResponse<String> refused = Api.sendKeyed("willow", "POST", "/api/me/expense-claims", travel,
                "w-" + UUID.randomUUID());
        assertEquals("terms.required", error(refused), "willow has not accepted the terms: no expense claim");
        assertTrue(Tokens.json(refused.body()).getString("message").contains("engagement terms"), refused.body());
        assertEquals("terms.required", error(Api.sendKeyed("willow", "POST", "/api/me/expense-claims", lostDay,
                "w-" + UUID.randomUUID())), "nor lost earnings");
        java.time.YearMonth month = java.time.YearMonth.from(PortalTime.today()).plusMonths(7);
        assertEquals("terms.required", error(Api.send("secretariat", "POST", "/api/stipends", stipend(willow, month))),
                "the secretariat assigns no stipend to a member without the terms");
        assertEquals("terms.required", error(Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(willow, day), "m-" + UUID.randomUUID())), "nor enters a payable for her");
        assertEquals(willowsPayables, Db.number("SELECT COUNT(*) FROM payable WHERE member_ref = '" + willow + "'"),
                "nothing was booked for willow");

        String canary = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Member tern = admit("Tern " + canary.substring(2, 6), canary);
        long consultation = paidConsultation("Terms before pay " + canary);
        HttpResponse<String> comment = tern.send("POST", "/api/consultations/" + consultation + "/comments",
                "{\"body\":\"Interpreters must be there from the first interview.\",\"attribution\":\"COUNCIL\"}");
        assertEquals(201, comment.statusCode(), comment.body());
        String claims = "/api/consultations/" + consultation + "/preparation-claims";
        assertEquals("terms.required", error(tern.send("POST", claims, "{\"hours\":\"2\"}")),
                "a member who took part claims preparation only under the terms");
        String claimKey = "t-" + UUID.randomUUID();
        assertEquals("terms.required", error(Api.sendToken(tern.token(), "en", "POST", "/api/me/expense-claims",
                travel, "Idempotency-Key", claimKey)));
        assertEquals("terms.required", error(Api.send("secretariat", "POST", "/api/stipends",
                stipend(tern.ref(), month))));
        String enteredKey = "m-" + UUID.randomUUID();
        assertEquals("terms.required", error(Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(tern.ref(), day), enteredKey)));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM payable WHERE member_ref = '" + tern.ref() + "'"));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM stipend WHERE member_ref = '" + tern.ref() + "'"));

        int current = tern.get("/api/me/engagement-terms").getInt("version");
        assertEquals(200, tern.send("POST", "/api/me/engagement-terms/acceptance", "{\"version\":" + current + "}")
                .statusCode());
        HttpResponse<String> claimed = Api.sendToken(tern.token(), "en", "POST", "/api/me/expense-claims", travel,
                "Idempotency-Key", claimKey);
        assertEquals(201, claimed.statusCode(), "the same claim, after acceptance: " + claimed.body());
        HttpResponse<String> prepared = tern.send("POST", claims, "{\"hours\":\"2\"}");
        assertEquals(201, prepared.statusCode(), prepared.body());
        HttpResponse<String> entered = Api.sendKeyed("secretariat", "POST", "/api/payables",
                manual(tern.ref(), day), enteredKey);
        assertEquals(201, entered.statusCode(), entered.body());
        HttpResponse<String> assigned = Api.send("secretariat", "POST", "/api/stipends", stipend(tern.ref(), month));
        assertEquals(201, assigned.statusCode(), assigned.body());
        assertEquals(200, Api.send("secretariat", "DELETE", "/api/stipends/"
                + Tokens.json(assigned.body()).getJsonNumber("id").longValue(), null).statusCode());
        assertEquals(3, Db.number("SELECT COUNT(*) FROM payable WHERE member_ref = '" + tern.ref() + "'"),
                "the claim, the preparation hours and the entered payable are booked once each");
    }

    // ---------------------------------------------------------------- the steps

    /** A member admitted for the test, with a password, the council-work consent and a profile: all but the terms. */
    private record Member(String ref, String token) {

        HttpResponse<String> send(String method, String path, String body) throws Exception {
            return Api.sendToken(token, "en", method, path, body);
        }

        JsonObject get(String path) throws Exception {
            HttpResponse<String> r = send("GET", path, null);
            assertEquals(200, r.statusCode(), r.body());
            return Tokens.json(r.body());
        }

        byte[] bytes(String path) throws Exception {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "en").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), new String(r.body()));
            assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            return r.body();
        }
    }

    private static Member admit(String pseudonym, String canary) throws Exception {
        HttpResponse<String> admitted = Api.send("secretariat", "POST", "/api/members", Json.createObjectBuilder()
                .add("pseudonym", pseudonym).add("language", "en").add("adult", true)
                .add("yearsSinceExploitation", 6).add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .add("legalName", "Terms" + canary + " Petrović").add("email", "terms." + canary + "@example.org")
                .add("paidThroughPartner", true).build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        JsonObject member = Tokens.json(admitted.body());
        String password = "Tern-password-" + canary;
        KeycloakUsers.setPermanentPassword(member.getString("login"), password);
        Member m = new Member(member.getString("ref"), Tokens.accessToken(member.getString("login"), password));
        assertEquals(200, m.send("PUT", "/api/me/consents/COUNCIL_WORK", "{\"given\":true}").statusCode());
        HttpResponse<String> profile = m.send("PUT", "/api/me/profile", Json.createObjectBuilder()
                .add("rolesOffered", Json.createArrayBuilder().add("CONSULTANT").add("ADVISOR"))
                .add("hoursPerMonth", 12).add("contactChannel", "PORTAL").build().toString());
        assertEquals(200, profile.statusCode(), profile.body());
        return m;
    }

    private static long task(String title) throws Exception {
        HttpResponse<String> created = Api.send("secretariat", "POST", "/api/tasks", Json.createObjectBuilder()
                .add("title", title).add("outcome", "Written comments on every article.").add("kind", "REVIEW_DRAFT")
                .add("estimatedHours", new BigDecimal("1")).add("payBasis", "HOURLY")
                .add("deadline", PortalTime.today().plusDays(14).toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Tokens.json(created.body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> offer(long task, String ref) throws Exception {
        return Api.send("secretariat", "POST", "/api/tasks/" + task + "/offers", "{\"memberRef\":\"" + ref + "\"}");
    }

    private static long plannedMeeting(String title) throws Exception {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        HttpResponse<String> created = Api.send("secretariat", "POST", "/api/meetings", Json.createObjectBuilder()
                .add("kind", "PLENARY").add("title", title).add("agenda", "1. Welcome\n2. The draft\n3. Next steps")
                .add("start", start.toString()).add("end", start.plus(3, ChronoUnit.HOURS).toString())
                .add("online", false).add("venueOrLink", "Room 2").add("language", "sr-Latn")
                .add("meetingDays", "1").add("preparationHours", "2").add("perDiemDays", 1).add("travelKm", "0")
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> planned = Api.send("secretariat", "PUT", "/api/meetings/" + id + "/safety-plan",
                Json.createObjectBuilder().add("supportPersonName", "Kristina from the secretariat")
                        .add("supportContact", "+381 60 000 0000, or wave to her").add("quietRoom", "Room 4")
                        .add("noStoriesRuleAcknowledged", true).build().toString());
        assertEquals(200, planned.statusCode(), planned.body());
        return id;
    }

    private static HttpResponse<String> invite(long meeting, String ref) throws Exception {
        return Api.send("secretariat", "POST", "/api/meetings/" + meeting + "/invitations",
                "{\"memberRef\":\"" + ref + "\"}");
    }

    private static long paidConsultation(String title) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = Api.send("justice", "POST", "/api/consultations", Json.createObjectBuilder()
                .add("title", title).add("summary", "What the draft changes.")
                .add("opensAt", now.plus(1, ChronoUnit.DAYS).toString())
                .add("closesAt", now.plus(10, ChronoUnit.DAYS).toString())
                .add("answersDueAt", now.plus(30, ChronoUnit.DAYS).toString())
                .add("contentNotes", Json.createArrayBuilder())
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("heading", "Article 1")
                        .add("text", "Text of article 1.").add("contentNotes", Json.createArrayBuilder())))
                .add("paidPreparationHours", 3).add("ministryPays", true).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, Api.send("justice", "POST", "/api/consultations/" + id + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        return id;
    }

    private static String stipend(String memberRef, java.time.YearMonth month) {
        return Json.createObjectBuilder().add("memberRef", memberRef).add("role", "WORKING_GROUP_LEAD")
                .add("from", month.toString()).add("to", month.toString()).build().toString();
    }

    private static String manual(String memberRef, String day) {
        return Json.createObjectBuilder().add("memberRef", memberRef).add("activity", "PREPARATION_HOUR")
                .add("quantity", "1").add("workDate", day).add("description", "Reading the draft").build().toString();
    }

    private static String publishBody(int version, String en, String sr) {
        return Json.createObjectBuilder().add("version", version).add("textEn", en).add("textSr", sr).build()
                .toString();
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

    private static String pdfText(byte[] pdf) throws IOException {
        return org.nstac.portal.it.Pdfs.text(pdf);
    }
}
