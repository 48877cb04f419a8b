package org.nstac.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.PortalStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Keycloak's sign-in pages in the council's theme (keycloak/themes/nstac): in the language chosen in the portal
 * (passed as ui_locales), with Quick exit leading to the configured neutral site and leaving no sign-in page to go Back
 * to, a link back to the portal, readable on a phone, and no serious or critical accessibility failure (axe-core,
 * WCAG 2.0/2.1 A and AA).
 */
@ExtendWith(PortalStack.class)
class SignInPagesIT {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void startSignedOutAndInEnglish() {
        browser.open("/");
        browser.clearCookies();
        // Keycloak's cookies live under /realms/nstac/: clear them from a plain page there (no scripts running).
        browser.open(PortalStack.issuer() + "/.well-known/openid-configuration");
        browser.clearCookies();
    }

    @Test
    void afterChoosingSrpskiTheSignInAndCodePagesAreSerbian() throws Exception {
        chooseLanguageAndGoToSignIn("lang-sr", "sr-Latn");

        assertEquals("sr-Latn", browser.find(By.tagName("html")).getAttribute("lang"));
        assertEquals("Prijava", heading());
        assertEquals("Korisničko ime", labelOf("username"));
        assertEquals("Lozinka", labelOf("password"));
        assertEquals("Prijavi se", browser.find(By.id("kc-login")).getText());
        assertEquals("Brzi izlaz", browser.find(By.id("quick-exit")).getText());
        assertEquals("Nazad na portal", browser.find(By.id("nstac-back-to-portal")).getText());
        assertTrue(browser.title().startsWith("Prijava"), browser.title());
        assertNoSeriousAccessibilityFailures("the Serbian sign-in page");

        browser.find(By.id("username")).sendKeys(PortalStack.WRONG_PASSWORD_USER);
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.id("kc-login")).click();
        browser.waitFor(d -> browser.text().contains("Pogrešno korisničko ime ili lozinka."));

        browser.find(By.id("username")).clear();
        browser.find(By.id("username")).sendKeys("secretariat");
        browser.find(By.id("password")).sendKeys("secretariat");
        browser.find(By.id("kc-login")).click();
        browser.waitFor(d -> browser.has(By.id("otp")));
        assertEquals("Unesite jednokratni kod", heading());
        assertEquals("Jednokratni kod", labelOf("otp"));
        assertEquals("Prijavi se", browser.find(By.id("kc-login")).getText());
        assertEquals("Brzi izlaz", browser.find(By.id("quick-exit")).getText());
        assertNoSeriousAccessibilityFailures("the Serbian one-time-code page");

        browser.submitCode("secretariat");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl() + "/secretariat/dashboard"));
        assertEquals("sr-Latn", browser.find(By.tagName("html")).getAttribute("lang"), "and the portal still Serbian");
        browser.signOut();
    }

    @Test
    void inEnglishTheSignInAndCodePagesAreEnglish() throws Exception {
        chooseLanguageAndGoToSignIn("lang-en", "en");

        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertEquals("Sign in", heading());
        assertEquals("User name", labelOf("username"));
        assertEquals("Password", labelOf("password"));
        assertEquals("Sign in", browser.find(By.id("kc-login")).getText());
        assertEquals("Quick exit", browser.find(By.id("quick-exit")).getText());
        assertEquals("Back to the portal", browser.find(By.id("nstac-back-to-portal")).getText());
        assertNoSeriousAccessibilityFailures("the English sign-in page");

        browser.find(By.id("username")).sendKeys("finance");
        browser.find(By.id("password")).sendKeys("finance");
        browser.find(By.id("kc-login")).click();
        browser.waitFor(d -> browser.has(By.id("otp")));
        assertEquals("Enter your one-time code", heading());
        assertEquals("One-time code", labelOf("otp"));
        assertNoSeriousAccessibilityFailures("the English one-time-code page");

        browser.submitCode("finance");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl() + "/finance/dashboard"));
        browser.signOut();
    }

    /** A staff account without a code yet is shown how to set one up, in Serbian, and the page is accessible. */
    @Test
    void aNewStaffAccountSetsUpItsAuthenticatorInSerbian() throws Exception {
        String login = "theme-staff-" + Long.toString(System.nanoTime(), 36);
        String password = "Set-up-the-app-" + login;
        String admin = KeycloakUsers.adminToken();
        String user = Json.createObjectBuilder().add("username", login).add("enabled", true)
                .add("email", login + "@test.invalid").add("emailVerified", true)
                .add("firstName", "Test").add("lastName", "Staff")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false))).build().toString();
        assertEquals(201, KeycloakUsers.admin("POST", "/users", user, admin).statusCode());
        String id = KeycloakUsers.idOf(login);
        try {
            String role = KeycloakUsers.admin("GET", "/roles/secretariat", null, admin).body();
            assertEquals(204, KeycloakUsers.admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]",
                    admin).statusCode());

            chooseLanguageAndGoToSignIn("lang-sr", "sr-Latn");
            browser.find(By.id("username")).sendKeys(login);
            browser.find(By.id("password")).sendKeys(password);
            browser.find(By.id("kc-login")).click();
            browser.waitFor(d -> browser.has(By.id("kc-totp-settings-form")));

            assertEquals("Podesite aplikaciju za autentifikaciju", heading());
            assertEquals("Jednokratni kod", labelOf("totp").replace("*", "").trim());
            assertEquals("Naziv telefona", labelOf("userLabel"));
            assertEquals("QR kod koji skenirate aplikacijom za autentifikaciju",
                    browser.find(By.id("kc-totp-secret-qr-code")).getAttribute("alt"));
            assertEquals("Sačuvaj", browser.find(By.id("saveTOTPBtn")).getAttribute("value"));
            assertTrue(browser.text().contains("Instalirajte na telefon jednu od ovih aplikacija"), browser.text());
            assertNoSeriousAccessibilityFailures("the Serbian authenticator set-up page");
        } finally {
            KeycloakUsers.admin("DELETE", "/users/" + id, null, admin);
        }
    }

    @Test
    void quickExitOnTheSignInPageLeavesForTheNeutralSiteAndBackDoesNotReturnToIt() {
        browser.open("about:blank");
        browser.open("/dashboard");
        browser.waitFor(d -> browser.onKeycloakLogin());
        assertEquals(PortalStack.QUICK_EXIT_URL, browser.find(By.id("quick-exit")).getAttribute("href"),
                "the neutral site configured for the portal, through the realm");

        browser.find(By.id("quick-exit")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));

        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));
        assertFalse(browser.url().startsWith(PortalStack.issuer()), "Back skips the sign-in page: " + browser.url());
        assertFalse(browser.has(By.id("password")), "no sign-in form to go back to");
    }

    @Test
    void escapeThreeTimesOnTheCodePageLeavesForTheNeutralSite() {
        browser.open("about:blank");
        browser.open("/dashboard");
        browser.find(By.id("username")).sendKeys("custodian");
        browser.find(By.id("password")).sendKeys("custodian");
        browser.find(By.id("kc-login")).click();
        browser.waitFor(d -> browser.has(By.id("otp")));

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));
        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));
        assertFalse(browser.has(By.id("otp")), "Back does not show the code page again: " + browser.url());
    }

    @Test
    void theLinkBackLeadsToThePortalsHomePage() {
        browser.open("/");
        browser.find(By.id("sign-in")).click();
        browser.waitFor(d -> browser.onKeycloakLogin());

        browser.find(By.id("nstac-back-to-portal")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl()));
        assertEquals("/", browser.path());
        assertTrue(browser.has(By.id("home")), "the portal's home page");
        assertFalse(browser.has(By.id("sign-out")), "nobody is signed in by going back");

        browser.find(By.id("sign-in")).click();
        browser.waitFor(d -> browser.onKeycloakLogin());
        browser.find(By.id("nstac-brand")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl()));
        assertEquals("/", browser.path(), "the council's name in the header leads home too");
    }

    @Test
    void theSignInPageFitsAPhone() {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        try {
            browser.open("/dashboard");
            browser.waitFor(d -> browser.onKeycloakLogin());
            Long scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 360, "no sideways scrolling at 360 px: " + scrollWidth);
            assertTrue(browser.find(By.id("quick-exit")).isDisplayed());
            assertTrue(browser.find(By.id("kc-login")).isDisplayed());
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void chooseLanguageAndGoToSignIn(String languageLink, String tag) {
        browser.open("/");
        browser.find(By.id(languageLink)).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl()) && tag.equals(pageLanguage()));
        browser.find(By.id("sign-in")).click();
        browser.waitFor(d -> browser.onKeycloakLogin());
    }

    /** The page's language, or "" while the page is being replaced. */
    private static String pageLanguage() {
        try {
            return String.valueOf(browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return "";
        }
    }

    private static String heading() {
        return browser.find(By.id("kc-page-title")).getText().trim();
    }

    private static String labelOf(String field) {
        return browser.find(By.cssSelector("label[for='" + field + "']")).getText().trim();
    }

    private static void assertNoSeriousAccessibilityFailures(String page) {
        List<Rule> failures = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver()).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertEquals(List.of(), failures.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))).toList(), "axe-core on " + page);
    }
}
