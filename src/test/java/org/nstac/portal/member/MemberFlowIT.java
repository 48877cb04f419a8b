package org.nstac.portal.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.PortalStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The members feature in a real browser, as each role meets it: the secretariat admits a member; the member signs
 * in with the one-time password, chooses a new one, steps back and comes back; the custodian opens the identity
 * with a reason; the member sees that opening.
 */
@ExtendWith(PortalStack.class)
class MemberFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void secretariatAdmitsMemberPausesAndResumesCustodianRevealsMemberSeesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String pseudonym = "Poppy " + tag;
        String legalName = "Milica Flowtest" + tag;

        // 1. The secretariat admits the member, with the keyboard only: typing, Space on the boxes, Enter on Admit.
        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/admit");
        type("admission:pseudonym", pseudonym);
        type("admission:legalName", legalName);
        type("admission:email", "milica." + tag + "@example.org");
        tickWithTheKeyboard("admission:iban", "admission:partner_input");
        tickWithTheKeyboard("admission:emergency", "admission:adult_input");
        browser.waitFor(d -> browser.find(By.id("admission:adult_input")).isSelected());
        assertTrue(browser.find(By.id("admission:partner_input")).isSelected(), "Space ticks a box");
        type("admission:years_input", "2");
        type("admission:readinessDate", "1.9.2026");
        type("admission:readinessOrganisation", "Independent counselling centre");
        browser.find(By.id("admission:admit-button")).sendKeys(Keys.ENTER);

        // Two years is below the rule: refused with the reason, and what was typed is still there.
        browser.waitFor(d -> browser.text().contains("write why the person is admitted anyway"));
        assertEquals(pseudonym, browser.find(By.id("admission:pseudonym")).getAttribute("value"));
        assertEquals(legalName, browser.find(By.id("admission:legalName")).getAttribute("value"));
        browser.waitFor(d -> Boolean.TRUE.equals(browser.driver().executeScript("var a = document.activeElement;"
                + "return !!(a && a.closest('.ui-messages, .feedback, .error-summary')"
                + " && a.textContent.indexOf('admitted anyway') >= 0);")));
        type("admission:belowRuleReason", "Ready by the independent assessment, and asked to join now.");
        browser.find(By.id("admission:admit-button")).sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.has(By.id("admitted-password")));
        String login = browser.find(By.id("admitted-login")).getText();
        String oneTimePassword = browser.find(By.id("admitted-password")).getText();
        assertEquals(pseudonym, browser.find(By.id("admitted-pseudonym")).getText());
        assertFalse(browser.url().contains(oneTimePassword), "the password is never in a URL");
        // Success replaces the form: no legal name above the password, no Admit button to press twice.
        assertFalse(browser.has(By.id("admission:legalName")), "the form is gone");
        assertFalse(browser.has(By.id("admission:admit-button")), "nothing to admit twice");
        assertFalse(browser.driver().getPageSource().contains(legalName), "the typed identity is off the page");
        browser.waitFor(d -> "admitted-result".equals(browser.driver()
                .executeScript("return document.activeElement && document.activeElement.id")));
        browser.signOut();

        // 2. The member signs in with the one-time password and must choose a new one.
        String newPassword = "Sunrise-over-the-river-" + tag;
        browser.open("/dashboard");
        browser.submitLogin(login, oneTimePassword);
        browser.find(By.id("password-new")).sendKeys(newPassword);
        browser.find(By.id("password-confirm")).sendKeys(newPassword);
        browser.find(By.cssSelector("[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl() + "/member/dashboard"));

        // 3. The council-work consent, then one click to step back (no reason asked) and one to come back.
        browser.open("/member/consents");
        click("#consent-COUNCIL_WORK button[id$='give']");
        browser.waitFor(d -> browser.find(By.id("consent-COUNCIL_WORK")).getText().contains("You have given this consent."));
        assertTrue(browser.find(By.id("consent-PHOTOGRAPHS")).getText().contains("You have not given this consent."));
        browser.open("/member/participation");
        browser.find(By.id("pause:pause-button")).click();
        browser.waitFor(d -> browser.has(By.id("status-paused")));
        assertFalse(browser.has(By.cssSelector("textarea")), "no reason is asked for a pause");
        browser.find(By.id("pause:resume-button")).click();
        browser.waitFor(d -> browser.has(By.id("status-active")));
        assertTrue(browser.text().contains("Nobody has opened your identity."));
        browser.signOut();

        // 4. The custodian, just signed in, opens the identity with a reason.
        browser.signIn("custodian", "custodian");
        browser.open("/custodian/reveal");
        browser.choose("reveal-form:member", pseudonym);
        type("reveal-form:reason", "test");
        browser.find(By.id("reveal-form:reveal-button")).click();
        browser.waitFor(d -> browser.text().contains("a real reason"));
        assertFalse(browser.has(By.id("revealed-name")), "no identity for a trivial reason");
        type("reveal-form:reason", "Arranging the travel refund for the plenary meeting");
        browser.find(By.id("reveal-form:reveal-button")).click();
        browser.waitFor(d -> browser.has(By.id("revealed-name")));
        assertEquals(legalName, browser.find(By.id("revealed-name")).getText());
        browser.signOut();

        // 5. The member sees who looked, when and why.
        browser.open("/dashboard");
        browser.submitLogin(login, newPassword);
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl() + "/member/dashboard"));
        browser.open("/member/participation");
        String log = browser.find(By.id("reveals")).getText();
        assertTrue(log.contains("custodian"), log);
        assertTrue(log.contains("Arranging the travel refund for the plenary meeting"), log);
        assertFalse(browser.text().contains(legalName), "the member page never shows the legal name");
        // Her own withdrawal asks for a word in her language.
        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.find(By.cssSelector("label[for='withdrawal:confirm']")).getText().contains("POVLAČIM"),
                "the confirmation word is Serbian");
        browser.find(By.id("lang-en")).click();
        browser.waitFor(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        browser.signOut();
    }

    @Test
    void anAdmissionWhileKeycloakIsUnreachableCreatesNothingAndKeepsWhatWasTyped() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String pseudonym = "Heron " + tag;
        String legalName = "Jelena Downtest" + tag;
        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/admit");
        type("admission:pseudonym", pseudonym);
        type("admission:legalName", legalName);
        type("admission:email", "jelena." + tag + "@example.org");
        click("#admission\\:partner .ui-chkbox-box");
        click("#admission\\:adult .ui-chkbox-box");
        type("admission:years_input", "7");
        type("admission:readinessDate", "1.9.2026");
        type("admission:readinessOrganisation", "Independent counselling centre");
        long members = count("SELECT COUNT(*) FROM member");
        long vault = count("SELECT COUNT(*) FROM vault_identity") + count("SELECT COUNT(*) FROM vault_data_key");

        PortalStack.stack().keycloak().freeze();
        try {
            browser.find(By.id("admission:admit-button")).click();
            browser.waitFor(d -> browser.text().contains("The sign-in service cannot be reached"));
        } finally {
            PortalStack.stack().keycloak().thaw();
        }
        assertEquals(pseudonym, browser.find(By.id("admission:pseudonym")).getAttribute("value"), "typed text kept");
        assertEquals(legalName, browser.find(By.id("admission:legalName")).getAttribute("value"));
        assertEquals("7", browser.find(By.id("admission:years_input")).getAttribute("value"));
        assertEquals(members, count("SELECT COUNT(*) FROM member"), "no member row");
        assertEquals(vault, count("SELECT COUNT(*) FROM vault_identity") + count("SELECT COUNT(*) FROM vault_data_key"),
                "no vault row, no data key");

        // Keycloak is back: the same form, untouched, now admits the member.
        browser.find(By.id("admission:admit-button")).click();
        browser.waitFor(d -> browser.has(By.id("admitted-password")));
        assertEquals(pseudonym, browser.find(By.id("admitted-pseudonym")).getText());
        assertEquals(members + 1, count("SELECT COUNT(*) FROM member"));
        browser.signOut();
    }

    private static long count(String query) throws Exception {
        var stack = PortalStack.stack();
        try (var db = java.sql.DriverManager.getConnection(stack.database().jdbcUrl(), "portal",
                stack.database().password()); var sql = db.createStatement(); var row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void theSecretariatWithdrawsAMemberAtTheirRequestFromTheMembersPageWithTheWordOfItsLanguage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String linden = admitted("Linden " + tag, "Jelena Withdrawtest" + tag);
        String alder = admitted("Alder " + tag, "Marija Withdrawtest" + tag);

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/members");
        withdrawButtonOf("Linden " + tag).click();
        browser.waitFor(d -> browser.has(By.cssSelector("[id$=':withdraw-confirm']")));
        assertTrue(browser.textOf(By.id("withdraw-question")).contains("Withdraw Linden " + tag + " from the council"),
                browser.textOf(By.id("withdraw-question")));
        WebElement word = browser.find(By.cssSelector("input[id$=':withdraw-word']"));
        browser.waitFor(d -> word.equals(d.switchTo().activeElement()));
        assertEquals("Type WITHDRAW to confirm", browser.find(By.cssSelector("label[for='" + word.getAttribute("id") + "']")).getText());
        assertTrue(browser.find(By.cssSelector("[id$=':withdraw-yes']")).getAttribute("class").contains("ui-button-danger"));

        // "No, go back" changes nothing.
        browser.find(By.cssSelector("[id$=':withdraw-no']")).click();
        browser.waitFor(d -> !browser.has(By.cssSelector("[id$=':withdraw-confirm']")));
        assertEquals("ACTIVE", Db.text("SELECT status FROM member WHERE ref = '" + linden + "'"));

        // A wrong word is refused where she acts, and nothing is erased.
        withdrawButtonOf("Linden " + tag).click();
        browser.waitFor(d -> browser.has(By.cssSelector("input[id$=':withdraw-word']")));
        browser.find(By.cssSelector("input[id$=':withdraw-word']")).sendKeys("yes");
        browser.find(By.cssSelector("[id$=':withdraw-yes']")).click();
        browser.waitFor(d -> browser.text().contains("To confirm, type WITHDRAW."));
        assertEquals("ACTIVE", Db.text("SELECT status FROM member WHERE ref = '" + linden + "'"));
        type(browser.find(By.cssSelector("input[id$=':withdraw-word']")).getAttribute("id"), "WITHDRAW");
        browser.find(By.cssSelector("[id$=':withdraw-yes']")).click();
        browser.waitFor(d -> browser.text().contains("The member is withdrawn and now appears as Former member"));
        assertEquals("WITHDRAWN", Db.text("SELECT status FROM member WHERE ref = '" + linden + "'"));
        assertEquals(0L, Db.number("SELECT COUNT(*) FROM vault_identity WHERE member_ref = '" + linden + "'"),
                "the identity is erased");
        assertFalse(browser.text().contains("Linden " + tag), "the pseudonym is gone from the list");

        // In Serbian the word is Serbian.
        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        withdrawButtonOf("Alder " + tag).click();
        browser.waitFor(d -> browser.has(By.cssSelector("input[id$=':withdraw-word']")));
        WebElement rec = browser.find(By.cssSelector("input[id$=':withdraw-word']"));
        assertTrue(browser.find(By.cssSelector("label[for='" + rec.getAttribute("id") + "']")).getText().contains("POVLAČIM"));
        rec.sendKeys("povlačim");
        browser.find(By.cssSelector("[id$=':withdraw-yes']")).click();
        browser.waitFor(d -> browser.text().contains("Član je povučen"));
        assertEquals("WITHDRAWN", Db.text("SELECT status FROM member WHERE ref = '" + alder + "'"));
        browser.find(By.id("lang-en")).click();
        browser.waitFor(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        browser.signOut();
    }

    private static WebElement withdrawButtonOf(String pseudonym) {
        return browser.find(By.xpath("//table//tr[td[contains(., '" + pseudonym + "')]]//button[contains(@id, ':withdraw')]"));
    }

    private static String admitted(String pseudonym, String legalName) throws Exception {
        var response = org.nstac.portal.it.Api.send("secretariat", "POST", "/api/members", jakarta.json.Json.createObjectBuilder()
                .add("pseudonym", pseudonym).add("legalName", legalName)
                .add("email", legalName.replace(' ', '.').toLowerCase(java.util.Locale.ROOT) + "@example.org")
                .add("paidThroughPartner", true).add("language", "sr-Latn").add("adult", true)
                .add("yearsSinceExploitation", 7)
                .add("readiness", jakarta.json.Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .build().toString());
        assertEquals(201, response.statusCode(), response.body());
        return org.nstac.portal.it.Tokens.json(response.body()).getString("ref");
    }

    /**
     * Tab from the field before the box, then Space on whatever has the focus, as a keyboard user does. Not
     * {@code sendKeys} on the box itself: PrimeFaces keeps the real checkbox visually hidden (1 px, clipped) behind its
     * styled box, and Chromium 150's driver refuses to type into it ("element not interactable", CI run 30).
     */
    private static void tickWithTheKeyboard(String fieldBefore, String box) {
        browser.find(By.id(fieldBefore)).sendKeys(Keys.TAB);
        browser.waitFor(d -> box.equals(d.switchTo().activeElement().getAttribute("id")));
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(String css) {
        browser.waitFor(d -> !d.findElements(By.cssSelector(css)).isEmpty() && d.findElement(By.cssSelector(css)).isDisplayed());
        browser.find(By.cssSelector(css)).click();
    }
}
