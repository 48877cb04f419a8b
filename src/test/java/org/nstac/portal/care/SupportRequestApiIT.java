package org.nstac.portal.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Asking for support (issue 20): a request about a meeting reaches the support person its safety plan names, who
 * acknowledges it; nobody else sees it; one nobody acknowledges goes to the chair after two hours (the portal's clock
 * moved, no sleeping); "I need to step out" reaches the support person too; bad requests are refused with the reason.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class SupportRequestApiIT {

    /** The support person named on the test meetings' plans: an account holding the secretariat role too. */
    private static final String SUPPORT_PERSON = "custodian";

    @Test
    void aRequestDuringAMeetingReachesTheNamedSupportPersonWhoAcknowledgesItAndNobodyElseSeesIt() throws Exception {
        long meeting = meetingWithSupportPerson("Working group on the shelter law", SUPPORT_PERSON);
        invite(meeting, "sunflower");
        invite(meeting, "river");

        HttpResponse<String> asked = Api.send("sunflower", "POST", "/api/me/support-requests",
                ask("MEETING", meeting, "NOW", "After the break would help."));
        assertEquals(201, asked.statusCode(), asked.body());
        JsonObject request = Tokens.json(asked.body());
        long id = request.getJsonNumber("id").longValue();
        assertEquals("SUPPORT_PERSON", request.getString("reaches"));
        assertEquals("OPEN", request.getString("state"));

        assertEquals(1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = '" + SUPPORT_PERSON
                + "' AND message_key = 'notification.care.support.askedNow' AND link = '/support/requests'"
                + " AND created_at >= (SELECT created_at FROM support_request WHERE id = " + id + ")"),
                "the support person is told in the portal");
        assertTrue(ids(Api.send(SUPPORT_PERSON, "GET", "/api/support-requests", null)).contains(id),
                "the request is in the support person's list");

        // Nobody else: not another member invited to the same meeting, not the rest of the secretariat (the plan named
        // someone), not the chair before it was escalated, not finance.
        for (String other : List.of("river", "lark", "secretariat", "oak", "finance", "justice")) {
            assertEquals(404, Api.send(other, "GET", "/api/support-requests/" + id, null).statusCode(), other);
            assertEquals(404, Api.send(other, "POST", "/api/support-requests/" + id + "/acknowledgement", null)
                    .statusCode(), other);
            assertFalse(ids(Api.send(other, "GET", "/api/support-requests", null)).contains(id), other);
        }
        assertEquals(404, Api.send("sunflower", "POST", "/api/support-requests/" + id + "/acknowledgement", null)
                .statusCode(), "the member does not acknowledge her own request");
        assertEquals("OPEN", state("sunflower", id), "nothing changed");

        HttpResponse<String> acknowledged = Api.send(SUPPORT_PERSON, "POST", "/api/support-requests/" + id
                + "/acknowledgement", null);
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        assertEquals("ACKNOWLEDGED", Tokens.json(acknowledged.body()).getString("state"));
        assertEquals("ACKNOWLEDGED", state("sunflower", id), "the member sees that someone has it");
        assertTrue(Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'sunflower'"
                + " AND message_key = 'notification.care.support.acknowledged'") >= 1, "and is told");
        assertEquals(200, Api.send(SUPPORT_PERSON, "POST", "/api/support-requests/" + id + "/acknowledgement", null)
                .statusCode(), "acknowledging twice changes nothing");
    }

    @Test
    void anUnacknowledgedUrgentRequestGoesToTheChairAfterTwoHours() throws Exception {
        long id = Tokens.json(Api.send("lark", "POST", "/api/me/support-requests", ask("OTHER", null, "NOW", null))
                .body()).getJsonNumber("id").longValue();
        assertEquals("SUPPORT_DUTY", Tokens.json(Api.send("lark", "GET", "/api/support-requests/" + id, null).body())
                .getString("reaches"), "no meeting: the secretariat's support duty");
        assertTrue(ids(Api.send("secretariat", "GET", "/api/support-requests", null)).contains(id), "the duty sees it");

        PortalTime.runJob("support-escalation");
        PortalTime.moveBy(Duration.ofMinutes(119));
        PortalTime.runJob("support-escalation");
        assertEquals("OPEN", state("lark", id), "within two hours it stays with the duty");
        assertEquals(404, Api.send("oak", "GET", "/api/support-requests/" + id, null).statusCode(),
                "the chair does not see it yet");

        PortalTime.moveBy(Duration.ofMinutes(2));
        PortalTime.runJob("support-escalation"); // the minute timer may have been first: the state tells
        assertEquals("ESCALATED", state("lark", id), "the member sees it went further");
        assertTrue(Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'role:chair'"
                + " AND message_key = 'notification.care.support.escalated'") >= 1, "the chair is told");
        assertTrue(ids(Api.send("oak", "GET", "/api/support-requests", null)).contains(id), "the chair sees it");
        assertEquals(404, Api.send("river", "GET", "/api/support-requests/" + id, null).statusCode());
        assertEquals(404, Api.send("sunflower", "GET", "/api/support-requests/" + id, null).statusCode());
        PortalTime.runJob("support-escalation");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'care.support.escalated'"
                + " AND subject_ref = 'support-request:" + id + "'"), "escalated once, however often the job runs");

        HttpResponse<String> acknowledged = Api.send("oak", "POST", "/api/support-requests/" + id
                + "/acknowledgement", null);
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        assertEquals("ACKNOWLEDGED", state("lark", id));
    }

    @Test
    void aSoonRequestWaitsTwoDaysBeforeTheChairIsTold() throws Exception {
        long id = Tokens.json(Api.send("river", "POST", "/api/me/support-requests", ask("TASK", null, "SOON",
                "After Thursday is fine.")).body()).getJsonNumber("id").longValue();
        PortalTime.moveBy(Duration.ofHours(47));
        PortalTime.runJob("support-escalation");
        assertEquals("OPEN", state("river", id));
        PortalTime.moveBy(Duration.ofHours(1).plusMinutes(1));
        PortalTime.runJob("support-escalation");
        assertEquals("ESCALATED", state("river", id));
    }

    @Test
    void stepOutReachesTheMeetingsSupportPerson() throws Exception {
        long meeting = meetingWithSupportPerson("Plenary with a step-out", SUPPORT_PERSON);
        invite(meeting, "sunflower");
        HttpResponse<String> accepted = Api.send("sunflower", "POST", "/api/invitations/" + invitationOf("sunflower",
                meeting) + "/response", "{\"accept\":true}");
        assertEquals(200, accepted.statusCode(), accepted.body());

        assertEquals(204, Api.send("sunflower", "POST", "/api/meetings/" + meeting + "/step-out", null).statusCode());
        JsonObject request = array(Api.send(SUPPORT_PERSON, "GET", "/api/support-requests", null).body()).stream()
                        .map(JsonObject.class::cast)
                        .filter(r -> "MEETING".equals(r.getString("about")) && r.getJsonNumber("refId") != null
                                && r.getJsonNumber("refId").longValue() == meeting)
                        .findFirst().orElseThrow();
        assertEquals("NOW", request.getString("urgency"));
        assertEquals("SUPPORT_PERSON", request.getString("reaches"));
        assertEquals(404, Api.send("secretariat", "GET", "/api/support-requests/" + request.getJsonNumber("id"),
                null).statusCode(), "it went to the person named, not the whole secretariat");
        assertEquals("MEETING", array(Api.send("sunflower", "GET", "/api/me/support-requests", null)
                .body()).getJsonObject(0).getString("about"), "the member sees it among her requests");
    }

    @Test
    void badRequestsAreRefusedWithTheReasonInTheMembersLanguage() throws Exception {
        long notRivers = meetingWithSupportPerson("A meeting river is not invited to", SUPPORT_PERSON);
        invite(notRivers, "sunflower");
        long before = Db.number("SELECT COUNT(*) FROM support_request");

        assertEquals("care.support.meeting.notYours", error(Api.send("river", "POST", "/api/me/support-requests",
                ask("MEETING", notRivers, "NOW", null))));
        assertEquals("care.support.meeting.notYours", error(Api.send("river", "POST", "/api/me/support-requests",
                ask("MEETING", 987654321L, "NOW", null))), "a meeting that does not exist reads the same");
        assertEquals("care.support.meeting.required", error(Api.send("river", "POST", "/api/me/support-requests",
                ask("MEETING", null, "SOON", null))));
        HttpResponse<String> tooLong = Api.sendIn("sr-Latn", "river", "POST", "/api/me/support-requests",
                ask("OTHER", null, "SOON", "a".repeat(301)));
        assertEquals("care.support.note.tooLong", error(tooLong));
        assertTrue(Tokens.json(tooLong.body()).getString("message").contains("300"), tooLong.body());
        assertTrue(Tokens.json(tooLong.body()).getString("message").contains("Napomena"), "in Serbian: "
                + tooLong.body());
        HttpResponse<String> number = Api.send("river", "POST", "/api/me/support-requests", ask("OTHER", null, "NOW",
                "Call me on +381 64 123 4567"));
        assertEquals("care.support.note.contactDetails", error(number), "contact details stay in the vault");
        assertEquals("care.support.about.invalid", error(Api.send("river", "POST", "/api/me/support-requests",
                ask("GOSSIP", null, "SOON", null))));
        assertEquals("care.support.urgency.required", error(Api.send("river", "POST", "/api/me/support-requests",
                ask("OTHER", null, null, null))));
        assertEquals(404, Api.send("secretariat", "POST", "/api/me/support-requests", ask("OTHER", null, "NOW",
                null)).statusCode(), "only members ask here");
        assertEquals(before, Db.number("SELECT COUNT(*) FROM support_request"), "nothing was recorded");

        assertEquals(201, Api.send("river", "POST", "/api/me/support-requests", ask("OTHER", null, "SOON",
                "é".repeat(300))).statusCode(), "exactly 300 characters is fine");
    }

    static JsonArray array(String body) {
        try (var reader = Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray();
        }
    }

    private static String ask(String about, Long refId, String urgency, String note) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("about", about);
        if (refId != null) {
            b.add("refId", refId);
        }
        if (urgency != null) {
            b.add("urgency", urgency);
        }
        if (note != null) {
            b.add("note", note);
        }
        return b.build().toString();
    }

    private static String state(String user, long id) throws Exception {
        HttpResponse<String> r = Api.send(user, "GET", "/api/support-requests/" + id, null);
        assertEquals(200, r.statusCode(), r.body());
        return Tokens.json(r.body()).getString("state");
    }

    private static List<Long> ids(HttpResponse<String> list) {
        if (list.statusCode() != 200) {
            return List.of();
        }
        JsonArray rows = array(list.body());
        return rows.stream().map(v -> ((JsonObject) v).getJsonNumber("id").longValue()).toList();
    }

    static long meetingWithSupportPerson(String title, String supportLogin) throws Exception {
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        HttpResponse<String> created = Api.send("secretariat", "POST", "/api/meetings", Json.createObjectBuilder()
                .add("kind", "WORKING_GROUP").add("title", title).add("agenda", "1. Opening")
                .add("start", start.toString()).add("end", start.plus(3, ChronoUnit.HOURS).toString())
                .add("online", false).add("venueOrLink", "Palata Srbija, hall 3").add("language", "sr-Latn")
                .add("meetingDays", "1").add("preparationHours", "2").add("perDiemDays", 1).add("travelKm", "0")
                .build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> planned = Api.send("secretariat", "PUT", "/api/meetings/" + id + "/safety-plan",
                Json.createObjectBuilder().add("supportPersonName", "Kristina from the secretariat")
                        .add("supportContact", "+381 60 000 0000").add("quietRoom", "Room 4, next door")
                        .add("noStoriesRuleAcknowledged", true).add("supportLogin", supportLogin).build().toString());
        assertEquals(200, planned.statusCode(), planned.body());
        return id;
    }

    static void invite(long meeting, String login) throws Exception {
        HttpResponse<String> invited = Api.send("secretariat", "POST", "/api/meetings/" + meeting + "/invitations",
                "{\"memberRef\":\"" + Db.memberRef(login) + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
    }

    static long invitationOf(String login, long meeting) throws Exception {
        return Db.number("SELECT id FROM meeting_invitation WHERE meeting_id = " + meeting + " AND member_ref = '"
                + Db.memberRef(login) + "'");
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject body = Tokens.json(response.body());
        assertFalse(body.getString("message").isBlank());
        return body.getString("error");
    }
}
