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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * "Download my data", complete (issue 20): the file holds what the member wrote and what is owed to them, gathered from
 * every feature (comments, claims and payables, meetings and the needs they wrote, support requests), checked against
 * what this test created; and nothing of another member who did the same things at the same time.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class MemberDataExportIT {

    @Test
    void theExportHoldsTheMembersCommentsPayablesMeetingNeedsAndSupportRequestsAndNothingOfAnotherMember()
            throws Exception {
        String mine = "zq" + letters();
        String theirs = "zx" + letters();

        // A consultation both comment on; sunflower claims her preparation hours.
        long consultation = openConsultation("Export " + mine);
        comment("sunflower", consultation, "Interpreters from the first interview " + mine);
        comment("river", consultation, "Shelters need more beds " + theirs);
        HttpResponse<String> claimed = Api.send("sunflower", "POST", "/api/consultations/" + consultation
                + "/preparation-claims", "{\"hours\":\"2\"}");
        assertEquals(201, claimed.statusCode(), claimed.body());
        long preparation = Tokens.json(claimed.body()).getJsonNumber("payableId").longValue();

        // A claim of her own: lost earnings, with its description.
        HttpResponse<String> lost = Api.sendKeyed("sunflower", "POST", "/api/me/expense-claims",
                Json.createObjectBuilder().add("kind", "LOST_EARNINGS").add("date", PortalTime.today().minusDays(2)
                        .toString()).add("days", "1").add("attested", true)
                        .add("description", "Market stall closed " + mine).build().toString(), "k-" + UUID.randomUUID());
        assertEquals(201, lost.statusCode(), lost.body());

        // A meeting both accept, each writing what they need.
        long meeting = SupportRequestApiIT.meetingWithSupportPerson("Export meeting " + mine, "custodian");
        SupportRequestApiIT.invite(meeting, "sunflower");
        SupportRequestApiIT.invite(meeting, "river");
        accept("sunflower", meeting, "A seat near the door " + mine);
        accept("river", meeting, "Large print agenda " + theirs);

        // Support requests, each with a note.
        assertEquals(201, Api.send("sunflower", "POST", "/api/me/support-requests", "{\"about\":\"OTHER\","
                + "\"urgency\":\"SOON\",\"note\":\"Text me " + mine + "\"}").statusCode());
        assertEquals(201, Api.send("river", "POST", "/api/me/support-requests", "{\"about\":\"OTHER\","
                + "\"urgency\":\"SOON\",\"note\":\"Call me " + theirs + "\"}").statusCode());

        HttpResponse<String> export = Api.send("sunflower", "GET", "/api/me/export", null);
        assertEquals(200, export.statusCode(), export.body());
        String file = export.body();
        JsonObject data = Tokens.json(file);

        assertTrue(data.getJsonObject("comments").getJsonArray("comments").stream().map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("text", "").equals("Interpreters from the first interview " + mine)
                        && c.getJsonNumber("consultationId").longValue() == consultation), "her comment");
        assertTrue(data.getJsonObject("payables").getJsonArray("payables").stream().map(JsonObject.class::cast)
                .anyMatch(p -> p.getJsonNumber("id").longValue() == preparation
                        && "3000.00".equals(p.getString("amount", ""))), "the preparation she claimed, with its amount");
        assertTrue(data.getJsonObject("claims").getJsonArray("claims").stream().map(JsonObject.class::cast)
                .anyMatch(c -> ("Market stall closed " + mine).equals(c.getString("description", ""))
                        && "LOST_EARNINGS_DAY".equals(c.getString("activity", ""))), "her lost-earnings claim");
        assertTrue(data.getJsonObject("meetings").getJsonArray("invitations").stream().map(JsonObject.class::cast)
                .anyMatch(i -> i.getJsonNumber("meetingId").longValue() == meeting
                        && ("A seat near the door " + mine).equals(i.getString("needs", ""))
                        && "ACCEPTED".equals(i.getString("answer", ""))), "the meeting and the needs she wrote");
        assertTrue(data.getJsonArray("supportRequests").stream().map(JsonObject.class::cast)
                .anyMatch(r -> ("Text me " + mine).equals(r.getString("note", ""))), "her support request");
        for (String section : new String[] {"stances", "tasks", "workLogs"}) {
            assertTrue(data.containsKey(section), "the export has a " + section + " section");
        }

        assertFalse(file.contains(theirs), "nothing river wrote is in sunflower's file");

        // The same content as a PDF to read, in her language.
        HttpResponse<byte[]> pdf = Api.bytes("sr-Latn", "sunflower", "/api/me/export/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String read = org.nstac.portal.it.Pdfs.text(pdf.body()).replaceAll("\\s+", " ");
        for (String hers : new String[] {"Interpreters from the first interview " + mine, "Market stall closed " + mine,
                "A seat near the door " + mine, "Text me " + mine}) {
            assertTrue(read.contains(hers), "the PDF holds what she wrote: " + hers);
        }
        assertTrue(read.contains("Sve što portal saveta čuva o vama") && read.contains("Vaši komentari"),
                "headings in her language");
        assertFalse(read.contains(theirs), "nothing river wrote is in sunflower's PDF");
        assertEquals(404, Api.bytes("en", "custodian", "/api/me/export/pdf").statusCode(), "only a member has one");
        assertFalse(file.contains(Db.memberRef("river")), "not even river's reference");
        String ledger = Db.rows("SELECT GROUP_CONCAT(id) FROM payable WHERE member_ref = '" + Db.memberRef("river")
                + "'");
        JsonObject payables = data.getJsonObject("payables");
        for (var p : payables.getJsonArray("payables")) {
            assertEquals(0, Db.number("SELECT COUNT(*) FROM payable WHERE id = "
                    + ((JsonObject) p).getJsonNumber("id").longValue() + " AND member_ref <> '"
                    + Db.memberRef("sunflower") + "'"), "every payable in the file is hers (river's: " + ledger + ")");
        }
    }

    /** Eight random letters: a canary no check mistakes for a number. */
    static String letters() {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static long openConsultation(String title) throws Exception {
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
                .add("paidPreparationHours", 3).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        assertEquals(200, Api.send("justice", "POST", "/api/consultations/" + id + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        return id;
    }

    private static void comment(String login, long consultation, String text) throws Exception {
        HttpResponse<String> posted = Api.send(login, "POST", "/api/consultations/" + consultation + "/comments",
                Json.createObjectBuilder().add("body", text).add("attribution", "COUNCIL").build().toString());
        assertEquals(201, posted.statusCode(), posted.body());
    }

    private static void accept(String login, long meeting, String needs) throws Exception {
        HttpResponse<String> answered = Api.send(login, "POST", "/api/invitations/"
                + SupportRequestApiIT.invitationOf(login, meeting) + "/response", Json.createObjectBuilder()
                .add("accept", true).add("needs", needs).build().toString());
        assertEquals(200, answered.statusCode(), answered.body());
    }
}
