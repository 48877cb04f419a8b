package org.nstac.portal.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.it.Api.array;
import static org.nstac.portal.it.Api.error;
import static org.nstac.portal.it.Api.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Consent for each public event, through the API: accepting a task whose safety plan allows photographs and a
 * recording records the member's consent for that event with the plan's answers; the member takes it back before the
 * day and the secretariat is told; nobody else sees it or takes it back; on the event's day it is too late.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class EventConsentApiIT {

    @Test
    void acceptingATaskThatPhotographsAndRecordsRecordsConsentForThatEventWhichOnlyTheMemberMayTakeBack()
            throws Exception {
        boolean hadPhotographs = givenPhotographs("river");
        assertEquals(200, send("river", "PUT", "/api/me/consents/PHOTOGRAPHS", "{\"given\":true}").statusCode());
        long task = 0;
        long plain = 0;
        try {
            LocalDate day = PortalTime.today().plusDays(10);
            String title = "Co-facilitate the forum session " + UUID.randomUUID().toString().substring(0, 6);
            task = task(title, "CO_FACILITATE_TRAINING", day);
            HttpResponse<String> planned = send("secretariat", "PUT", "/api/tasks/" + task + "/safety-plan",
                    Json.createObjectBuilder().add("supportPersonName", "Support officer")
                            .add("supportContact", "In the next room").add("contentNotes", "Questions from the room")
                            .add("photographsAllowed", true).add("recordingAllowed", true).add("pseudonymOnly", true)
                            .build().toString());
            assertEquals(200, planned.statusCode(), planned.body());
            plain = task("Review a draft " + UUID.randomUUID().toString().substring(0, 6), "REVIEW_DRAFT", day);

            long before = mine("river").size();
            accept(offer(task, "river"), "river");
            accept(offer(plain, "river"), "river");
            long finalTask = task;
            List<JsonObject> hers = mine("river");
            assertEquals(before + 1, hers.size(), "one event consent, for the task that photographs and records: "
                    + hers);
            JsonObject consent = hers.stream().filter(c -> "TASK".equals(c.getString("about"))
                    && c.getJsonNumber("refId").longValue() == finalTask).findFirst().orElseThrow();
            assertEquals(title, consent.getString("title"));
            assertEquals(day.toString(), consent.getString("eventOn"));
            assertTrue(consent.getBoolean("photographs"), "the plan allows photographs");
            assertTrue(consent.getBoolean("recording"), "the plan allows a recording");
            assertFalse(consent.getBoolean("appearance"), "not public-facing");
            assertTrue(consent.getString("wording").contains("be photographed there")
                    && consent.getString("wording").contains("be recorded there"), consent.getString("wording"));
            assertTrue(consent.getBoolean("withdrawable"));
            assertFalse(consent.containsKey("withdrawnAt") && !consent.isNull("withdrawnAt"));
            long id = consent.getJsonNumber("id").longValue();
            assertEquals(1, Db.number("SELECT COUNT(*) FROM event_consent WHERE id = " + id + " AND member_ref = '"
                    + Db.memberRef("river") + "' AND photographs AND recording AND wording_sr LIKE '%snimani%'"),
                    "kept with the wording in both languages");

            String withdrawal = "/api/me/event-consents/" + id + "/withdrawal";
            assertTrue(mine("sunflower").stream().noneMatch(c -> c.getJsonNumber("id").longValue() == id),
                    "another member never sees it");
            assertEquals(404, send("sunflower", "POST", withdrawal, null).statusCode(), "nor takes it back");
            assertEquals(404, send("secretariat", "POST", withdrawal, null).statusCode(), "nor does the secretariat");
            assertEquals(404, send("secretariat", "GET", "/api/me/event-consents", null).statusCode(),
                    "staff have no event consents");
            assertEquals(0, Db.number("SELECT COUNT(*) FROM event_consent WHERE id = " + id
                    + " AND withdrawn_at IS NOT NULL"));

            String told = "SELECT COUNT(*) FROM notification WHERE recipient = 'role:secretariat' AND message_key = "
                    + "'notification.consent.event.withdrawn' AND link = '/secretariat/task?id=" + task + "'";
            assertEquals(0, Db.number(told));
            HttpResponse<String> withdrawn = send("river", "POST", withdrawal, null);
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
            JsonObject after = Tokens.json(withdrawn.body());
            assertFalse(after.isNull("withdrawnAt"));
            assertFalse(after.getBoolean("withdrawable"));
            assertTrue(after.keySet().stream().noneMatch(k -> k.toLowerCase(java.util.Locale.ROOT).contains("reason")),
                    "no reason asked or kept: " + after.keySet());
            assertEquals(1, Db.number(told), "the secretariat is told");
            assertEquals("consent.event.withdraw.already", error(send("river", "POST", withdrawal, null)));

            JsonObject export = Tokens.json(send("river", "GET", "/api/me/export", null).body());
            assertTrue(export.getJsonArray("eventConsents").stream().map(JsonObject.class::cast)
                    .anyMatch(c -> c.getJsonNumber("id").longValue() == id && !c.isNull("withdrawnAt")),
                    "in river's data download: " + export.get("eventConsents"));
            assertTrue(Tokens.json(send("sunflower", "GET", "/api/me/export", null).body())
                    .getJsonArray("eventConsents").stream().map(JsonObject.class::cast)
                    .noneMatch(c -> c.getJsonNumber("id").longValue() == id), "and in nobody else's");

            // Another event on its day: too late to take it back here.
            LocalDate soon = PortalTime.today().plusDays(2);
            long second = task("Speak on a panel " + UUID.randomUUID().toString().substring(0, 6),
                    "CO_FACILITATE_TRAINING", soon);
            assertEquals(200, send("secretariat", "PUT", "/api/tasks/" + second + "/safety-plan",
                    Json.createObjectBuilder().add("supportPersonName", "Support officer")
                            .add("supportContact", "In the next room").add("contentNotes", "Questions")
                            .add("photographsAllowed", true).add("pseudonymOnly", true).build().toString())
                    .statusCode());
            accept(offer(second, "river"), "river");
            long secondConsent = mine("river").stream().filter(c -> c.getJsonNumber("refId").longValue() == second)
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            PortalTime.moveBy(Duration.ofDays(2));
            assertEquals("consent.event.withdraw.tooLate", error(send("river", "POST",
                    "/api/me/event-consents/" + secondConsent + "/withdrawal", null)));
            send("secretariat", "POST", "/api/tasks/" + second + "/cancellation", null);
        } finally {
            send("river", "PUT", "/api/me/consents/PHOTOGRAPHS", "{\"given\":" + hadPhotographs + "}");
            for (long t : new long[] {task, plain}) {
                if (t != 0) {
                    send("secretariat", "POST", "/api/tasks/" + t + "/cancellation", null);
                }
            }
        }
    }

    private static boolean givenPhotographs(String login) throws Exception {
        return array(send(login, "GET", "/api/me/consents", null).body()).stream().map(JsonObject.class::cast)
                .filter(c -> "PHOTOGRAPHS".equals(c.getString("purpose"))).findFirst().orElseThrow()
                .getBoolean("given");
    }

    private static List<JsonObject> mine(String login) throws Exception {
        HttpResponse<String> listed = send(login, "GET", "/api/me/event-consents", null);
        assertEquals(200, listed.statusCode(), listed.body());
        return array(listed.body()).stream().map(JsonObject.class::cast).toList();
    }

    private static long task(String title, String kind, LocalDate deadline) throws Exception {
        HttpResponse<String> created = send("secretariat", "POST", "/api/tasks", Json.createObjectBuilder()
                .add("title", title).add("outcome", "Two sessions run with the trainer.").add("kind", kind)
                .add("estimatedHours", new BigDecimal("2")).add("payBasis", "HOURLY")
                .add("deadline", deadline.toString()).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Tokens.json(created.body()).getJsonNumber("id").longValue();
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
}
