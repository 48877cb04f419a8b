package org.nstac.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.PortalTime;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * In a real browser: the secretariat adds an entry (a refused link keeps everything typed), an anonymous visitor
 * finds it on the public page in Serbian with the filters, and the filtered address can be bookmarked; the page starts
 * no session; no script from an entry runs; the secretariat sees stale entries counted on the dashboard and marks one
 * checked; the page fits a 360 px phone and axe-core finds no serious or critical accessibility violation.
 */
@ExtendWith({PortalStack.class, PortalTime.class})
class DirectoryFlowIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theSecretariatAddsAnEntryAndAnAnonymousVisitorFindsItInSerbian() throws Exception {
        String organisation = "Romani legal help " + unique();
        String area = "Kikinda " + unique();
        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/directory");
        type("board:organisation", organisation);
        tick("board:services", "LEGAL");
        tick("board:languages", "rom");
        tick("board:languages", "sr");
        type("board:area", area);
        type("board:phone", "+381 11 000 0042");
        type("board:website", "javascript:alert(document.cookie)");
        type("board:hours", "Tue 10:00–14:00");
        type("board:description-en", "Legal advice in Romani and Serbian.");
        type("board:description-sr", "Pravni savet na romskom i srpskom jeziku.");
        browser.find(By.id("board:save")).click();
        browser.waitFor(d -> browser.text().contains("The website must be an address starting with https://"));
        assertEquals(organisation, browser.find(By.id("board:organisation")).getAttribute("value"),
                "nothing typed is lost");
        assertEquals("Pravni savet na romskom i srpskom jeziku.",
                browser.find(By.id("board:description-sr")).getAttribute("value"));
        assertTrue(checkbox("board:services", "LEGAL").isSelected(), "the choices stay");
        assertTrue(checkbox("board:languages", "rom").isSelected());

        type("board:website", "https://romani-help.example.org/");
        browser.find(By.id("board:save")).click();
        browser.waitFor(d -> browser.text().contains("The entry is added, checked today."));
        assertTrue(browser.find(By.id("board-entries")).getText().contains(organisation));
        assertEquals("", browser.find(By.id("board:organisation")).getAttribute("value"), "the form is ready again");
        browser.signOut();

        browser.clearCookies();
        browser.open("/directory");
        assertFalse(browser.has(By.id("sign-out")), "nobody is signed in");
        browser.find(By.id("lang-sr")).click();
        browser.waitFor(d -> "sr-Latn".equals(browser.find(By.tagName("html")).getAttribute("lang")));
        assertEquals("/directory", browser.path(), "the language link comes back to the directory");
        browser.choose("service", "Pravna pomoć");
        browser.choose("area", area);
        browser.choose("language", "Romski");
        browser.find(By.id("filter-apply")).click();
        browser.waitFor(d -> browser.url().contains("service=LEGAL"));
        assertTrue(browser.url().contains("language=rom"), browser.url());
        assertEquals("Pronađeno službi: 1", browser.find(By.id("directory-count")).getText());
        WebElement found = browser.find(By.xpath("//li[contains(@class,'directory-entry')][.//h2[.='"
                + organisation + "']]"));
        assertTrue(found.getText().contains("Pravni savet na romskom i srpskom jeziku."), found.getText());
        assertTrue(found.getText().contains("Pravna pomoć"), found.getText());
        assertTrue(found.getText().contains("Romski, Srpski") || found.getText().contains("Srpski, Romski"),
                found.getText());
        assertTrue(found.getText().contains("Poslednja provera"), found.getText());
        assertEquals(PortalTime.today().toString(), found.findElement(By.tagName("time")).getText(),
                "checked the day it was added");
        assertEquals("https://romani-help.example.org/",
                found.findElement(By.linkText("https://romani-help.example.org/")).getAttribute("href"));
        assertEquals("tel:+381110000042", found.findElement(By.linkText("+381 11 000 0042")).getAttribute("href"));
        assertEquals(List.of("portal-lang"), cookieNames(), "a language choice, and no session");
        assertEquals("sr-Latn", browser.find(By.tagName("html")).getAttribute("lang"), "still in Serbian");

        String bookmark = browser.url();
        browser.clearCookies();
        browser.open(bookmark);
        assertEquals("Services found: 1", browser.find(By.id("directory-count")).getText(),
                "the bookmarked address shows the same choice (in the browser's own language)");
        assertEquals("LEGAL", new org.openqa.selenium.support.ui.Select(browser.find(By.id("service")))
                .getFirstSelectedOption().getAttribute("value"), "the filter shows what was chosen");
        assertTrue(cookieNames().isEmpty(), "no cookie at all: " + cookieNames());
    }

    @Test
    void noScriptFromAnEntryRuns() throws Exception {
        String area = "Vranje " + unique();
        String organisation = "<b id=\"injected\">Bold help</b><script>window.owned = 'organisation';</script>";
        String description = "<img src=x onerror=\"window.owned='img'\"><script>window.owned='description'</script>"
                + "<a id=\"sneaky\" href=\"javascript:window.owned='link'\">click</a>";
        HttpResponse<String> added = Api.send("secretariat", "POST", "/api/directory", Json.createObjectBuilder()
                .add("organisation", organisation).add("services", Json.createArrayBuilder().add("OTHER"))
                .add("languages", Json.createArrayBuilder().add("en")).add("area", area)
                .add("phone", "+381 11 000 0043")
                .add("description", Json.createObjectBuilder().add("en", description).add("sr", description))
                .build().toString());
        assertEquals(201, added.statusCode(), added.body());

        browser.clearCookies();
        browser.open("/directory?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
        WebElement entry = browser.find(By.cssSelector(".directory-entry"));
        assertTrue(entry.getText().contains(organisation), "the organisation reads as typed: " + entry.getText());
        assertTrue(entry.getText().contains("<script>window.owned='description'</script>"), entry.getText());
        assertFalse(browser.has(By.id("injected")), "no element from an entry");
        assertFalse(browser.has(By.id("sneaky")), "no link from an entry");
        assertTrue(entry.findElements(By.tagName("img")).isEmpty());
        assertTrue(entry.findElements(By.tagName("script")).isEmpty());
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return typeof window.owned === 'undefined';"),
                "nothing from the entry ran");
    }

    @Test
    void theSecretariatSeesStaleEntriesOnTheDashboardAndMarksOneChecked() throws Exception {
        String organisation = "Old shelter " + unique();
        String area = "Bor " + unique();
        HttpResponse<String> added = Api.send("secretariat", "POST", "/api/directory", Json.createObjectBuilder()
                .add("organisation", organisation).add("services", Json.createArrayBuilder().add("SHELTER"))
                .add("languages", Json.createArrayBuilder().add("sr")).add("area", area)
                .add("phone", "+381 11 000 0044")
                .add("description", Json.createObjectBuilder().add("en", "A shelter.").add("sr", "Sklonište."))
                .build().toString());
        assertEquals(201, added.statusCode(), added.body());
        long id = Tokens.json(added.body()).getJsonNumber("id").longValue();
        String publicPage = "/directory?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8);
        browser.clearCookies();
        browser.open(publicPage);
        assertFalse(browser.text().contains("Last checked more than six months ago"), "fresh when added");

        PortalTime.moveBy(Duration.ofDays(200));
        browser.open(publicPage);
        assertTrue(browser.find(By.id("entry-" + id)).getText().contains(
                "Last checked more than six months ago: please confirm details before you go."), browser.text());

        browser.signIn("secretariat", "secretariat");
        browser.open("/secretariat/dashboard");
        long before = staleCount();
        assertTrue(before >= 2, "this entry and the demo's eight-month-old one: " + before);
        browser.find(By.id("directory-stale-link")).click();
        browser.waitFor(d -> browser.url().contains("stale=true"));
        WebElement row = browser.find(By.id("board-entry-" + id));
        assertTrue(row.getText().contains("not checked for six months"), row.getText());
        row.findElement(By.cssSelector("input[value='Checked today']")).click();
        browser.waitFor(d -> browser.text().contains("The entry is marked as checked today."));
        assertFalse(browser.has(By.id("board-entry-" + id)), "gone from the list of stale entries");
        browser.open("/secretariat/dashboard");
        assertEquals(before - 1, staleCount());
        browser.signOut();

        browser.clearCookies();
        browser.open(publicPage);
        WebElement entry = browser.find(By.id("entry-" + id));
        assertFalse(entry.getText().contains("Last checked more than six months ago"), entry.getText());
        assertTrue(entry.getText().contains(PortalTime.today().toString()), "checked today: " + entry.getText());
    }

    @Test
    void thePageFitsAPhoneAndHasNoSeriousAccessibilityViolations() {
        browser.clearCookies();
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        try {
            for (String language : List.of("en", "sr-Latn")) {
                browser.open("/language?set=" + language + "&back=/directory");
                browser.waitFor(d -> language.equals(browser.find(By.tagName("html")).getAttribute("lang")));
                Long scrollWidth = (Long) browser.driver()
                        .executeScript("return document.documentElement.scrollWidth");
                assertTrue(scrollWidth <= 360, "no sideways scrolling at 360 px (" + language + "): " + scrollWidth);
                assertTrue(browser.find(By.id("quick-exit")).isDisplayed());
                assertTrue(browser.find(By.id("filter-apply")).isDisplayed());

                Results axe = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
                assertTrue(axe.getPasses().size() > 10, "axe-core ran its rules: " + axe.getPasses().size());
                List<String> serious = axe.getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(DirectoryFlowIT::describe).toList();
                assertEquals(List.of(), serious, "axe-core on /directory (" + language + ")");
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.clearCookies();
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }

    private static long staleCount() {
        String text = browser.find(By.id("directory-stale")).getText();
        return Long.parseLong(text.replaceAll("\\D+", " ").strip().replaceAll(".* ", ""));
    }

    private static List<String> cookieNames() {
        return browser.driver().manage().getCookies().stream().map(Cookie::getName).sorted().toList();
    }

    private static WebElement checkbox(String name, String value) {
        return browser.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    }

    private static void tick(String name, String value) {
        WebElement box = checkbox(name, value);
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
