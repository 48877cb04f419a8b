package org.nstac.portal.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.openqa.selenium.By;

/**
 * In the browser: sunflower asks for support from her page (told that no story is needed; a mistake keeps what she
 * typed), the secretariat's support duty acknowledges it from its list, and sunflower sees that someone has it.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class SupportFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void sunflowerAsksForSupportAndSeesThatSomeoneHasIt() {
        String note = "After six is best " + MemberDataExportIT.letters();
        browser.signIn("sunflower", "sunflower");
        browser.open("/member/dashboard");
        browser.find(By.id("go-support")).click();
        browser.waitFor(d -> browser.has(By.id("ask:send")));
        assertTrue(browser.textOf(By.id("no-story")).contains("No story is needed"), browser.text());

        browser.find(By.xpath("//label[contains(., 'A meeting')]")).click();
        browser.find(By.xpath("//label[normalize-space(.)='Now']")).click();
        browser.find(By.id("ask:note")).sendKeys(note);
        browser.find(By.id("ask:send")).click();
        browser.waitFor(d -> browser.text().contains("Choose the meeting the request is about."));
        assertEquals(note, browser.find(By.id("ask:note")).getAttribute("value"), "nothing typed is lost");

        browser.find(By.xpath("//label[contains(., 'Something else')]")).click();
        browser.find(By.id("ask:send")).click();
        browser.waitFor(d -> browser.text().contains("Your request was sent to the support person now."));
        assertTrue(browser.textOf(By.id("requests")).contains("Sent, waiting for the support person"),
                browser.textOf(By.id("requests")));
        browser.signOut();

        browser.signIn("secretariat", "secretariat");
        browser.open("/support/requests");
        browser.waitFor(d -> browser.text().contains(note));
        browser.find(By.xpath("//tr[contains(., '" + note + "')]//button")).click();
        browser.waitFor(d -> browser.text().contains("Acknowledged. The member sees that you have it."));
        browser.signOut();

        browser.signIn("sunflower", "sunflower");
        browser.open("/member/support");
        assertTrue(browser.textOf(By.id("requests")).contains("Someone has it"), browser.textOf(By.id("requests")));
        browser.signOut();

        browser.signIn("river", "river");
        browser.open("/support/requests");
        assertTrue(!browser.text().contains(note), "another member sees nothing of it");
    }

    @Test
    void aTrainingGetsItsSafetyPlanOnThePageSunflowerReadsItOnTheOfferAndDeclinesTheDebriefAfter() throws Exception {
        String title = "Co-facilitate with a plan " + MemberDataExportIT.letters();
        String notes = "Inspectors may describe cases " + MemberDataExportIT.letters();
        java.net.http.HttpResponse<String> made = org.nstac.portal.it.Api.send("secretariat", "POST", "/api/tasks",
                jakarta.json.Json.createObjectBuilder().add("title", title).add("outcome", "Two hours beside the trainer.")
                        .add("kind", "CO_FACILITATE_TRAINING").add("estimatedHours", 1).add("payBasis", "HOURLY")
                        .add("deadline", PortalTime.today().plusDays(10).toString()).build().toString());
        assertEquals(201, made.statusCode(), made.body());
        long task = org.nstac.portal.it.Tokens.json(made.body()).getJsonNumber("id").longValue();

        // Another test may have left someone signed in at Keycloak (its cookies are not the portal's to clear).
        browser.open("/dashboard");
        if (browser.has(By.id("sign-out"))) {
            browser.signOut();
        }
        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/task?id=" + task);
        browser.waitFor(d -> browser.has(By.id("task-form:save-plan")));
        assertTrue(browser.has(By.id("task-form:safety-plan-needed")), browser.text());
        browser.find(By.id("task-form:sug:0:offer")).click();
        browser.waitFor(d -> browser.text().contains("This task needs a safety plan before it can be offered"));
        browser.find(By.id("task-form:plan-support")).sendKeys("Duty psychologist");
        browser.find(By.id("task-form:plan-contact")).sendKeys("In the room next door");
        browser.find(By.id("task-form:plan-pseudonym")).click();
        browser.find(By.id("task-form:save-plan")).click();
        browser.waitFor(d -> browser.text().contains("Add content notes"));
        assertEquals("Duty psychologist", browser.find(By.id("task-form:plan-support")).getAttribute("value"),
                "nothing typed is lost");
        browser.find(By.id("task-form:plan-notes")).sendKeys(notes);
        browser.find(By.id("task-form:save-plan")).click();
        browser.waitFor(d -> browser.text().contains("The safety plan is saved."));
        browser.signOut();

        java.net.http.HttpResponse<String> offered = org.nstac.portal.it.Api.send("secretariat", "POST",
                "/api/tasks/" + task + "/offers", "{\"memberRef\":\""
                        + org.nstac.portal.it.Db.memberRef("sunflower") + "\"}");
        assertEquals(201, offered.statusCode(), offered.body());
        long offer = org.nstac.portal.it.Tokens.json(offered.body()).getJsonNumber("id").longValue();
        browser.signIn("sunflower", "sunflower");
        browser.open("/member/tasks");
        browser.waitFor(d -> browser.text().contains(title));
        String article = browser.find(By.xpath("//article[contains(., '" + title + "')]")).getText();
        assertTrue(article.contains("Safety plan for this task") && article.contains(notes)
                && article.contains("Duty psychologist"), article);

        assertEquals(200, org.nstac.portal.it.Api.send("sunflower", "POST", "/api/offers/" + offer + "/acceptance",
                null).statusCode());
        assertEquals(204, org.nstac.portal.it.Api.send("sunflower", "POST", "/api/tasks/" + task + "/submission",
                null).statusCode());
        assertEquals(200, org.nstac.portal.it.Api.send("secretariat", "POST", "/api/tasks/" + task + "/review",
                "{\"memberRef\":\"" + org.nstac.portal.it.Db.memberRef("sunflower") + "\",\"decision\":\"ACCEPT\"}")
                .statusCode());
        browser.open("/member/support");
        browser.waitFor(d -> browser.text().contains(title));
        browser.find(By.xpath("//article[contains(., '" + title + "')]//button[contains(., 'No, thank you')]"))
                .click();
        browser.waitFor(d -> browser.text().contains("Noted. If you change your mind"));
        assertTrue(browser.find(By.xpath("//article[contains(., '" + title + "')]")).getText().contains("You said no"),
                browser.text());
        assertTrue(!browser.has(By.xpath("//article[contains(., '" + title + "')]//textarea")), "no reason asked");
        browser.signOut();
    }
}
