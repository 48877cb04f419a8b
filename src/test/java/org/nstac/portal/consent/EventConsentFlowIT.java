package org.nstac.portal.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.it.Api.send;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;

/**
 * In the browser: the offer says what accepting consents to for that event; the consent page lists it under "For each
 * event" and takes it back with one button; both pages pass axe-core and fit a phone.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class EventConsentFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void riverReadsWhatSheConsentsToOnTheOfferAcceptsAndTakesItBackOnHerConsentsPage() throws Exception {
        String title = "Co-facilitate a recorded session " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = send("secretariat", "POST", "/api/tasks", Json.createObjectBuilder()
                .add("title", title).add("outcome", "One session run with the trainer.")
                .add("kind", "CO_FACILITATE_TRAINING").add("estimatedHours", new BigDecimal("2"))
                .add("payBasis", "HOURLY").add("deadline", PortalTime.today().plusDays(12).toString()).build()
                .toString());
        assertEquals(201, created.statusCode(), created.body());
        long task = Tokens.json(created.body()).getJsonNumber("id").longValue();
        boolean hadPhotographs = org.nstac.portal.it.Api.array(send("river", "GET", "/api/me/consents", null).body())
                .stream().map(jakarta.json.JsonObject.class::cast)
                .filter(c -> "PHOTOGRAPHS".equals(c.getString("purpose"))).findFirst().orElseThrow().getBoolean("given");
        try {
            assertEquals(200, send("secretariat", "PUT", "/api/tasks/" + task + "/safety-plan",
                    Json.createObjectBuilder().add("supportPersonName", "Support officer")
                            .add("supportContact", "In the next room").add("contentNotes", "Questions from the room")
                            .add("recordingAllowed", true).add("pseudonymOnly", true).build().toString())
                    .statusCode());
            assertEquals(200, send("river", "PUT", "/api/me/consents/PHOTOGRAPHS", "{\"given\":true}").statusCode());
            assertEquals(201, send("secretariat", "POST", "/api/tasks/" + task + "/offers",
                    "{\"memberRef\":\"" + Db.memberRef("river") + "\"}").statusCode());

            browser.signIn("river", "river");
            browser.open("/member/tasks");
            // Waited for, so that a miss says which page the browser was on and what it showed (CI run 30 found no
            // such article once, and an empty Optional said nothing more).
            browser.waitFor(d -> browser.textOf(By.cssSelector("main")).contains(title));
            var offer = browser.driver().findElements(By.cssSelector("article.task")).stream()
                    .filter(a -> a.getText().contains(title)).findFirst().orElseThrow();
            String said = offer.findElement(By.cssSelector(".event-consent")).getText();
            assertTrue(said.contains("for this event only") && said.contains("be recorded there"), said);
            offer.findElement(By.cssSelector("button[id$=':accept']")).click();
            browser.waitFor(d -> count("SELECT COUNT(*) FROM event_consent WHERE about = 'TASK' AND ref_id = "
                    + task) == 1);

            browser.open("/member/consents");
            browser.waitFor(d -> browser.has(By.id("event-consents")));
            long id = Db.number("SELECT id FROM event_consent WHERE about = 'TASK' AND ref_id = " + task);
            String card = browser.textOf(By.id("event-consent-" + id));
            assertTrue(card.contains(title) && card.contains("be recorded there"), card);
            assertFalse(java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").matcher(browser.text())
                    .find(), "times read as the council's clock, never as raw ISO: " + browser.text());
            assertTrue(card.matches("(?s).*Given on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} CES?T.*"), card);
            assertNoSeriousViolations("/member/consents");
            assertTrue(browser.widthOnAPhone() <= 360, "the consents page fits a phone");
            browser.find(By.cssSelector("#event-consent-" + id + " button")).click();
            browser.waitFor(d -> browser.text().contains("Your consent for this event is taken back."));
            assertTrue(browser.textOf(By.id("event-consent-" + id)).contains("Taken back on"));
            assertEquals(1, Db.number("SELECT COUNT(*) FROM event_consent WHERE id = " + id
                    + " AND withdrawn_at IS NOT NULL"));
            browser.signOut();
        } finally {
            send("secretariat", "POST", "/api/tasks/" + task + "/cancellation", null);
            send("river", "PUT", "/api/me/consents/PHOTOGRAPHS", "{\"given\":" + hadPhotographs + "}");
        }
    }

    private static long count(String sql) {
        try {
            return Db.number(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoSeriousViolations(String page) {
        Results axe = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
        assertTrue(axe.getPasses().size() > 10, "axe-core ran its rules: " + axe.getPasses().size());
        List<String> serious = axe.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()).toList();
        assertEquals(List.of(), serious, "axe-core on " + page);
    }
}
