package org.nstac.portal.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;

/**
 * What became of the law (issue 18): the owning ministry records the outcome after the report, and only then; the
 * members who commented are told; nobody else records it; bad outcomes and links are refused with the rule.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class ConsultationOutcomeIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theMinistryRecordsTheOutcomeAfterTheReportAndTheCommentersAreTold() throws Exception {
        long id = answeredByJustice("Outcome of the shelter law");
        String outcome = "/api/consultations/" + id + "/outcome";
        String adopted = "{\"outcome\":\"AMENDED\",\"note\":\"Article 2 now names interpreters.\","
                + "\"link\":\"https://example.org/gazette/12\"}";

        assertEquals("consultation.outcome.beforeReport", error(send("justice", "PUT", outcome, adopted)),
                "not before the report");
        assertEquals(200, send("justice", "POST", "/api/consultations/" + id + "/phase",
                "{\"phase\":\"REPORT_PUBLISHED\"}").statusCode());
        long told = notices("sunflower", id, "notification.consultation.outcome");

        assertEquals("consultation.outcome.unknown", error(send("justice", "PUT", outcome,
                "{\"outcome\":\"MAYBE\"}")));
        assertEquals("consultation.outcome.link", error(send("justice", "PUT", outcome,
                "{\"outcome\":\"ADOPTED\",\"link\":\"javascript:alert(1)\"}")));
        assertEquals(404, send("labour", "PUT", outcome, adopted).statusCode(), "another ministry");
        for (String outsider : new String[] {"sunflower", "secretariat", "observer"}) {
            HttpResponse<String> refused = send(outsider, "PUT", outcome, adopted);
            assertEquals(403, refused.statusCode(), outsider + ": " + refused.body());
            assertEquals("consultation.action.notAllowed", Tokens.json(refused.body()).getString("error"));
        }

        HttpResponse<String> recorded = send("justice", "PUT", outcome, adopted);
        assertEquals(200, recorded.statusCode(), recorded.body());
        JsonObject seen = Tokens.json(send("sunflower", "GET", "/api/consultations/" + id, null).body())
                .getJsonObject("outcome");
        assertEquals("AMENDED", seen.getString("outcome"));
        assertEquals("Article 2 now names interpreters.", seen.getString("note"));
        assertEquals("https://example.org/gazette/12", seen.getString("link"));
        assertEquals(told + 1, notices("sunflower", id, "notification.consultation.outcome"), "the commenter");
        assertEquals(0, notices("willow", id, "notification.consultation.outcome"), "not who did not comment");

        assertEquals(200, send("justice", "PUT", outcome, "{\"outcome\":\"WITHDRAWN\"}").statusCode());
        assertEquals("WITHDRAWN", Tokens.json(send("observer", "GET", "/api/consultations/" + id, null).body())
                .getJsonObject("outcome").getString("outcome"));
        assertEquals(1, notices("sunflower", id, "notification.consultation.outcomeChanged"));

        browser.signIn("sunflower", "sunflower");
        browser.open("/consultations/view?id=" + id);
        assertTrue(browser.find(By.id("outcome-text")).getText().contains("Withdrawn"), browser.text());
        assertTrue(!browser.has(By.id("actions:outcome-save")), "a member does not record it");
        browser.signOut();
        browser.signIn("justice", "justice");
        browser.open("/consultations/view?id=" + id);
        browser.choose("actions:outcome", "Adopted");
        browser.find(By.id("actions:outcome-link")).clear();
        browser.find(By.id("actions:outcome-link")).sendKeys("ftp://example.org/x");
        browser.find(By.id("actions:outcome-save")).click();
        browser.waitFor(d -> browser.text().contains("The link must be a web address"));
        assertEquals("ftp://example.org/x", browser.find(By.id("actions:outcome-link")).getAttribute("value"),
                "nothing typed lost");
        browser.find(By.id("actions:outcome-link")).clear();
        browser.find(By.id("actions:outcome-save")).click();
        browser.waitFor(d -> browser.has(By.id("outcome-text")) && browser.find(By.id("outcome-text")).getText()
                .contains("Adopted"));
        browser.signOut();
    }

    /** Justice drafts, opens, sunflower comments, Justice closes, answers and calls it answered. */
    private static long answeredByJustice(String title) throws Exception {
        HttpResponse<String> created = send("justice", "POST", "/api/consultations",
                ConsultationApiIT.draft(title, 1, 10).toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = Tokens.json(created.body()).getJsonNumber("id").longValue();
        String phase = "/api/consultations/" + id + "/phase";
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"OPEN\"}").statusCode());
        assertEquals(201, send("sunflower", "POST", "/api/consultations/" + id + "/comments", Json
                .createObjectBuilder().add("body", "Interpreters within a day, please.").add("attribution", "COUNCIL")
                .build().toString()).statusCode());
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"CLOSED\"}").statusCode());
        for (JsonValue c : Tokens.json(send("justice", "GET", "/api/consultations/" + id
                + "/comments?unanswered=true", null).body()).getJsonArray("comments")) {
            assertEquals(200, send("justice", "PUT", "/api/comments/" + ((JsonObject) c).getJsonNumber("id")
                    + "/answer", "{\"disposition\":\"ACCEPTED\",\"reason\":\"Added to article 2.\"}").statusCode());
        }
        assertEquals(200, send("justice", "POST", phase, "{\"phase\":\"ANSWERED\"}").statusCode());
        return id;
    }

    private static long notices(String login, long id, String key) throws Exception {
        return Db.number("SELECT COUNT(*) FROM notification WHERE recipient = '" + login + "' AND message_key = '"
                + key + "' AND link = '/consultations/view?id=" + id + "'");
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Tokens.json(response.body()).getString("message").length() > 10, response.body());
        return Tokens.json(response.body()).getString("error");
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return Api.send(user, method, path, body);
    }
}
