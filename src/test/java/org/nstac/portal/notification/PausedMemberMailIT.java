package org.nstac.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;

/**
 * A pause is respected (issue 20), through a real SMTP server: while river is paused nothing is mailed to her, the
 * notices wait in the portal; when she comes back one mail says that something is waiting; after that at most one
 * mail a day, and the next day mail comes again.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class PausedMemberMailIT {

    /** River's demo address: she consents to e-mail contact and chose e-mail. */
    private static final String RIVER = "demo.bojana@example.invalid";

    @Test
    void aPausedMemberGetsNoMailThenOneWhenSheComesBackAndAtMostOneADay() throws Exception {
        riverWantsMail();
        forgetTodaysMail();
        PortalStack.mail().purgeEmailFromAllMailboxes();
        HttpResponse<String> paused = Api.send("river", "POST", "/api/me/pause", "{}");
        assertEquals(200, paused.statusCode(), paused.body());
        try {
            long first = ask("river");
            acknowledge(first);
            assertTrue(Db.number("SELECT COUNT(*) FROM notification WHERE recipient = 'river' AND read_at IS NULL"
                    + " AND message_key = 'notification.care.support.acknowledged'") >= 1,
                    "the notice waits in the portal");
            sendWaitingMail();
            PortalStack.mail().waitForIncomingEmail(3_000, 1);
            assertEquals(0, mailsTo(RIVER), "nothing is mailed while she is paused");
        } finally {
            assertEquals(200, Api.send("river", "DELETE", "/api/me/pause", null).statusCode());
        }

        sendWaitingMail();
        assertTrue(PortalStack.mail().waitForIncomingEmail(15_000, 1), "back from the pause: one mail");
        assertEquals(1, mailsTo(RIVER));
        assertEquals("You have a new message in the council portal",
                PortalStack.mail().getReceivedMessages()[0].getSubject());

        acknowledge(ask("river"));
        sendWaitingMail();
        PortalStack.mail().waitForIncomingEmail(3_000, 2);
        assertEquals(1, mailsTo(RIVER), "one mail a day at most");

        PortalTime.moveBy(Duration.ofDays(1));
        acknowledge(ask("river"));
        sendWaitingMail();
        assertTrue(PortalStack.mail().waitForIncomingEmail(15_000, 2), "the next day, mail again");
        assertEquals(2, mailsTo(RIVER));
    }

    /**
     * Not only meetings and support: a task offered to her and a consultation opened to every member each send the
     * discreet mail (one a day, so the day's mail is forgotten between them), and neither mail names its item.
     */
    @Test
    void aTaskOfferAndAnOpenedConsultationAreMailedToo() throws Exception {
        riverWantsMail();
        String title = "Mail-kind task " + System.nanoTime();
        forgetTodaysMail();
        PortalStack.mail().purgeEmailFromAllMailboxes();
        HttpResponse<String> task = Api.send("secretariat", "POST", "/api/tasks", jakarta.json.Json.createObjectBuilder()
                .add("title", title).add("outcome", "Written comments on every article.").add("kind", "REVIEW_DRAFT")
                .add("estimatedHours", 2).add("payBasis", "HOURLY")
                .add("deadline", java.time.LocalDate.now().plusDays(14).toString()).build().toString());
        assertEquals(201, task.statusCode(), task.body());
        HttpResponse<String> offered = Api.send("secretariat", "POST", "/api/tasks/"
                + Tokens.json(task.body()).getJsonNumber("id").longValue() + "/offers",
                "{\"memberRef\":\"" + Db.memberRef("river") + "\"}");
        assertEquals(201, offered.statusCode(), offered.body());
        sendWaitingMail();
        assertTrue(PortalStack.mail().waitForIncomingEmail(15_000, 1), "the task offer is mailed");
        assertEquals(1, mailsTo(RIVER));
        assertMailNames(PortalStack.mail().getReceivedMessages()[0], title);

        String consultation = "Mail-kind consultation " + System.nanoTime();
        forgetTodaysMail();
        PortalStack.mail().purgeEmailFromAllMailboxes();
        HttpResponse<String> draft = Api.send("justice", "POST", "/api/consultations",
                draft(consultation));
        assertEquals(201, draft.statusCode(), draft.body());
        assertEquals(200, Api.send("justice", "POST", "/api/consultations/"
                + Tokens.json(draft.body()).getJsonNumber("id").longValue() + "/phase", "{\"phase\":\"OPEN\"}")
                .statusCode());
        sendWaitingMail();
        assertTrue(PortalStack.mail().waitForIncomingEmail(15_000, 1), "the opened consultation is mailed");
        assertTrue(mailsTo(RIVER) >= 1, "river is told");
        for (MimeMessage m : PortalStack.mail().getReceivedMessages()) {
            assertMailNames(m, consultation);
        }
    }

    /** A draft of one section, opening tomorrow (the ministry may open it early). */
    private static String draft(String title) {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return jakarta.json.Json.createObjectBuilder().add("title", title).add("summary", "What the draft changes.")
                .add("opensAt", now.plus(Duration.ofDays(1)).toString())
                .add("closesAt", now.plus(Duration.ofDays(10)).toString())
                .add("answersDueAt", now.plus(Duration.ofDays(30)).toString())
                .add("contentNotes", jakarta.json.Json.createArrayBuilder())
                .add("sections", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("heading", "Article 1").add("text", "Text of article 1.")
                        .add("contentNotes", jakarta.json.Json.createArrayBuilder())))
                .build().toString();
    }

    /** The mail is the discreet one: its fixed subject, and nothing of the item it is about. */
    private static void assertMailNames(MimeMessage mail, String itemTitle) throws Exception {
        assertEquals("You have a new message in the council portal", mail.getSubject());
        String all = new String(mail.getRawInputStream().readAllBytes()) + mail.getContent();
        assertTrue(!all.contains(itemTitle) && !all.contains("Mail-kind"), "the mail does not name its item: " + all);
    }

    /** River consents to e-mail contact and chooses e-mail as her channel. */
    private static void riverWantsMail() throws Exception {
        assertEquals(200, Api.send("river", "PUT", "/api/me/consents/EMAIL_CONTACT", "{\"given\":true}").statusCode());
        HttpResponse<String> profile = Api.send("river", "PUT", "/api/me/profile", jakarta.json.Json
                .createObjectBuilder().add("rolesOffered", jakarta.json.Json.createArrayBuilder().add("CONSULTANT")
                        .add("ADVISOR")).add("hoursPerMonth", 12).add("contactChannel", "EMAIL").build().toString());
        assertEquals(200, profile.statusCode(), profile.body());
    }

    /** The every-minute job sends the mail the committed notices asked for: run it now instead of waiting. */
    static void sendWaitingMail() throws Exception {
        PortalTime.runJob("discreet-mail");
    }

    private static long ask(String login) throws Exception {
        HttpResponse<String> asked = Api.send(login, "POST", "/api/me/support-requests",
                "{\"about\":\"OTHER\",\"urgency\":\"SOON\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        return Tokens.json(asked.body()).getJsonNumber("id").longValue();
    }

    private static void acknowledge(long id) throws Exception {
        HttpResponse<String> done = Api.send("secretariat", "POST", "/api/support-requests/" + id
                + "/acknowledgement", null);
        assertEquals(200, done.statusCode(), done.body());
    }

    private static long mailsTo(String address) throws Exception {
        long count = 0;
        for (MimeMessage m : PortalStack.mail().getReceivedMessages()) {
            Address[] to = m.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Earlier tests in this run may have mailed river today, or left mail waiting for the job: the waiting mail is sent
     * now (and purged by the caller), then the day is forgotten.
     */
    static void forgetTodaysMail() throws Exception {
        sendWaitingMail();
        try (Connection c = Db.connectAsOwner(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM discreet_mail_day");
        }
    }
}
