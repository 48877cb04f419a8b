package org.nstac.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.openqa.selenium.By;

/** Signing in and out through the real Keycloak, in a real browser, as every demo role. */
@ExtendWith({PortalStack.class, PortalTime.class})
class SignInIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void startSignedOut() {
        browser.open("/");
        browser.clearCookies();
        // Keycloak's cookies live under /realms/nstac/: clear them from a plain page there (no scripts running).
        browser.open(PortalStack.issuer() + "/.well-known/openid-configuration");
        browser.clearCookies();
    }

    @ParameterizedTest(name = "{0} lands on the {1} dashboard")
    @CsvSource({
        "sunflower, member, member",
        "river, member, member",
        "lark, member, member",
        "willow, member, member",
        "oak, chair, 'chair member'",
        "secretariat, secretariat, secretariat",
        "custodian, custodian, 'custodian secretariat'",
        "finance, finance, finance",
        "justice, ministry, ministry",
        "labour, ministry, ministry",
        "union, partner, partner",
        "observer, observer, observer",
        "admin, admin, admin"
    })
    void eachDemoUserLandsOnTheDashboardOfTheirRoleWithOnlyTheirMenu(String user, String dashboard, String menu) {
        browser.signIn(user, user);

        assertEquals("/" + dashboard + "/dashboard", browser.path());
        assertTrue(browser.has(By.id("dashboard-" + dashboard)), "the " + dashboard + " dashboard is shown");
        assertEquals("Signed in as " + user, browser.find(By.id("signed-in-as")).getText());
        List<String> allowed = List.of(menu.split(" "));
        for (Role role : Role.values()) {
            assertEquals(allowed.contains(role.roleName()), browser.has(By.id("menu-" + role.roleName())),
                    "menu entry for " + role.roleName() + " shown to " + user);
        }
        browser.signOut();
    }

    @Test
    void aWrongPasswordStaysOnTheKeycloakPageWithItsError() {
        browser.open("/dashboard");
        browser.submitLogin(PortalStack.WRONG_PASSWORD_USER, "not-the-password");

        assertTrue(browser.onKeycloakLogin(), "still on Keycloak's login page");
        assertTrue(browser.text().contains("Invalid username or password"), "Keycloak shows its error message");
        browser.open("/member/dashboard");
        assertTrue(browser.onKeycloakLogin(), "no portal page without a sign-in");
    }

    @Test
    void aMemberOpeningAnotherRolesPageGetsNotFound() throws Exception {
        browser.signIn("sunflower", "sunflower");

        for (String page : List.of("/secretariat/dashboard", "/custodian/dashboard", "/admin/dashboard",
                "/finance/dashboard", "/ministry/dashboard", "/chair/dashboard", "/observer/dashboard",
                "/secretariat/dashboard.xhtml", "/secretariat;x=1/dashboard", "/%73ecretariat/dashboard",
                "/member/../secretariat/dashboard")) {
            browser.open(page);
            assertFalse(browser.has(By.cssSelector("[id^='dashboard-']")), page + " shows no dashboard");
            assertTrue(browser.has(By.id("error-404")), page + " answers the not-found page, not: " + browser.text());
        }
        browser.open("/member/dashboard");
        assertTrue(browser.has(By.id("dashboard-member")), "the member's own dashboard still opens");
        long refusals = refusedRevealsBy("sunflower");
        browser.open("/custodian/reveal");
        assertTrue(browser.has(By.id("error-404")));
        assertEquals(refusals + 1, refusedRevealsBy("sunflower"), "the attempt on the identity page is audited");
        browser.signOut();
    }

    private static long refusedRevealsBy(String actor) throws Exception {
        var stack = PortalStack.stack();
        try (var db = java.sql.DriverManager.getConnection(stack.database().jdbcUrl(), "portal", stack.database().password());
                var select = db.prepareStatement(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'identity.reveal.refused' AND actor = ?")) {
            select.setString(1, actor);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void signingOutEndsTheKeycloakSessionSoBackAsksForThePasswordAgain() {
        browser.signIn("river", "river");
        assertEquals("/member/dashboard", browser.path());

        browser.signOut();
        assertEquals("/", browser.path(), "signed out to the landing page");
        assertTrue(browser.has(By.id("sign-in")));

        browser.driver().navigate().back();
        browser.waitFor(d -> browser.onKeycloakLogin() || browser.has(By.id("home")));
        assertFalse(browser.has(By.id("dashboard-member")), "Back shows no member page");
        browser.open("/member/dashboard");
        assertTrue(browser.onKeycloakLogin(), "a protected page asks for the password again");
    }

    @Test
    void theAdministratorSeesTheConsentTextsInForceAndMayPublishANewVersion() {
        browser.signIn("admin", "admin");
        browser.open("/admin/consents");
        assertTrue(browser.has(By.id("text-COUNCIL_WORK")), "the council-work text in force");
        assertTrue(browser.has(By.id("texts:publish")));
        browser.find(By.id("texts:textEn")).sendKeys("Too short.");
        browser.find(By.id("texts:publish")).click();
        browser.waitFor(d -> browser.text().contains("Write the text in both languages"));
        assertEquals("Too short.", browser.find(By.id("texts:textEn")).getAttribute("value"), "what was typed stays");
        browser.signOut();
    }

    @Test
    void theAdministratorChecksTheAuditChainAndRotatesTheMasterKeyOnTheSecurityPage() {
        browser.signIn("admin", "admin");
        browser.open("/admin/security");
        browser.find(By.id("security-form:verify")).click();
        browser.waitFor(d -> browser.has(By.id("security-form:chain-intact")));
        assertEquals("The chain is intact.", browser.find(By.id("security-form:chain-intact")).getText());
        String before = browser.find(By.id("master-keys")).getText();
        browser.find(By.id("security-form:rotate")).click();
        browser.waitFor(d -> browser.text().contains("data keys were rewrapped"));
        assertFalse(before.equals(browser.find(By.id("master-keys")).getText()), "a new master key is listed");
        browser.signOut();
        browser.signIn("secretariat", "secretariat");
        browser.open("/admin/security");
        assertFalse(browser.has(By.id("security-form:rotate")), "only the administrator sees the page");
        browser.signOut();
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        browser.open("/dashboard");
        browser.waitFor(d -> browser.onKeycloakLogin());
        var before = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(before != null, "the portal keeps the sign-in it started in a session");
        browser.submitLogin("lark", "lark");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl()));
        var after = browser.driver().manage().getCookieNamed("JSESSIONID");

        assertTrue(after != null, "a session cookie after sign-in");
        assertTrue(after.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Lax", after.getSameSite(), "the session cookie is SameSite=Lax");
        assertFalse(before.getValue().equals(after.getValue()), "the session id changed at sign-in");
        browser.signOut();
    }

    @Test
    void anIdentityOpensOnlyAfterTheCustodianGivesThePasswordAgainOnceTheSignInIsNoLongerRecent() throws Exception {
        browser.signIn("custodian", "custodian");
        browser.open("/custodian/reveal");
        assertTrue(browser.has(By.id("reveal-form")), "just signed in: the form is offered");

        PortalTime.moveBy(PortalStack.RECENT_SIGN_IN.plusSeconds(5));
        browser.open("/custodian/reveal");
        assertTrue(browser.has(By.id("reauth-needed")), "a stale sign-in is told to sign in again");
        assertFalse(browser.has(By.id("reveal-form")), "and gets no form");
        PortalTime.reset(); // the real time again, so that the new sign-in below counts as recent

        browser.find(By.id("reauth-button")).click();
        browser.waitFor(d -> browser.onKeycloakLogin());
        // A step-up: Keycloak asks for the password and the one-time code again, and its auth_time is new.
        assertTrue(browser.has(By.id("password")), "Keycloak asks for the password");
        browser.giveSignInAgain("custodian", "custodian");
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.portalUrl() + "/custodian/reveal"));
        browser.waitFor(d -> browser.has(By.id("reveal-form")));

        browser.choose("reveal-form:member", "Willow");
        browser.find(By.id("reveal-form:reason")).sendKeys("Checking the bank details for the stipend payment batch");
        browser.find(By.id("reveal-form:reveal-button")).click();
        browser.waitFor(d -> browser.has(By.id("revealed-name")));
        assertFalse(browser.find(By.id("revealed-name")).getText().isBlank(), "the identity opens after the password");
        browser.signOut();
    }

    private static void click(String css) {
        browser.waitFor(d -> !d.findElements(By.cssSelector(css)).isEmpty()
                && d.findElement(By.cssSelector(css)).isDisplayed());
        browser.find(By.cssSelector(css)).click();
    }
}
