package org.nstac.portal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * opportunity and offers it to the member, who accepts it; the secretariat sees the member's acceptance.
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
