package org.nstac.portal.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
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
 * In the browser: sunflower sees her contributions (her comment and the answer it got) and approves a quote the
 * secretariat proposed; both pages pass axe-core without a serious or critical violation.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class CareMoreFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void sunflowerSeesHerContributionsAndApprovesAQuote() throws Exception {
        String canary = MemberDataExportIT.letters();
        long consultation = CareMoreApiIT.openConsultation("Flow " + canary);
        long comment = CareMoreApiIT.comment("sunflower", consultation, "Night interpreters " + canary);
        assertEquals(200, Api.send("justice", "POST", "/api/consultations/" + consultation + "/phase",
                "{\"phase\":\"CLOSED\"}").statusCode());
        assertEquals(200, Api.send("justice", "PUT", "/api/comments/" + comment + "/answer", Json.createObjectBuilder()
                .add("disposition", "ACCEPTED").add("reason", "Added to article 1 " + canary).build().toString())
                .statusCode());
        String words = "Being asked each time matters " + canary;
        HttpResponse<String> proposed = Api.send("secretariat", "POST", "/api/quotes", Json.createObjectBuilder()
                .add("memberRef", Db.memberRef("sunflower")).add("text", words).add("purpose", "Council newsletter")
                .add("publishOn", PortalTime.today().plusDays(5).toString()).build().toString());
        assertEquals(201, proposed.statusCode(), proposed.body());
        long quote = Tokens.json(proposed.body()).getJsonNumber("id").longValue();

        browser.signIn("sunflower", "sunflower");
        browser.open("/member/dashboard");
        browser.find(By.id("go-contributions")).click();
        browser.waitFor(d -> browser.has(By.id("comments")));
        String comments = browser.textOf(By.id("comments"));
        assertTrue(comments.contains("Night interpreters " + canary), comments);
        assertTrue(comments.contains("Accepted") && comments.contains("Added to article 1 " + canary), comments);
        assertNoSeriousViolations("/member/contributions");

        browser.open("/member/dashboard");
        browser.find(By.id("go-quotes")).click();
        browser.waitFor(d -> browser.text().contains(words));
        assertNoSeriousViolations("/member/quotes");
        browser.find(By.xpath("//article[@id='quote-" + quote + "']//button[contains(., 'Yes, it may be used')]"))
                .click();
        browser.waitFor(d -> browser.text().contains("Thank you: it may be used for this output only."));
        assertTrue(browser.textOf(By.id("quote-" + quote)).contains("You said yes"), browser.text());
        assertTrue(Api.send("secretariat", "GET", "/api/quotes?usable=true", null).body().contains(words),
                "usable now that she approved it");
        assertFalse(browser.text().contains("Former member"), "nothing odd on her page");
        browser.signOut();
    }

    @Test
    void sunflowerDeclaresAnInterestOnItsPageAndTheSecretariatSeesReadinessOnTheMembersPage() throws Exception {
        String ngo = "Example Network " + MemberDataExportIT.letters();
        browser.signIn("sunflower", "sunflower");
        browser.open("/member/dashboard");
        browser.find(By.id("go-interests")).click();
        browser.waitFor(d -> browser.has(By.id("declare:add")));
        assertNoSeriousViolations("/support/interests");
        browser.find(By.id("declare:add")).click();
        browser.waitFor(d -> !browser.driver().findElements(By.cssSelector("input[id$=':organisation']")).isEmpty());
        var fields = browser.driver().findElements(By.cssSelector("input[id$=':organisation']"));
        fields.get(fields.size() - 1).sendKeys(ngo);
        browser.find(By.id("declare:save")).click();
        browser.waitFor(d -> browser.text().contains("Your interests are saved"));
        assertTrue(Api.send("sunflower", "GET", "/api/me/interests", null).body().contains(ngo));
        assertEquals(200, Api.send("sunflower", "PUT", "/api/me/interests", "[]").statusCode());
        browser.signOut();

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/members");
        browser.waitFor(d -> browser.has(By.id("readiness")));
        assertTrue(browser.textOf(By.id("readiness")).contains("Readiness re-assessments due"), browser.text());
        browser.signOut();
    }

    @Test
    void theSecretariatWritesTheProtocolTheChairKeepsTheLogAndAMemberReadsTheProtocolOnly() throws Exception {
        String canary = MemberDataExportIT.letters();
        java.time.LocalDate today = PortalTime.today();
        String dueSql = "SELECT COUNT(*) FROM incident WHERE follow_up_done = FALSE AND follow_up_on <= '" + today + "'";

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/dashboard");
        long before = Long.parseLong(browser.find(By.id("todo-incident-follow-ups")).getAttribute("data-count"));
        assertEquals(Db.number(dueSql), before, "the dashboard counts the follow-ups due");
        String note = "Quiet room offered " + canary;
        HttpResponse<String> logged = Api.send("secretariat", "POST", "/api/incidents", Json.createObjectBuilder()
                .add("occurredOn", today.minusDays(3).toString()).add("kind", "SAFETY_THREAT")
                .add("actions", Json.createArrayBuilder().add("SUPPORT_PERSON_CALLED")).add("note", note)
                .add("followUpOn", today.minusDays(1).toString()).build().toString());
        assertEquals(201, logged.statusCode(), logged.body());
        browser.open("/secretariat/dashboard");
        var line = browser.find(By.id("todo-incident-follow-ups"));
        assertEquals(before + 1, Long.parseLong(line.getAttribute("data-count")), "an overdue follow-up is counted");
        assertTrue(line.getAttribute("class").contains("todo__line--waiting"), "and waits for the secretariat");

        browser.find(By.id("go-crisis-protocol")).click();
        browser.waitFor(d -> browser.has(By.id("protocol:en")));
        var en = browser.find(By.id("protocol:en"));
        en.clear();
        en.sendKeys("Stay <b>calm</b> and stop at any time " + canary + ".\n\nCall 194 or 192 in an emergency.");
        var sr = browser.find(By.id("protocol:sr"));
        sr.clear();
        sr.sendKeys("Ostanite mirni i stanite kad god želite " + canary + ".\n\nU hitnom slučaju pozovite 194 ili 192.");
        assertNoSeriousViolations("/secretariat/crisis-protocol");
        browser.find(By.id("protocol:save")).click();
        browser.waitFor(d -> browser.text().contains("The protocol is updated"));
        assertTrue(browser.widthOnAPhone() <= 360, "the protocol form fits a phone");
        browser.signOut();

        browser.signIn("oak", "oak");
        browser.open("/chair/dashboard");
        assertTrue(Long.parseLong(browser.find(By.id("todo-incident-follow-ups")).getAttribute("data-count")) >= 1,
                "the chair sees the follow-ups due too");
        browser.find(By.id("go-incidents")).click();
        browser.waitFor(d -> browser.has(By.id("log:save")));
        assertTrue(browser.textOf(By.id("entries")).contains(note), "the chair sees what the secretariat logged");
        assertFalse(browser.has(By.cssSelector("[id*='story'], [id*='account'], [id*='description']")),
                "no field for the person's experience");
        assertNoSeriousViolations("/support/incidents");
        assertTrue(browser.widthOnAPhone() <= 360, "the incident log fits a phone");

        String chairNote = "Checked in by phone call arranged by duty " + canary;
        browser.find(By.id("log:occurredOn")).sendKeys(today.toString());
        browser.choose("log:kind", "Health emergency");
        browser.find(By.xpath("//*[@id='log:actions']//label[normalize-space(.)='Referred to a service']")).click();
        browser.find(By.id("log:note")).sendKeys(chairNote);
        browser.find(By.id("log:save")).click();
        browser.waitFor(d -> browser.text().contains("The incident is logged."));
        browser.waitFor(d -> browser.textOf(By.id("entries")).contains(chairNote));
        assertTrue(Db.number("SELECT COUNT(*) FROM incident WHERE kind = 'HEALTH' AND recorded_by = 'oak' "
                + "AND actions = 'REFERRED_TO_SERVICE'") >= 1, "logged as the chair chose");

        var row = browser.driver().findElements(By.cssSelector("#entries\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(note)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':done']")).click();
        browser.waitFor(d -> browser.text().contains("The follow-up is marked done."));
        assertEquals(before, Db.number(dueSql), "marked done, it no longer waits");
        browser.signOut();

        browser.signIn("sunflower", "sunflower");
        browser.open("/member/dashboard");
        browser.find(By.id("go-crisis-protocol")).click();
        browser.waitFor(d -> browser.has(By.id("protocol-text")));
        String text = browser.textOf(By.id("protocol-text"));
        assertTrue(text.contains("Stay <b>calm</b> and stop at any time " + canary), "typed markup shows as text: " + text);
        assertTrue(browser.driver().findElements(By.cssSelector("#protocol-text b")).isEmpty(), "and is never markup");
        assertTrue(browser.textOf(By.id("protocol-updated")).contains("secretariat"), "updated by the account");
        browser.find(By.cssSelector("#protocol-other summary")).click();
        browser.waitFor(d -> browser.textOf(By.id("protocol-other")).contains("Ostanite mirni"));
        assertNoSeriousViolations("/support/crisis-protocol");
        assertTrue(browser.widthOnAPhone() <= 360, "the protocol fits a phone");
        browser.open("/member/support");
        assertTrue(browser.has(By.id("go-crisis-protocol")), "the support page links the protocol");
        browser.open("/support/incidents");
        assertTrue(browser.title().contains("Page not found") || browser.text().contains("Page not found"),
                "a member never sees the incident log: " + browser.title());
        assertFalse(browser.text().contains(note));
        browser.signOut();
    }

    private static void assertNoSeriousViolations(String page) {
        Results axe = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
        assertTrue(axe.getPasses().size() > 10, "axe-core ran its rules: " + axe.getPasses().size());
        List<String> serious = axe.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertEquals(List.of(), serious, "axe-core on " + page);
    }
}
