package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.logging.LogType;

/** The public landing page, the language switch, Quick exit, error pages and security headers. */
@ExtendWith(PortalStack.class)
class LayoutIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theLanguageSwitchTurnsThePageSerbianAndIsRemembered() {
        browser.open("/");
        browser.clearCookies();
        browser.open("/");
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text().contains("Quick exit"));

        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertEquals("/", browser.path(), "back on the same page");
        assertTrue(browser.text().contains("Brzi izlaz"), "the Quick exit button speaks Serbian");
        assertTrue(browser.text().contains("Prijava"), "the sign-in link speaks Serbian");

        browser.open("/");
        assertEquals("sr-Latn", browser.find(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
        browser.find(By.id("lang-en")).click();
        browser.waitFor(d -> "en".equals(browser.find(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void quickExitReplacesThePageSoBackDoesNotReturnToThePortal() {
        browser.open("about:blank");
        browser.open("/");
        browser.find(By.id("quick-exit")).click();
        browser.waitFor(d -> d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));

        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().startsWith(PortalStack.QUICK_EXIT_URL));
        assertFalse(browser.url().startsWith(PortalStack.portalUrl()), "Back skips the portal page: " + browser.url());
    }

    @Test
    void theLandingPageShowsNoScriptErrorsUnderTheContentSecurityPolicy() {
        browser.open("/");
        var errors = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .toList();
        assertTrue(errors.isEmpty(), "no blocked scripts or script errors: " + errors);
        assertTrue(browser.has(By.id("home")));
    }

    @Test
    void thePageIsReadableOnAPhone() {
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        try {
            browser.open("/");
            Long scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 360, "no sideways scrolling at 360 px: " + scrollWidth);
            assertTrue(browser.find(By.id("quick-exit")).isDisplayed());
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anUnknownPageShowsTheFriendlyNotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("id=\"error-404\""));
        for (String internal : new String[] {"Caused by", "\tat ", "at org.", "at java.", "Stack trace", "Payara"}) {
            assertFalse(response.body().contains(internal), "the page shows no internals: " + internal);
        }
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), "one policy, with nonces");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("org.nstac.portal"), "the page source names none of the portal's classes");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), "script nonces: " + csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");

        HttpResponse<String> protectedPage = get("/member/dashboard");
        assertEquals(302, protectedPage.statusCode(), "a protected page sends the visitor to sign in");
        assertEquals("no-store", protectedPage.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(protectedPage.headers().firstValue("Content-Security-Policy").orElse("")
                .contains("frame-ancestors 'none'"));

        HttpResponse<String> api = get("/api/me");
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
