package org.nstac.portal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In a real browser: a new member reads the engagement terms with the rate card inside and accepts them; the
 * administrator's page refuses a text too short and keeps what was typed; the secretariat records a learning
 * opportunity and offers it to the member, who accepts it; the secretariat sees the member's acceptance. The terms
 * are accepted by a member admitted for the test: Sunflower accepted them in the demo data, and publishing a new
 * version here would refuse every other test's offers until each member accepted it again.
 */
@ExtendWith(PortalStack.class)
class TermsLearningFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aMemberAcceptsTheTermsThenTheSecretariatOffersATrainingTheMemberAccepts() throws Exception {
        String canary = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String pseudonym = "Avocet " + canary.substring(0, 4);
        String password = "Avocet-password-" + canary;
        HttpResponse<String> admitted = Api.send("secretariat", "POST", "/api/members", Json.createObjectBuilder()
                .add("pseudonym", pseudonym).add("language", "en").add("adult", true).add("yearsSinceExploitation", 6)
                .add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .add("legalName", "Flow" + canary + " Marković").add("email", "flow." + canary + "@example.org")
                .add("paidThroughPartner", true).build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        JsonObject member = Tokens.json(admitted.body());
        String login = member.getString("login");
        KeycloakUsers.setPermanentPassword(login, password);
        String token = Tokens.accessToken(login, password);
        assertEquals(200, Api.sendToken(token, "en", "PUT", "/api/me/consents/COUNCIL_WORK", "{\"given\":true}")
                .statusCode());

        browser.signIn(login, password);
        browser.open("/member/terms");
        assertTrue(browser.textOf(By.id("terms-state")).contains("You have not accepted the terms yet"),
                browser.textOf(By.id("terms-state")));
        String rates = browser.textOf(By.id("terms-rates"));
        assertTrue(rates.contains("Task hour") && rates.contains("RSD"), "the rate card inside the terms: " + rates);
        assertTrue(browser.textOf(By.id("terms-text")).contains("Your role"), "the text in force");
        browser.find(By.id("terms-form:accept")).click();
        browser.waitFor(d -> browser.text().contains("Your acceptance of version"));
        assertTrue(browser.has(By.id("terms-form:pdf")), "the PDF of what was accepted");
        assertTrue(browser.textOf(By.id("terms-state")).contains("You accepted version"));
        browser.signOut();

        browser.signIn("admin", "admin");
        browser.open("/admin/terms");
        assertTrue(browser.textOf(By.id("terms-rates")).contains("Meeting day"));
        type("terms-admin-form:textEn", "Too short.");
        browser.find(By.id("terms-admin-form:publish")).click();
        browser.waitFor(d -> browser.text().contains("at least 200 characters"));
        assertEquals("Too short.", browser.find(By.id("terms-admin-form:textEn")).getAttribute("value"),
                "nothing typed is lost");
        browser.signOut();

        String title = "Training of trainers " + canary;
        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/learning");
        type("learning-form:title", title);
        type("learning-form:provider", "Demo training centre (fictional)");
        type("learning-form:startDate", PortalTime.today().plusDays(5).toString());
        type("learning-form:endDate", PortalTime.today().plusDays(6).toString());
        type("learning-form:places", "3");
        type("learning-form:paidHours", "6");
        browser.find(By.xpath("//fieldset//label[normalize-space()='Courts and testimony']")).click();
        browser.find(By.id("learning-form:create")).click();
        browser.waitFor(d -> browser.text().contains("The opportunity is recorded."));
        assertTrue(browser.find(By.xpath("//table[@id='opportunities']//tr[contains(., '" + title + "')]")).getText()
                .contains("Courts and testimony"), "the content note ticked is on the list");
        browser.find(By.xpath("//ul[@id='suggestions']/li[contains(., '" + pseudonym + "')]//button")).click();
        browser.waitFor(d -> browser.text().contains("The training is offered."));
        assertTrue(browser.textOf(By.id("offers")).contains(pseudonym));
        browser.open("/secretariat/terms");
        assertTrue(browser.find(By.xpath("//table[@id='standings']//tr[contains(., '" + pseudonym + "')]")).getText()
                .contains("Accepted the version in force"));
        browser.signOut();

        browser.signIn(login, password);
        browser.open("/member/learning");
        assertTrue(browser.textOf(By.id("offer-" + offerIdOf(title, token))).contains(title));
        assertTrue(browser.textOf(By.id("offer-" + offerIdOf(title, token))).contains("Courts and testimony"),
                "the member reads the content notes before answering");
        browser.find(By.id("learning-form:offers:0:accept")).click();
        browser.waitFor(d -> browser.text().contains("Your answer is recorded."));
        assertTrue(browser.textOf(By.id("offer-" + offerIdOf(title, token))).contains("Accepted"));
        browser.signOut();
    }

    /**
     * The journey on the demo data: the secretariat adds a directory entry (and corrects it) and a training
     * offered to Sunflower; Sunflower, who accepted the terms in the demo data, finds them accepted with their PDF,
     * her demo training of trainers on her council record, and accepts the training; an anonymous visitor finds the
     * corrected entry in Serbian; the secretariat records Sunflower's completion on its learning page (it reaches her
     * record) and removes the entry, which leaves the public page.
     */
    @Test
    void theSecretariatAddsAnEntryAndATrainingSunflowerAcceptsItAndAVisitorFindsTheEntryInSerbian() throws Exception {
        String canary = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String organisation = "Union help desk " + canary;
        String area = "Zaječar " + canary;
        String title = "Negotiating a work contract " + canary;
        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/directory");
        type("board:organisation", organisation);
        tick("board:services", "UNION");
        tick("board:languages", "sr");
        type("board:area", area);
        type("board:phone", "+381 19 000 0019");
        type("board:hours", "Mon 09:00–13:00");
        type("board:description-en", "Help with a contract from the union.");
        type("board:description-sr", "Pomoć sa ugovorom od sindikata.");
        browser.find(By.id("board:save")).click();
        browser.waitFor(d -> browser.text().contains("The entry is added, checked today."));
        boardEntry(organisation).findElement(By.cssSelector("input[value='Edit']")).click();
        browser.waitFor(d -> organisation.equals(browser.find(By.id("board:organisation")).getAttribute("value")));
        assertEquals("Pomoć sa ugovorom od sindikata.", browser.find(By.id("board:description-sr"))
                .getAttribute("value"), "the form holds the entry to edit");
        type("board:description-sr", "Pomoć sa ugovorom o radu, od sindikata, besplatno.");
        type("board:hours", "Mon and Thu 09:00–13:00");
        browser.find(By.id("board:save")).click();
        browser.waitFor(d -> browser.text().contains("The changes are saved."));
        assertTrue(boardEntry(organisation).getText().contains(area), boardEntry(organisation).getText());

        browser.open("/secretariat/learning");
        type("learning-form:title", title);
        type("learning-form:provider", "Demo union school (fictional)");
        type("learning-form:startDate", PortalTime.today().plusDays(3).toString());
        type("learning-form:endDate", PortalTime.today().plusDays(3).toString());
        type("learning-form:places", "2");
        type("learning-form:paidHours", "0");
        browser.find(By.id("learning-form:create")).click();
        browser.waitFor(d -> browser.text().contains("The opportunity is recorded."));
        browser.find(By.xpath("//ul[@id='suggestions']/li[contains(., 'Sunflower')]//button")).click();
        browser.waitFor(d -> browser.text().contains("The training is offered."));
        assertTrue(browser.textOf(By.id("offers")).contains("Sunflower"), browser.textOf(By.id("offers")));
        browser.signOut();

        browser.signIn("sunflower", "sunflower");
        browser.open("/member/terms");
        assertTrue(browser.textOf(By.id("terms-state")).contains("You accepted version"),
                "sunflower accepted the terms in the demo data: " + browser.textOf(By.id("terms-state")));
        assertTrue(browser.has(By.id("terms-form:pdf")), "with the PDF of what she accepted");
        browser.open("/member/learning#record");
        assertTrue(browser.textOf(By.id("record")).contains(
                "Training of trainers: running a session on workers' rights (demo)"),
                "her demo completion on her council record: " + browser.textOf(By.id("record")));
        By offered = By.xpath("//article[h3='" + title + "']");
        assertTrue(browser.find(offered).getText().contains("Offered"), browser.find(offered).getText());
        browser.find(By.xpath("//article[h3='" + title + "']//button[contains(@id, ':accept') "
                + "and not(contains(@id, 'acceptRole'))]")).click();
        browser.waitFor(d -> browser.text().contains("Your answer is recorded."));
        assertTrue(browser.find(offered).getText().contains("Accepted"), browser.find(offered).getText());
        assertFalse(browser.textOf(By.id("record")).contains(title), "accepted is not completed");
        browser.signOut();

        browser.clearCookies();
        browser.open("/directory");
        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        browser.open("/directory?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
        assertFalse(browser.has(By.id("sign-out")), "nobody is signed in");
        WebElement found = browser.find(By.xpath("//li[contains(@class,'directory-entry')][.//h2[.='"
                + organisation + "']]"));
        assertTrue(found.getText().contains("Pomoć sa ugovorom o radu, od sindikata, besplatno."),
                "the corrected text, in Serbian: " + found.getText());
        assertTrue(found.getText().contains("Mon and Thu 09:00–13:00"), found.getText());
        assertFalse(found.getText().contains("Help with a contract"), found.getText());

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/learning");
        browser.find(By.xpath("//table[@id='opportunities']//tr[contains(., '" + title + "')]//button")).click();
        By sunflowersOffer = By.xpath("//ul[@id='offers']/li[contains(., 'Sunflower')]");
        browser.waitFor(d -> browser.has(sunflowersOffer) && browser.find(sunflowersOffer).getText()
                .contains("Accepted"));
        browser.find(sunflowersOffer).findElement(By.tagName("button")).click();
        browser.waitFor(d -> browser.text().contains("The completion is recorded."));
        assertTrue(browser.find(sunflowersOffer).getText().contains("Completed"), browser.find(sunflowersOffer)
                .getText());
        assertTrue(Api.send("sunflower", "GET", "/api/me/record", null).body().contains(title),
                "the completion is on sunflower's council record");

        browser.open("/secretariat/directory");
        boardEntry(organisation).findElement(By.cssSelector("input[value='Remove']")).click();
        browser.waitFor(d -> browser.text().contains("Remove this entry from the directory?"));
        boardEntry(organisation).findElement(By.cssSelector("input[value='Yes, remove it']")).click();
        browser.waitFor(d -> browser.text().contains("The entry is removed from the directory."));
        assertFalse(browser.textOf(By.id("board-entries")).contains(organisation), "gone from the board");
        browser.signOut();

        browser.clearCookies();
        browser.open("/directory?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
        assertFalse(browser.text().contains(organisation), "and from the public page");
    }

    @Test
    void willowsClaimOnHerPaymentsPageIsRefusedUntilSheAcceptsTheTermsAndNothingTypedIsLost() throws Exception {
        String note = "Bus to the working group " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("willow", "willow");
        browser.open("/member/payments");
        type("claim:amount", "640");
        type("claim:date", PortalTime.today().minusDays(1).toString());
        type("claim:description", note);
        browser.find(By.id("claim:send-claim")).click();
        browser.waitFor(d -> browser.text().contains("The engagement terms in force have not been accepted yet."));
        assertEquals(note, browser.find(By.id("claim:description")).getAttribute("value"), "nothing typed is lost");
        assertEquals("640", browser.find(By.id("claim:amount")).getAttribute("value"));
        browser.signOut();
        assertFalse(Api.send("willow", "GET", "/api/me/expense-claims", null).body().contains(note),
                "nothing was booked");
    }

    private static WebElement boardEntry(String organisation) {
        return browser.find(By.xpath("//li[contains(@class,'directory-board__entry')][strong[.='" + organisation
                + "']]"));
    }

    private static void tick(String name, String value) {
        WebElement box = browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static String offerIdOf(String title, String token) throws Exception {
        for (var v : Tokens.json("{\"a\":" + Api.sendToken(token, "en", "GET", "/api/learning", null).body() + "}")
                .getJsonArray("a")) {
            JsonObject o = (JsonObject) v;
            if (title.equals(o.getString("title"))) {
                return String.valueOf(o.getJsonNumber("id").longValue());
            }
        }
        throw new AssertionError(title + " not offered");
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
