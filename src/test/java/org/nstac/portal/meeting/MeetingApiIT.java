package org.nstac.portal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * Meetings over the API against the real stack: no invitation without a safety plan, no confirmation without the
 * consents the meeting needs (and a withdrawn consent withdraws the seat), attendance paying exactly what was promised
 * once, minutes that never hold a legal name and that ministries and observers cannot read (but for the marked parts
 * of their own hearing), discreet mail through a real SMTP server, and meetings a member was not invited to staying
 * invisible.
 */
@ExtendWith({PortalStack.class, LedgerCheck.class, PortalTime.class})
class MeetingApiIT {

    @Test
    void badMeetingsAndInvitationsWithoutASafetyPlanAreRefusedWithTheReason() throws Exception {
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS);
        assertEquals("meeting.link.invalid", error(create(meeting("PLENARY", "Link", start, true,
                "javascript:alert(1)"))));
        assertEquals("meeting.link.invalid", error(create(meeting("PLENARY", "Ftp", start, true, "ftp://x.org/m"))));
        assertEquals("meeting.times.order", error(create(meeting("PLENARY", "Order", start, false, "Room 3")
                .add("end", start.minusSeconds(60).toString()))));
        assertEquals("meeting.start.past", error(create(meeting("PLENARY", "Past", Instant.now().minusSeconds(600),
                false, "Room 3"))));
        assertEquals("meeting.hearing.ministryRequired", error(create(meeting("HEARING", "Hearing", start, false,
                "Room 3"))));
        assertEquals(404, Api.send("sunflower", "POST", "/api/meetings",
                meeting("PLENARY", "Member", start, false, "Room 3").build().toString()).statusCode());

        long plenary = id(create(meeting("PLENARY", "December plenary", start, false, "Palata Srbija, hall 3")));
        assertEquals("meeting.invite.noSafetyPlan", error(invite(plenary, "sunflower")));
        assertEquals("meeting.safety.quietRoom.required", error(plan(plenary, safetyPlan().add("quietRoom", ""))));
        assertEquals("meeting.safety.noStories.required", error(plan(plenary,
                safetyPlan().add("noStoriesRuleAcknowledged", false))));
        HttpResponse<String> planned = plan(plenary, safetyPlan());
        assertEquals(200, planned.statusCode(), planned.body());
        assertEquals("PSEUDONYM_BADGE", Tokens.json(planned.body()).getString("naming"), "pseudonym badges by default");
        assertFalse(Tokens.json(planned.body()).getBoolean("photographsAllowed"), "no photographs by default");
        assertEquals("meeting.invite.consentMissing", error(invite(plenary, "willow")),
                "willow has not given the council-work consent");
        assertEquals(201, invite(plenary, "sunflower").statusCode());
        respond("sunflower", plenary, true, null);
        assertEquals("meeting.attendance.tooEarly", error(Api.send("secretariat", "POST", "/api/meetings/" + plenary
                + "/attendance", attendance(Db.memberRef("sunflower"), "PRESENT", null))));
    }

    @Test
    void membersSeeOnlyTheMeetingsTheyWereInvitedToAndTheLinkOnlyFromTheDayBefore() throws Exception {
        long plenary = plannedMeeting("PLENARY", "Plenary on the shelter law", Instant.now().plus(2, ChronoUnit.DAYS),
                false, "Palata Srbija, hall 3");
        for (String login : List.of("sunflower", "river", "lark")) {
            HttpResponse<String> invited = invite(plenary, login);
            assertEquals(201, invited.statusCode(), invited.body());
            assertEquals("INVITED", Tokens.json(invited.body()).getString("state"));
        }
        assertEquals(404, Api.send("oak", "GET", "/api/meetings/" + plenary, null).statusCode());
        assertFalse(Api.send("oak", "GET", "/api/meetings", null).body().contains("\"id\":" + plenary + ","));
        for (String user : List.of("justice", "observer")) {
            assertEquals(404, Api.send(user, "GET", "/api/meetings", null).statusCode(), user);
            assertEquals(404, Api.send(user, "GET", "/api/meetings/" + plenary, null).statusCode(), user);
        }
        JsonObject seen = Tokens.json(Api.send("sunflower", "GET", "/api/meetings/" + plenary, null).body());
        assertEquals("Palata Srbija, hall 3", seen.getString("venue"));
        assertEquals("Kristina from the secretariat", seen.getJsonObject("safetyPlan").getString("supportPersonName"));
        assertTrue(seen.getJsonArray("pays").toString().contains("PER_DIEM"), seen.toString());

        String link = "https://meet.example.org/council-" + UUID.randomUUID();
        long later = id(create(meeting("WORKING_GROUP", "Working group on shelters",
                Instant.now().plus(3, ChronoUnit.DAYS), true, link)));
        assertEquals(200, plan(later, onlinePlan()).statusCode());
        invite(later, "sunflower");
        JsonObject early = Tokens.json(Api.send("sunflower", "GET", "/api/meetings/" + later, null).body());
        assertTrue(!early.containsKey("link") || early.isNull("link"), "no link three days before: " + early);
        assertFalse(Api.send("sunflower", "GET", "/api/meetings", null).body().contains(link));

        long soon = plannedMeeting("WORKING_GROUP", "Short call", Instant.now().plus(2, ChronoUnit.HOURS), true, link);
        invite(soon, "sunflower");
        assertEquals(link, Tokens.json(Api.send("sunflower", "GET", "/api/meetings/" + soon, null).body())
                .getString("link"), "the invitee sees the link on the day before and the day");
        assertEquals(404, Api.send("river", "GET", "/api/meetings/" + soon, null).statusCode());
        assertFalse(Api.send("river", "GET", "/api/meetings", null).body().contains(link), "nor in a list");
        assertEquals(404, Api.send("river", "GET", "/api/meetings/" + soon + "/safety-plan", null).statusCode());
    }

    @Test
    void membersAnswerWithoutAReasonAndOverlapsAreOnlyAWarning() throws Exception {
        long plenary = plannedMeeting("PLENARY", "Plenary on the labour law", Instant.now().plus(2, ChronoUnit.DAYS),
                false, "Palata Srbija, hall 3");
        for (String login : List.of("sunflower", "river", "lark")) {
            invite(plenary, login);
        }
        assertEquals("ACCEPTED", respond("sunflower", plenary, true, null).getString("state"));
        JsonObject river = respond("river", plenary, true, "Interpretation into Romani, please");
        assertEquals("ACCEPTED", river.getString("state"));
        assertEquals("DECLINED", respond("lark", plenary, false, null).getString("state"));
        long sunflowers = invitationOf("sunflower", plenary);
        assertEquals(404, Api.send("river", "POST", "/api/invitations/" + sunflowers + "/response",
                "{\"accept\":false}").statusCode(), "nobody answers for another member");
        JsonArray invitations = Tokens.json("{\"a\":" + Api.send("secretariat", "GET", "/api/meetings/" + plenary
                + "/invitations", null).body() + "}").getJsonArray("a");
        assertTrue(invitations.toString().contains("Interpretation into Romani"), "the secretariat sees the needs");

        Instant inTwoHours = Instant.now().plus(2, ChronoUnit.HOURS);
        long call = plannedMeeting("WORKING_GROUP", "Call on the budget", inTwoHours, true,
                "https://meet.example.org/budget-" + UUID.randomUUID());
        invite(call, "sunflower");
        respond("sunflower", call, true, null);
        long clash = plannedMeeting("TRAINING", "Training at the same time", inTwoHours.plusSeconds(600), false,
                "Room 5");
        JsonObject invited = Tokens.json(invite(clash, "sunflower").body());
        assertTrue(invited.getBoolean("overlapsAnotherMeeting"), invited.toString());
    }

    @Test
    void aPublicEventNeedsPublicAppearanceConsentAndWithdrawingItWithdrawsTheSeat() throws Exception {
        long event = plannedMeeting("PUBLIC_EVENT", "Conference on labour exploitation",
                Instant.now().plus(4, ChronoUnit.DAYS), false, "Sava Centar");
        invite(event, "oak");
        long invitation = invitationOf("oak", event);
        HttpResponse<String> refused = Api.send("oak", "POST", "/api/invitations/" + invitation + "/response",
                "{\"accept\":true}");
        assertEquals("meeting.accept.consentMissing", error(refused));
        assertEquals(200, Api.send("oak", "PUT", "/api/me/consents/PUBLIC_APPEARANCE", "{\"given\":true}").statusCode());
        assertEquals("ACCEPTED", respond("oak", event, true, null).getString("state"));
        long told = Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'role:secretariat' AND message_key = "
                + "'notification.meeting.consentWithdrawn'");
        assertEquals(200, Api.send("oak", "PUT", "/api/me/consents/PUBLIC_APPEARANCE", "{\"given\":false}")
                .statusCode());
        JsonObject after = Tokens.json(Api.send("oak", "GET", "/api/meetings/" + event, null).body());
        assertEquals("WITHDRAWN", after.getJsonObject("invitation").getString("state"));
        assertEquals(told + 1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'role:secretariat' AND "
                + "message_key = 'notification.meeting.consentWithdrawn'"), "the secretariat is told");
    }

    @Test
    void mailIsDiscreetSentOnlyAfterCommitAndOnlyWithConsent() throws Exception {
        String title = "Hearing on the shelter law " + UUID.randomUUID().toString().substring(0, 5);
        long hearing = id(create(meeting("HEARING", title, Instant.now().plus(5, ChronoUnit.DAYS), false,
                "Hotel Moskva, Terazije").add("organisationCode", "justice")));
        assertEquals(200, Api.send("river", "PUT", "/api/me/consents/EMAIL_CONTACT", "{\"given\":true}").statusCode());
        HttpResponse<String> profile = Api.send("river", "PUT", "/api/me/profile", Json.createObjectBuilder()
                .add("rolesOffered", Json.createArrayBuilder().add("CONSULTANT").add("ADVISOR"))
                .add("hoursPerMonth", 12).add("contactChannel", "EMAIL").build().toString());
        assertEquals(200, profile.statusCode(), profile.body());
        // One mail a day per member: send what earlier tests left waiting, then forget what was mailed today.
        org.nstac.portal.it.PortalTime.runJob("discreet-mail");
        try (Connection c = Db.connectAsOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM discreet_mail_day");
        }
        PortalStack.mail().purgeEmailFromAllMailboxes();
        // Refused (no safety plan yet), and sunflower has no e-mail consent: neither may send anything. The one
        // invitation that may mail comes after them, so if either had sent a mail there would be two.
        assertEquals("meeting.invite.noSafetyPlan", error(invite(hearing, "river")));
        plan(hearing, safetyPlan());
        assertEquals(201, invite(hearing, "sunflower").statusCode());
        assertEquals(201, invite(hearing, "river").statusCode());
        org.nstac.portal.it.PortalTime.runJob("discreet-mail");
        assertTrue(PortalStack.mail().waitForIncomingEmail(15_000, 1), "the invitation is mailed");
        assertFalse(PortalStack.mail().waitForIncomingEmail(1_000, 2), "one mail, to river only");
        MimeMessage mail = PortalStack.mail().getReceivedMessages()[0];
        assertEquals("You have a new message in the council portal", mail.getSubject());
        assertEquals("demo.bojana@example.invalid", mail.getAllRecipients()[0].toString());
        String all = new String(mail.getRawInputStream().readAllBytes()).toLowerCase(Locale.ROOT)
                + mail.getContent().toString().toLowerCase(Locale.ROOT);
        for (String secret : List.of("hearing", "shelter", "moskva", "terazije", "river", "bojana", "justice",
                title.toLowerCase(Locale.ROOT))) {
            assertFalse(all.contains(secret), "the mail says " + secret + ": " + all);
        }
    }

    @Test
    void attendancePaysExactlyWhatTheMeetingPromisedOnceEvenWhenRecordedTwice() throws Exception {
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        long plenary = plannedMeeting("PLENARY", "Plenary on the anti-trafficking strategy", start, false,
                "Palata Srbija, hall 3");
        for (String login : List.of("sunflower", "river", "lark")) {
            invite(plenary, login);
        }
        respond("sunflower", plenary, true, null);
        respond("river", plenary, true, null);
        respond("lark", plenary, false, null);
        PortalTime.moveBy(Duration.between(Instant.now(), start).plusMinutes(5));

        String sunflower = Db.memberRef("sunflower");
        String river = Db.memberRef("river");
        String body = Json.createObjectBuilder().add("lines", Json.createArrayBuilder()
                .add(line(sunflower, "PRESENT", null)).add(line(river, "PARTLY", "1"))).build().toString();
        HttpResponse<String> first = Api.send("secretariat", "POST", "/api/meetings/" + plenary + "/attendance", body);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(2, Tokens.json(first.body()).getInt("recorded"));
        String payables = "SELECT activity, quantity, amount FROM payable WHERE source_key LIKE 'meeting:" + plenary
                + ":member:%' ORDER BY member_ref, activity";
        String before = Db.rows(payables);
        assertEquals(6, Db.number("SELECT COUNT(*) FROM payable WHERE source_key LIKE 'meeting:" + plenary + ":member:%'"),
                "meeting day, preparation and per diem for each of the two: " + before);
        assertTrue(Db.rows("SELECT activity, amount FROM payable WHERE source_key LIKE 'meeting:" + plenary + ":member:"
                + sunflower + ":%' ORDER BY activity").contains("MEETING_DAY 8000.00"), before);

        HttpResponse<String> again = Api.send("secretariat", "POST", "/api/meetings/" + plenary + "/attendance", body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, Tokens.json(again.body()).getInt("recorded"));
        assertEquals(before, Db.rows(payables), "recording twice creates nothing more");
        assertEquals("meeting.attendance.alreadyRecorded", error(Api.send("secretariat", "POST", "/api/meetings/"
                + plenary + "/attendance", attendance(river, "PRESENT", null))));
        assertEquals("meeting.attendance.notAttendee", error(Api.send("secretariat", "POST", "/api/meetings/"
                + plenary + "/attendance", attendance(Db.memberRef("lark"), "PRESENT", null))), "lark declined");
        // The meeting has a safety plan, so each member who took part is offered one debrief (recorded twice: still one).
        String debriefs = "SELECT COUNT(*) FROM debrief WHERE about = 'MEETING' AND ref_id = " + plenary
                + " AND state = 'OFFERED' AND member_ref = ";
        assertEquals(1, Db.number(debriefs + "'" + sunflower + "'"), "sunflower was there");
        assertEquals(1, Db.number(debriefs + "'" + river + "'"), "river was there for part of it");
        assertEquals(0, Db.number(debriefs + "'" + Db.memberRef("lark") + "'"), "lark did not come");
        assertTrue(Api.send("river", "GET", "/api/me/debriefs", null).body().contains("\"refId\":" + plenary + ","),
                "river sees it");
        JsonObject statement = Tokens.json(Api.send("sunflower", "GET", "/api/me/statement", null).body());
        assertTrue(statement.getJsonArray("payables").toString().contains("\"activity\":\"PER_DIEM\""), "on the statement");

        JsonArray paid = Tokens.json(Api.send("sunflower", "GET", "/api/meetings/" + plenary, null).body())
                .getJsonArray("paid");
        assertEquals(3, paid.size(), "the meeting shows what it accrued to sunflower: " + paid);
        assertTrue(paid.toString().contains("\"activity\":\"PER_DIEM\"") && paid.toString()
                .contains("\"state\":\"ACCRUED\""), paid.toString());
        assertTrue(Tokens.json(Api.send("lark", "GET", "/api/meetings/" + plenary, null).body()).getJsonArray("paid")
                .isEmpty(), "lark declined and is owed nothing for it");
        assertFalse(Api.send("secretariat", "GET", "/api/meetings/" + plenary, null).body().contains("payableId"),
                "the secretariat's view of a meeting lists no member's money");
    }

    @Test
    void minutesNeverHoldALegalNameAndMinistriesReadOnlyTheirMarkedPartsOfTheirHearing() throws Exception {
        String canary = "zm" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String legal = "Minute" + canary + " Petrović";
        HttpResponse<String> admitted = Api.send("secretariat", "POST", "/api/members", Json.createObjectBuilder()
                .add("pseudonym", "Finch " + canary.substring(2, 6)).add("language", "sr-Latn").add("adult", true)
                .add("yearsSinceExploitation", 6).add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .add("legalName", legal).add("email", "finch." + canary + "@example.org").add("paidThroughPartner", true).build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        String finch = Tokens.json(admitted.body()).getString("ref");
        String password = "Finch-password-" + canary;
        KeycloakUsers.setPermanentPassword(Tokens.json(admitted.body()).getString("login"), password);
        String token = Tokens.accessToken(Tokens.json(admitted.body()).getString("login"), password);
        assertEquals(200, Api.sendToken(token, "en", "PUT", "/api/me/consents/COUNCIL_WORK", "{\"given\":true}")
                .statusCode(), "the member gives the council-work consent themselves");
        int terms = Tokens.json(Api.sendToken(token, "en", "GET", "/api/me/engagement-terms", null).body())
                .getInt("version");
        assertEquals(200, Api.sendToken(token, "en", "POST", "/api/me/engagement-terms/acceptance",
                "{\"version\":" + terms + "}").statusCode(), "and accepts the engagement terms before any invitation");
        long hearing = plannedMeeting("HEARING", "Hearing with the justice ministry",
                Instant.now().plus(6, ChronoUnit.DAYS), false, "Nemanjina 22", "justice");
        assertEquals(201, invite(hearing, finch).statusCode());
        HttpResponse<String> named = Api.send("secretariat", "PUT", "/api/meetings/" + hearing + "/minutes",
                minutes("Minute" + canary + " Petrović spoke about the draft.", "Follow-up for the ministry."));
        assertEquals("meeting.minutes.legalName", error(named));
        assertFalse(named.body().toLowerCase(Locale.ROOT).contains(canary), "the refusal never repeats the name");
        assertEquals("meeting.minutes.legalName", error(Api.send("secretariat", "PUT", "/api/meetings/" + hearing
                + "/minutes", minutes("Mrs Petrović asked for the next steps.", "Follow-up."))));
        HttpResponse<String> drafted = Api.send("secretariat", "PUT", "/api/meetings/" + hearing + "/minutes",
                minutes("Finch " + canary.substring(2, 6) + " asked about shelters; the council agreed a position.",
                        "The ministry will answer the council's position by January."));
        assertEquals(200, drafted.statusCode(), drafted.body());
        assertEquals(404, Api.send("justice", "GET", "/api/meetings/" + hearing + "/minutes", null).statusCode(),
                "a draft is the secretariat's");
        Instant until = Instant.now().plus(2, ChronoUnit.DAYS);
        assertEquals(200, Api.send("secretariat", "POST", "/api/meetings/" + hearing + "/minutes/sharing",
                "{\"correctionsUntil\":\"" + until + "\"}").statusCode());
        PortalTime.moveBy(Duration.between(Instant.now(), until).plusMinutes(1));
        HttpResponse<String> published = Api.send("secretariat", "POST", "/api/meetings/" + hearing
                + "/minutes/publication", null);
        assertEquals(200, published.statusCode(), published.body());

        JsonObject justice = Tokens.json(Api.send("justice", "GET", "/api/meetings/" + hearing + "/minutes", null)
                .body());
        assertEquals(1, justice.getJsonArray("parts").size(), justice.toString());
        assertTrue(justice.getJsonArray("parts").getJsonObject(0).getBoolean("forMinistry"));
        for (String other : List.of("labour", "observer")) {
            assertEquals(404, Api.send(other, "GET", "/api/meetings/" + hearing + "/minutes", null).statusCode(),
                    other);
        }
        long plenary = plannedMeeting("PLENARY", "Plenary without the ministry",
                Instant.now().plus(8, ChronoUnit.DAYS), false, "Room 2");
        assertEquals(404, Api.send("justice", "GET", "/api/meetings/" + plenary + "/minutes", null).statusCode(),
                "nothing of a plenary");
        assertEquals(2, Tokens.json(Api.send("oak", "GET", "/api/meetings/" + hearing + "/minutes", null).body())
                .getJsonArray("parts").size(), "published to the council");
        String stored = Db.rows("SELECT body FROM meeting_minutes_part") + Db.rows("SELECT body FROM meeting_minutes_correction");
        assertFalse(stored.toLowerCase(Locale.ROOT).contains(canary.toLowerCase(Locale.ROOT) + " petrović"));
        assertFalse(stored.toLowerCase(Locale.ROOT).contains("petrović"), "no legal name in any minutes");
    }

    @Test
    void aCancelledMeetingTellsInviteesAndStillPaysTravelToThoseWhoSetOut() throws Exception {
        long later = id(create(meeting("WORKING_GROUP", "Working group on visitors", Instant.now().plus(3,
                ChronoUnit.DAYS), true, "https://meet.example.org/visitors-" + UUID.randomUUID()).add("travelKm", "40")));
        plan(later, onlinePlan());
        invite(later, "sunflower");
        respond("sunflower", later, true, null);
        long told = Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'sunflower' AND message_key = "
                + "'notification.meeting.cancelled'");
        HttpResponse<String> cancelled = Api.send("secretariat", "POST", "/api/meetings/" + later + "/cancellation",
                "{\"travelled\":[\"" + Db.memberRef("sunflower") + "\"]}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Tokens.json(cancelled.body()).getString("state"));
        assertEquals(told + 1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'sunflower' AND message_key ="
                + " 'notification.meeting.cancelled'"));
        assertEquals("Working group on visitors", Db.text("SELECT subject FROM notification WHERE recipient = 'sunflower'"
                + " AND message_key = 'notification.meeting.cancelled' ORDER BY id DESC LIMIT 1"),
                "the notice names the meeting (issue 17)");
        assertEquals("TRAVEL_PER_KM 40.00 1400.00", Db.rows("SELECT activity, CAST(quantity AS DECIMAL(9,2)), amount FROM payable WHERE "
                + "source_key LIKE 'meeting:" + later + ":member:%'").strip(), "40 km at 35 RSD");
        assertEquals(PortalTime.today().toString(), Db.rows(
                "SELECT work_date FROM payable WHERE source_key LIKE 'meeting:" + later + ":member:%'").strip(),
                "travel for a meeting called off three days ahead is owed from the day it was called off");
        assertEquals("meeting.cancelled", error(invite(later, "river")));
        assertEquals("Working group on visitors /member/meetings#meeting-" + later, Db.text("SELECT CONCAT(subject, ' ', "
                + "link) FROM notification WHERE recipient = 'sunflower' AND message_key = 'notification.meeting.invited'"
                + " ORDER BY id DESC LIMIT 1"), "the invitation names the meeting and links to it on her list");
    }

    @Test
    void aFullMeetingRefusesFurtherAcceptancesEvenAtTheSameMomentAndAMoveTellsTheInvitees() throws Exception {
        Instant start = Instant.now().plus(6, ChronoUnit.DAYS);
        assertEquals("meeting.consultation.unknown", error(create(meeting("TRAINING", "Linked", start, false,
                "Room 2").add("consultationId", 987_654_321L))));
        long training = id(create(meeting("TRAINING", "Training on the budget law", start, false, "Room 2")
                .add("capacity", 1)));
        plan(training, safetyPlan());
        for (String login : List.of("sunflower", "river", "lark")) {
            assertEquals(201, invite(training, login).statusCode(), login);
        }
        // Two members accept at the same moment for the last seat: exactly one gets it.
        List<String> both = List.of("sunflower", "river");
        List<String> tokens = new java.util.ArrayList<>();
        for (String login : both) {
            tokens.add(Tokens.accessToken(login, login));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String path = "/api/invitations/" + invitationOf(both.get(i), training) + "/response";
                String token = tokens.get(i);
                calls.add(pool.submit(() -> Api.sendToken(token, "en", "POST", path, "{\"accept\":true}")));
            }
            int accepted = 0;
            for (var call : calls) {
                HttpResponse<String> r = call.get();
                if (r.statusCode() == 200) {
                    accepted++;
                } else {
                    assertEquals("meeting.accept.full", error(r));
                    assertTrue(Tokens.json(r.body()).getString("message").contains("1"), r.body());
                }
            }
            assertEquals(1, accepted, "one seat, one acceptance");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Db.number("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = " + training
                + " AND state = 'ACCEPTED'"));
        String seated = Db.number("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = " + training
                + " AND state = 'ACCEPTED' AND member_ref = '" + Db.memberRef("sunflower") + "'") == 1 ? "sunflower"
                        : "river";
        assertEquals("meeting.accept.full", error(Api.send("lark", "POST", "/api/invitations/"
                + invitationOf("lark", training) + "/response", "{\"accept\":true}")));

        // The secretariat moves the meeting a day later with room for two: every invitee is told, lark can accept.
        long told = Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'lark' AND message_key = "
                + "'notification.meeting.changed'");
        Instant moved = start.plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> changed = Api.send("secretariat", "PUT", "/api/meetings/" + training,
                meeting("TRAINING", "Training on the budget law", moved, false, "Room 7").add("capacity", 2).build()
                        .toString());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(moved.toString(), Instant.parse(Tokens.json(changed.body()).getString("start")).toString());
        assertEquals(told + 1, Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'lark' AND message_key ="
                + " 'notification.meeting.changed'"), "the invitee who has not answered is told too");
        assertEquals("ACCEPTED", respond("lark", training, true, null).getString("state"));
        assertEquals("meeting.capacity.belowAccepted", error(Api.send("secretariat", "PUT", "/api/meetings/"
                + training, meeting("TRAINING", "Training on the budget law", moved, false, "Room 7")
                        .add("capacity", 1).build().toString())));
        assertEquals("DECLINED", respond(seated, training, false, null).getString("state"),
                "a member who accepted may still decline, and frees the seat");
        assertEquals(1, Db.number("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = " + training
                + " AND state = 'ACCEPTED'"));
    }

    @Test
    void onlyTheSecretariatRunsAMeetingAndACalledOffMeetingTakesNoMoreAnswers() throws Exception {
        long plenary = plannedMeeting("PLENARY", "Plenary on who may do what", Instant.now().plus(3, ChronoUnit.DAYS),
                false, "Palata Srbija, hall 5");
        invite(plenary, "sunflower");
        invite(plenary, "river");
        respond("sunflower", plenary, true, null);
        String river = Db.memberRef("river");
        String path = "/api/meetings/" + plenary;
        String change = meeting("PLENARY", "Taken over", Instant.now().plus(4, ChronoUnit.DAYS), false, "Elsewhere")
                .build().toString();
        // An invited member, a ministry and an observer: every command of the secretariat is not there for them,
        // whatever they send (a bad naming included, which would be a 400 for the secretariat).
        for (String user : List.of("sunflower", "justice", "observer")) {
            assertEquals(404, Api.send(user, "PUT", path, change).statusCode(), user);
            assertEquals(404, Api.send(user, "PUT", path + "/safety-plan", "{\"naming\":\"NONSENSE\"}").statusCode(),
                    user);
            assertEquals(404, Api.send(user, "POST", path + "/invitations", "{\"memberRef\":\"" + river + "\"}")
                    .statusCode(), user);
            assertEquals(404, Api.send(user, "GET", path + "/invitations", null).statusCode(), user);
            assertEquals(404, Api.send(user, "POST", path + "/attendance", attendance(river, "PRESENT", null))
                    .statusCode(), user);
            assertEquals(404, Api.send(user, "GET", path + "/attendance", null).statusCode(), user);
            assertEquals(404, Api.send(user, "PUT", path + "/minutes", minutes("Taken over.", "Nothing."))
                    .statusCode(), user);
            assertEquals(404, Api.send(user, "POST", path + "/cancellation", "{}").statusCode(), user);
        }
        assertEquals("meeting.safety.naming.invalid", error(Api.send("secretariat", "PUT", path + "/safety-plan",
                "{\"naming\":\"NONSENSE\"}")), "the secretariat is told what is wrong");
        assertEquals("Plenary on who may do what", Tokens.json(Api.send("secretariat", "GET", path, null).body())
                .getString("title"), "nothing was changed");
        // Stepping out is for a member with a seat; a correction for one who attended.
        assertEquals(404, Api.send("river", "POST", path + "/step-out", null).statusCode(), "river has not accepted");
        assertEquals(204, Api.send("sunflower", "POST", path + "/step-out", null).statusCode());
        assertEquals(404, Api.send("sunflower", "POST", path + "/minutes/corrections", "{\"text\":\"A fix\"}")
                .statusCode(), "nobody has attended yet");

        HttpResponse<String> cancelled = Api.send("secretariat", "POST", path + "/cancellation", "{}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("meeting.cancelled", error(Api.send("river", "POST", "/api/invitations/"
                + invitationOf("river", plenary) + "/response", "{\"accept\":true}")), "river is told why");
        assertEquals(404, Api.send("oak", "POST", "/api/invitations/" + invitationOf("river", plenary) + "/response",
                "{\"accept\":true}").statusCode(), "oak was never invited: for her it is not there");
        assertEquals(404, Api.send("sunflower", "POST", path + "/step-out", null).statusCode(), "no seat any more");
        assertEquals("meeting.cancelled", error(Api.send("secretariat", "POST", path + "/cancellation", "{}")));
        assertEquals("CANCELLED", Tokens.json(Api.send("sunflower", "GET", path, null).body()).getString("state"),
                "an invitee still sees the meeting that was called off");
    }

    @Test
    void theDemoDataGivesEachRoleAMeetingToWalkThrough() throws Exception {
        JsonArray mine = Tokens.json("{\"a\":" + Api.send("sunflower", "GET", "/api/meetings", null).body() + "}")
                .getJsonArray("a");
        JsonObject plenaryDemo = titled(mine, "Plenary: the council's position on the draft labour law");
        assertEquals("ACCEPTED", plenaryDemo.getJsonObject("invitation").getString("state"));
        assertEquals("Step-free access, please.", plenaryDemo.getJsonObject("invitation").getString("needs"));
        assertEquals("Kristina from the secretariat", plenaryDemo.getJsonObject("safetyPlan")
                .getString("supportPersonName"));
        JsonObject group = titled(mine, "Working group: visitors in shelters");
        assertEquals("INVITED", group.getJsonObject("invitation").getString("state"));
        assertEquals("https://meet.example.org/demo-working-group", group.getString("link"),
                "the working group meets tomorrow, so its link is there today");
        String willow = Api.send("willow", "GET", "/api/meetings", null).body();
        assertFalse(willow.contains("draft labour law") || willow.contains("demo-working-group"),
                "willow has no council-work consent and is not invited: " + willow);
    }

    private static JsonObject titled(JsonArray meetings, String title) {
        return meetings.stream().map(JsonValue::asJsonObject).filter(m -> title.equals(m.getString("title")))
                .findFirst().orElseThrow(() -> new AssertionError("no meeting " + title + " in " + meetings));
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObjectBuilder meeting(String kind, String title, Instant start, boolean online, String place) {
        return Json.createObjectBuilder().add("kind", kind).add("title", title)
                .add("agenda", "1. Welcome\n2. The draft\n3. Next steps").add("start", start.toString())
                .add("end", start.plus(3, ChronoUnit.HOURS).toString()).add("online", online)
                .add("venueOrLink", place).add("language", "sr-Latn").add("meetingDays", "1")
                .add("preparationHours", "2").add("perDiemDays", 1).add("travelKm", "0");
    }

    private static JsonObjectBuilder safetyPlan() {
        return Json.createObjectBuilder().add("supportPersonName", "Kristina from the secretariat")
                .add("supportContact", "+381 60 000 0000, or wave to her").add("quietRoom", "Room 4, next door")
                .add("noStoriesRuleAcknowledged", true);
    }

    private static JsonObjectBuilder onlinePlan() {
        return safetyPlan().add("quietRoom", JsonValue.NULL)
                .add("stepOutOnline", "Turn off your camera and write 'break' to Kristina");
    }

    /** A meeting with a complete safety plan, ready for invitations. */
    private static long plannedMeeting(String kind, String title, Instant start, boolean online, String place)
            throws Exception {
        return plannedMeeting(kind, title, start, online, place, null);
    }

    private static long plannedMeeting(String kind, String title, Instant start, boolean online, String place,
            String ministry) throws Exception {
        JsonObjectBuilder meeting = meeting(kind, title, start, online, place);
        if (ministry != null) {
            meeting.add("organisationCode", ministry);
        }
        long id = id(create(meeting));
        HttpResponse<String> planned = plan(id, online ? onlinePlan() : safetyPlan());
        assertEquals(200, planned.statusCode(), planned.body());
        return id;
    }

    private static HttpResponse<String> create(JsonObjectBuilder meeting) throws Exception {
        return Api.send("secretariat", "POST", "/api/meetings", meeting.build().toString());
    }

    private static HttpResponse<String> plan(long meeting, JsonObjectBuilder plan) throws Exception {
        return Api.send("secretariat", "PUT", "/api/meetings/" + meeting + "/safety-plan", plan.build().toString());
    }

    private static HttpResponse<String> invite(long meeting, String loginOrRef) throws Exception {
        String ref = loginOrRef.startsWith("m-") ? loginOrRef : Db.memberRef(loginOrRef);
        return Api.send("secretariat", "POST", "/api/meetings/" + meeting + "/invitations",
                "{\"memberRef\":\"" + ref + "\"}");
    }

    private static JsonObject respond(String login, long meeting, boolean accept, String needs) throws Exception {
        var body = Json.createObjectBuilder().add("accept", accept);
        if (needs != null) {
            body.add("needs", needs);
        }
        HttpResponse<String> r = Api.send(login, "POST", "/api/invitations/" + invitationOf(login, meeting)
                + "/response", body.build().toString());
        assertEquals(200, r.statusCode(), r.body());
        return Tokens.json(r.body());
    }

    private static long invitationOf(String login, long meeting) throws Exception {
        return Db.number("SELECT id FROM meeting_invitation WHERE meeting_id = " + meeting + " AND member_ref = '"
                + Db.memberRef(login) + "'");
    }

    private static JsonObject line(String ref, String presence, String hours) {
        var b = Json.createObjectBuilder().add("memberRef", ref).add("presence", presence);
        if (hours != null) {
            b.add("hours", hours);
        }
        return b.build();
    }

    private static String attendance(String ref, String presence, String hours) {
        return Json.createObjectBuilder().add("lines", Json.createArrayBuilder().add(line(ref, presence, hours)))
                .build().toString();
    }

    private static String minutes(String common, String forMinistry) {
        return Json.createObjectBuilder().add("parts", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("text", common).add("forMinistry", false))
                .add(Json.createObjectBuilder().add("text", forMinistry).add("forMinistry", true))).build().toString();
    }

    private static long id(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Tokens.json(response.body()).getJsonNumber("id").longValue();
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject body = Tokens.json(response.body());
        assertFalse(body.getString("message").isBlank());
        return body.getString("error");
    }
}
