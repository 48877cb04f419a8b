package org.nstac.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;
import org.nstac.portal.it.PortalTime;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * In a real browser, for a year of its own (2017): the secretariat drafts the report, the chair writes the foreword,
 * a member endorses it, the secretariat publishes it; an observer finds it from the dashboard, and an anonymous
 * visitor reads it with no session, on a 360 px phone, with no serious accessibility violation (axe-core).
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class AnnualReportFlowIT {

    private static final int YEAR = 2017;
    private static final String NOT_FOUND = "Page not found";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theChairWritesTheForewordAMemberEndorsesTheSecretariatPublishesAndAnyoneReadsIt() throws Exception {
        String foreword = "Our council's year " + UUID.randomUUID().toString().substring(0, 8)
                + ": we were heard on every draft law, and paid for it.";
        String page = "/annual-reports?year=" + YEAR;

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/dashboard");
        browser.find(By.id("go-annual-reports")).click();
        browser.waitFor(d -> browser.path().startsWith("/annual-reports"));
        browser.open(page);
        assertTrue(browser.find(By.id("report-missing")).isDisplayed(), "no report for the year yet");
        browser.find(By.id("board:draft")).click();
        browser.waitFor(d -> browser.text().contains("The report for " + YEAR + " is drafted from the portal's data."));
        assertTrue(browser.find(By.id("report-status")).getText().contains("Draft, not public"));
        browser.find(By.id("board:publish")).click();
        browser.waitFor(d -> browser.text().contains("cannot be published without the chair's foreword"));
        browser.signOut();

        browser.signIn("oak", "oak");
        browser.open(page);
        WebElement text = browser.find(By.id("board:foreword"));
        text.clear();
        text.sendKeys("Too short");
        browser.find(By.id("board:save-foreword")).click();
        browser.waitFor(d -> browser.text().contains("The foreword needs at least 20 characters."));
        assertEquals("Too short", browser.find(By.id("board:foreword")).getAttribute("value"), "nothing typed is lost");
        browser.find(By.id("board:foreword")).clear();
        browser.find(By.id("board:foreword")).sendKeys(foreword);
        browser.find(By.id("board:save-foreword")).click();
        browser.waitFor(d -> browser.text().contains("The foreword is saved."));
        assertTrue(browser.find(By.id("report-foreword")).getText().contains(foreword));
        assertFalse(browser.has(By.id("board:publish")), "the chair does not publish");
        browser.signOut();

        browser.signIn("sunflower", "sunflower");
        browser.open(page);
        assertTrue(browser.find(By.id("my-stance")).getText().contains("You have not endorsed"));
        assertFalse(browser.has(By.id("board:foreword")), "a member does not write the foreword");
        browser.find(By.id("board:endorse")).click();
        browser.waitFor(d -> browser.textOf(By.id("my-stance")).contains("You endorse this report."));
        assertTrue(browser.find(By.id("report-section-review")).getText().contains("fewer than 3"),
                "one endorsement is not shown as a number");
        browser.signOut();

        browser.signIn("secretariat", "secretariat");
        browser.open(page);
        browser.find(By.id("board:publish")).click();
        browser.waitFor(d -> browser.text().contains("The report for " + YEAR + " is published."));
        assertTrue(browser.find(By.id("report-public-link")).isDisplayed());
        assertFalse(browser.has(By.id("board:draft")), "a published report is not drafted again");
        browser.signOut();

        browser.signIn("observer", "observer");
        browser.open("/observer/dashboard");
        assertEquals(PortalStack.portalUrl() + "/annual-report",
                browser.find(By.id("go-annual-report")).getAttribute("href"));
        browser.open("/annual-report?year=" + YEAR);
        assertTrue(browser.find(By.id("report-foreword")).getText().contains(foreword));
        browser.open(page);
        assertFalse(browser.has(By.id("annual-report-board")), "the council's page is not the observer's");
        assertTrue(browser.find(By.tagName("h1")).getText().contains(NOT_FOUND), browser.text());
        browser.signOut();

        // The ministry finds the published report from its dashboard too.
        browser.signIn("justice", "justice");
        browser.open("/ministry/dashboard");
        browser.find(By.id("go-annual-report")).click();
        browser.waitFor(d -> browser.has(By.id("report-foreword")));
        browser.open("/annual-report?year=" + YEAR);
        assertTrue(browser.find(By.id("report-foreword")).getText().contains(foreword));
        browser.signOut();

        browser.clearCookies();
        browser.open("/annual-report?year=" + YEAR);
        assertFalse(browser.has(By.id("sign-out")), "nobody is signed in");
        assertTrue(browser.find(By.id("report-foreword")).getText().contains(foreword));
        assertTrue(browser.find(By.id("report-status")).getText().contains("Published"));
        assertTrue(browser.find(By.id("quick-exit")).isDisplayed());
        for (String pseudonym : List.of("Sunflower", "Oak", "River", "Lark", "Willow")) {
            assertFalse(browser.text().contains(pseudonym), "no pseudonym on the public page: " + pseudonym);
        }
        assertTrue(browser.driver().manage().getCookies().stream().map(Cookie::getName)
                .noneMatch(n -> n.equals("JSESSIONID")), "no session for a reader");
        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertEquals("/annual-report", browser.path(), "the language link comes back to the report");
        browser.open("/annual-report?year=" + YEAR);
        assertEquals("Godišnji izveštaj saveta " + YEAR, browser.find(By.tagName("h1")).getText());
        assertTrue(browser.find(By.id("report-section-review")).getText().contains("manje od 3"),
                browser.find(By.id("report-section-review")).getText());
    }

    @Test
    void thePublicPageFitsAPhoneAndHasNoSeriousAccessibilityViolations() {
        browser.clearCookies();
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        try {
            for (String language : List.of("en", "sr-Latn")) {
                browser.open("/language?set=" + language + "&back=/annual-report");
                browser.waitFor(d -> language.equals(browser.find(By.tagName("html")).getAttribute("lang")));
                assertTrue(browser.find(By.id("annual-report")).isDisplayed());
                Long scrollWidth = (Long) browser.driver()
                        .executeScript("return document.documentElement.scrollWidth");
                assertTrue(scrollWidth <= 360, "no sideways scrolling at 360 px (" + language + "): " + scrollWidth);
                Results axe = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
                assertTrue(axe.getPasses().size() > 10, "axe-core ran its rules: " + axe.getPasses().size());
                List<String> serious = axe.getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(AnnualReportFlowIT::describe).toList();
                assertEquals(List.of(), serious, "axe-core on /annual-report (" + language + ")");
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.clearCookies();
        }
    }

    @Test
    void thePublicPageDrawsItsFiguresAsChartsThatAScreenReaderCanSkipToTheTables() throws Exception {
        // A year with figures to draw: the API test's 2019, written once per stack and published here if need be.
        AnnualReportApiIT.Year2019.write();
        java.net.http.HttpResponse<String> existing = Api.send("secretariat", "GET", "/api/annual-reports/2019", null);
        if (existing.statusCode() != 200 || !Tokens.json(existing.body()).getBoolean("published")) {
            int drafted = Api.send("secretariat", "POST", "/api/annual-reports/2019", null).statusCode();
            assertTrue(drafted == 200 || drafted == 201, "drafted: " + drafted);
            assertEquals(200, Api.send("oak", "PUT", "/api/annual-reports/2019/foreword", "{\"text\": \"The council's "
                    + "year 2019 in figures, drawn for the public page as well.\"}").statusCode());
            assertEquals(200, Api.send("secretariat", "POST", "/api/annual-reports/2019/publication", null)
                    .statusCode());
        }
        browser.clearCookies();
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        try {
            browser.open("/annual-report?year=2019");
            for (String section : List.of("consultations", "meetings", "payments")) {
                assertTrue(browser.find(By.cssSelector("#report-section-" + section + " canvas")).isDisplayed(),
                        section + " drawn");
                assertTrue(browser.find(By.cssSelector("#report-section-" + section + " table")).isDisplayed(),
                        section + " keeps its table, the chart's text alternative");
            }
            Long scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 360, "no sideways scrolling at 360 px: " + scrollWidth);
            Results axe = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
            List<String> serious = axe.getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                    .map(AnnualReportFlowIT::describe).toList();
            assertEquals(List.of(), serious, "axe-core on /annual-report?year=2019 with its charts");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.clearCookies();
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
