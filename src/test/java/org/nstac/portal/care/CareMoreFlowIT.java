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
